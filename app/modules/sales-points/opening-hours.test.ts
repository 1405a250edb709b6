import { describe, expect, it } from "vitest";
import { fromVnLocal } from "~/utils/dates";
import { formatMinutes, isOpenAt, validateHours, type OpeningHoursRow } from "./opening-hours";

const h = (hh: number, mm = 0) => hh * 60 + mm;
const at = (dateKey: string, hh: number, mm = 0) => fromVnLocal(dateKey, h(hh, mm));
const none = new Set<string>();

// Monday–Friday 08:00–17:00.
const officeHours: OpeningHoursRow[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: h(8), closesAt: h(17) }));

describe("isOpenAt on an ordinary day", () => {
  it("is open inside the hours and closed outside", () => {
    expect(isOpenAt(officeHours, at("2026-11-23", 10), none)).toBe(true); // Monday
    expect(isOpenAt(officeHours, at("2026-11-23", 7, 59), none)).toBe(false);
    expect(isOpenAt(officeHours, at("2026-11-22", 10), none)).toBe(false); // Sunday
  });
  it("opens on the opening minute and is closed on the closing minute", () => {
    expect(isOpenAt(officeHours, at("2026-11-23", 8), none)).toBe(true);
    expect(isOpenAt(officeHours, at("2026-11-23", 16, 59), none)).toBe(true);
    expect(isOpenAt(officeHours, at("2026-11-23", 17), none)).toBe(false);
  });
  it("reads the instant in Vietnam time, not UTC", () => {
    // 02:00 UTC Monday is 09:00 in Vietnam; 23:00 UTC Sunday is already 06:00 Monday.
    expect(isOpenAt(officeHours, new Date("2026-11-23T02:00:00Z"), none)).toBe(true);
    expect(isOpenAt(officeHours, new Date("2026-11-22T23:00:00Z"), none)).toBe(false);
  });
  it("treats 00:00–24:00 as open all day", () => {
    const allSunday = [{ weekday: 0, opensAt: 0, closesAt: 1440 }];
    expect(isOpenAt(allSunday, at("2026-11-22", 0), none)).toBe(true);
    expect(isOpenAt(allSunday, at("2026-11-22", 23, 59), none)).toBe(true);
    expect(isOpenAt(allSunday, at("2026-11-23", 0), none)).toBe(false);
  });
});

describe("isOpenAt across midnight", () => {
  const fridayNight = [{ weekday: 5, opensAt: h(18), closesAt: h(2) }];
  it("keeps a Friday 18:00–02:00 shift open early on Saturday", () => {
    expect(isOpenAt(fridayNight, at("2026-11-20", 17, 59), none)).toBe(false);
    expect(isOpenAt(fridayNight, at("2026-11-20", 23, 30), none)).toBe(true);
    expect(isOpenAt(fridayNight, at("2026-11-21", 1), none)).toBe(true);
    expect(isOpenAt(fridayNight, at("2026-11-21", 2), none)).toBe(false);
    expect(isOpenAt(fridayNight, at("2026-11-20", 1), none)).toBe(false); // Thursday had no shift
  });
  it("wraps Saturday night into Sunday", () => {
    const saturdayNight = [{ weekday: 6, opensAt: h(20), closesAt: h(3) }];
    expect(isOpenAt(saturdayNight, at("2026-11-22", 2, 30), none)).toBe(true);
    expect(isOpenAt(saturdayNight, at("2026-11-22", 3), none)).toBe(false);
  });
});

