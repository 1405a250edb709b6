import { describe, expect, it } from "vitest";
import { fromVnLocal, vnDateKey } from "./dates";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./working-days";

const none = new Set<string>();
const nationalDay = new Set(["2026-09-02"]); // Wednesday

describe("isWorkingDay", () => {
  it("is Monday to Friday minus holidays", () => {
    expect(isWorkingDay("2026-11-20", none)).toBe(true); // Friday
    expect(isWorkingDay("2026-11-21", none)).toBe(false); // Saturday
    expect(isWorkingDay("2026-11-22", none)).toBe(false); // Sunday
    expect(isWorkingDay("2026-09-02", nationalDay)).toBe(false);
    expect(isWorkingDay("2026-09-02", none)).toBe(true);
  });
});

describe("addWorkingDays", () => {
  it("counts from the next day across weekends: Friday + 7 is the Tuesday after next", () => {
    const received = fromVnLocal("2026-11-20", 10 * 60);
    const due = addWorkingDays(received, 7, none);
    expect(due.toISOString()).toBe("2026-12-01T16:59:59.999Z");
    expect(vnDateKey(due)).toBe("2026-12-01");
  });
  it("uses the VN day of receipt, not the UTC day", () => {
    // 20:00 UTC Thursday is 03:00 Friday in Vietnam.
    const received = new Date("2026-11-19T20:00:00Z");
    expect(vnDateKey(addWorkingDays(received, 7, none))).toBe("2026-12-01");
  });
  it("skips a holiday", () => {
    const received = fromVnLocal("2026-09-01", 9 * 60); // Tuesday
    expect(vnDateKey(addWorkingDays(received, 1, nationalDay))).toBe("2026-09-03");
    expect(vnDateKey(addWorkingDays(received, 7, nationalDay))).toBe("2026-09-11");
    expect(vnDateKey(addWorkingDays(received, 7, none))).toBe("2026-09-10");
  });
  it("starts on a Saturday the same as on the Friday before", () => {
    const saturday = fromVnLocal("2026-11-21", 15 * 60);
    expect(vnDateKey(addWorkingDays(saturday, 1, none))).toBe("2026-11-23");
    expect(vnDateKey(addWorkingDays(saturday, 7, none))).toBe("2026-12-01");
  });
  it("ends at the last millisecond of the VN day", () => {
    const due = addWorkingDays(fromVnLocal("2026-11-23"), 1, none);
    expect(due.getTime()).toBe(fromVnLocal("2026-11-24", 1440).getTime() - 1);
  });
  it("gives the end of the start day for 0 and rejects negative or fractional counts", () => {
    expect(vnDateKey(addWorkingDays(fromVnLocal("2026-11-21"), 0, none))).toBe("2026-11-21");
    expect(() => addWorkingDays(new Date(), -1, none)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 1.5, none)).toThrow(RangeError);
  });
});

describe("workingDaysBetween", () => {
  it("is the inverse of addWorkingDays", () => {
    const received = fromVnLocal("2026-11-20", 10 * 60);
    expect(workingDaysBetween(received, addWorkingDays(received, 7, none), none)).toBe(7);
    const beforeHoliday = fromVnLocal("2026-08-28", 8 * 60);
    expect(workingDaysBetween(beforeHoliday, addWorkingDays(beforeHoliday, 10, nationalDay), nationalDay)).toBe(10);
  });
  it("counts across a weekend and a holiday", () => {
    // Fri 28 Aug → Fri 4 Sep: Mon 31, Tue 1, (Wed 2 holiday), Thu 3, Fri 4.
    expect(workingDaysBetween(fromVnLocal("2026-08-28"), fromVnLocal("2026-09-04"), nationalDay)).toBe(4);
    expect(workingDaysBetween(fromVnLocal("2026-08-28"), fromVnLocal("2026-09-04"), none)).toBe(5);
  });
  it("is zero within a day or a weekend and negative backwards", () => {
    expect(workingDaysBetween(fromVnLocal("2026-11-23", 60), fromVnLocal("2026-11-23", 600), none)).toBe(0);
    expect(workingDaysBetween(fromVnLocal("2026-11-20"), fromVnLocal("2026-11-22"), none)).toBe(0);
    expect(workingDaysBetween(fromVnLocal("2026-12-01"), fromVnLocal("2026-11-20"), none)).toBe(-7);
  });
});
