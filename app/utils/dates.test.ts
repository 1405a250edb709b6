import { describe, expect, it } from "vitest";
import {
  TIME_ZONE,
  addDays,
  addMonths,
  daysBetweenKeys,
  formatDate,
  formatDateTime,
  fromVnLocal,
  isDateKey,
  vnDateKey,
  vnMinutesOfDay,
  vnWeekday,
  weekdayOfKey,
} from "./dates";

// 17:30 on Sunday 22 Nov 2026 in Vietnam.
const afternoon = new Date("2026-11-22T10:30:00Z");
// 18:00 UTC on the 22nd is already 01:00 on Monday the 23rd in Vietnam.
const lateUtc = new Date("2026-11-22T18:00:00Z");

describe("TIME_ZONE", () => {
  it("is Vietnam", () => expect(TIME_ZONE).toBe("Asia/Ho_Chi_Minh"));
});

describe("formatDate / formatDateTime", () => {
  it("formats Vietnamese as dd/MM/yyyy and a 24-hour clock", () => {
    expect(formatDate(afternoon, "vi")).toBe("22/11/2026");
    expect(formatDateTime(afternoon, "vi")).toBe("22/11/2026 17:30");
    expect(formatDate(afternoon)).toBe("22/11/2026");
  });
  it("formats English with a month name", () => {
    expect(formatDate(afternoon, "en")).toBe("22 Nov 2026");
    expect(formatDateTime(afternoon, "en")).toBe("22 Nov 2026, 17:30");
  });
  it("shows the Vietnam day for an instant that is still the previous day in UTC", () => {
    expect(formatDate(lateUtc, "vi")).toBe("23/11/2026");
    expect(formatDateTime(lateUtc, "vi")).toBe("23/11/2026 01:00");
    expect(formatDateTime(new Date("2026-01-04T17:05:00Z"), "vi")).toBe("05/01/2026 00:05");
  });
  it("rejects an invalid Date", () => {
    expect(() => formatDate(new Date("nope"))).toThrow(RangeError);
  });
});

describe("vnDateKey / vnWeekday / vnMinutesOfDay", () => {
  it("reads the calendar day, weekday and minute in Vietnam", () => {
    expect(vnDateKey(afternoon)).toBe("2026-11-22");
    expect(vnWeekday(afternoon)).toBe(0);
    expect(vnMinutesOfDay(afternoon)).toBe(17 * 60 + 30);
  });
  it("moves a late-UTC instant to the next VN day", () => {
    expect(vnDateKey(lateUtc)).toBe("2026-11-23");
    expect(vnWeekday(lateUtc)).toBe(1);
    expect(vnMinutesOfDay(lateUtc)).toBe(60);
  });
  it("switches day exactly at 17:00 UTC", () => {
    expect(vnDateKey(new Date("2026-12-31T16:59:59.999Z"))).toBe("2026-12-31");
    expect(vnDateKey(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01");
  });
});

describe("fromVnLocal", () => {
  it("returns the UTC instant of a VN wall-clock time", () => {
    expect(fromVnLocal("2026-11-23").toISOString()).toBe("2026-11-22T17:00:00.000Z");
    expect(fromVnLocal("2026-11-22", 17 * 60 + 30).toISOString()).toBe("2026-11-22T10:30:00.000Z");
    expect(fromVnLocal("2026-11-22", 1440).toISOString()).toBe("2026-11-22T17:00:00.000Z");
  });
  it("round-trips with vnDateKey and vnMinutesOfDay", () => {
    const instant = fromVnLocal("2028-02-29", 23 * 60 + 59);
    expect(vnDateKey(instant)).toBe("2028-02-29");
    expect(vnMinutesOfDay(instant)).toBe(1439);
  });
  it("rejects malformed keys and minutes", () => {
    expect(() => fromVnLocal("2026-02-30")).toThrow(RangeError);
    expect(() => fromVnLocal("2026-2-3")).toThrow(RangeError);
    expect(() => fromVnLocal("2026-11-22", 1441)).toThrow(RangeError);
    expect(() => fromVnLocal("2026-11-22", -1)).toThrow(RangeError);
    expect(() => fromVnLocal("2026-11-22", 1.5)).toThrow(RangeError);
  });
});

describe("date key arithmetic", () => {
  it("validates keys", () => {
    expect(isDateKey("2028-02-29")).toBe(true);
    expect(isDateKey("2026-02-29")).toBe(false);
    expect(isDateKey("2026-13-01")).toBe(false);
  });
  it("knows the weekday of a key", () => {
    expect(weekdayOfKey("2026-09-02")).toBe(3);
    expect(weekdayOfKey("2026-11-22")).toBe(0);
  });
  it("adds days across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetweenKeys("2026-11-22", "2026-12-22")).toBe(30);
    expect(daysBetweenKeys("2026-12-22", "2026-11-22")).toBe(-30);
  });
  it("adds months, clamping to the end of shorter months", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2026-11-22", 2)).toBe("2027-01-22");
    expect(addMonths("2026-01-15", -13)).toBe("2024-12-15");
    expect(addMonths("2028-02-29", 36)).toBe("2031-02-28");
    expect(() => addMonths("2026-01-31", 0.5)).toThrow(RangeError);
  });
});