describe("isOpenAt on holidays", () => {
  const nationalDay = new Set(["2026-09-02"]); // Wednesday
  it("is closed on a holiday unless told otherwise", () => {
    expect(isOpenAt(officeHours, at("2026-09-02", 10), nationalDay)).toBe(false);
    expect(isOpenAt(officeHours, at("2026-09-02", 10), nationalDay, false)).toBe(true);
    expect(isOpenAt(officeHours, at("2026-09-03", 10), nationalDay)).toBe(true);
  });
  it("lets the previous evening's shift finish, and keeps a holiday shift closed after midnight", () => {
    const nights = [2, 3].map((weekday) => ({ weekday, opensAt: h(18), closesAt: h(2) }));
    expect(isOpenAt(nights, at("2026-09-02", 1), nationalDay)).toBe(true); // tail of Tuesday
    expect(isOpenAt(nights, at("2026-09-02", 20), nationalDay)).toBe(false); // Wednesday's own shift
    expect(isOpenAt(nights, at("2026-09-03", 1), nationalDay)).toBe(false); // its tail
    expect(isOpenAt(nights, at("2026-09-03", 1), nationalDay, false)).toBe(true);
  });
});

describe("validateHours", () => {
  it("accepts ordinary, touching, overnight and all-day rows", () => {
    expect(validateHours(officeHours)).toEqual([]);
    expect(
      validateHours([
        { weekday: 1, opensAt: h(7), closesAt: h(11) },
        { weekday: 1, opensAt: h(11), closesAt: h(14) },
        { weekday: 5, opensAt: h(18), closesAt: h(2) },
        { weekday: 6, opensAt: h(2), closesAt: h(12) },
        { weekday: 0, opensAt: 0, closesAt: 1440 },
      ]),
    ).toEqual([]);
    expect(validateHours([])).toEqual([]);
  });
  it("reports overlaps on the same day, across midnight and across the week's end", () => {
    const sameDay = validateHours([
      { weekday: 1, opensAt: h(8), closesAt: h(12) },
      { weekday: 1, opensAt: h(11), closesAt: h(14) },
    ]);
    expect(sameDay).toEqual(["Khung giờ Thứ Hai 08:00–12:00 trùng với Thứ Hai 11:00–14:00."]);
    expect(
      validateHours([
        { weekday: 5, opensAt: h(18), closesAt: h(2) },
        { weekday: 6, opensAt: h(1), closesAt: h(10) },
      ]),
    ).toEqual(["Khung giờ Thứ Sáu 18:00–02:00 hôm sau trùng với Thứ Bảy 01:00–10:00."]);
    expect(
      validateHours([
        { weekday: 6, opensAt: h(20), closesAt: h(3) },
        { weekday: 0, opensAt: h(2), closesAt: h(9) },
      ]),
    ).toHaveLength(1);
  });
  it("reports invalid rows in Vietnamese", () => {
    const errors = validateHours([
      { weekday: 7, opensAt: h(8), closesAt: h(9) },
      { weekday: 1, opensAt: 1440, closesAt: 1440 },
      { weekday: 1, opensAt: h(8), closesAt: 1441 },
      { weekday: 2, opensAt: h(9), closesAt: h(9) },
      { weekday: 3, opensAt: 8.5, closesAt: h(9) },
    ]);
    expect(errors).toEqual([
      "Dòng 1: ngày trong tuần không hợp lệ.",
      "Dòng 2: giờ mở cửa phải từ 00:00 đến 23:59.",
      "Dòng 3: giờ đóng cửa phải từ 00:00 đến 24:00.",
      "Dòng 4: giờ mở và đóng cửa trùng nhau (mở cả ngày thì nhập 00:00–24:00).",
      "Dòng 5: giờ mở cửa phải từ 00:00 đến 23:59.",
    ]);
  });
});

describe("formatMinutes", () => {
  it("formats as HH:mm", () => {
    expect(formatMinutes(540)).toBe("09:00");
    expect(formatMinutes(0)).toBe("00:00");
    expect(formatMinutes(1439)).toBe("23:59");
    expect(formatMinutes(1440)).toBe("24:00");
  });
  it("rejects values outside a day", () => {
    expect(() => formatMinutes(-1)).toThrow(RangeError);
    expect(() => formatMinutes(1441)).toThrow(RangeError);
    expect(() => formatMinutes(9.5)).toThrow(RangeError);
  });
});
