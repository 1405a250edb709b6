import { describe, expect, it } from "vitest";
import { fromVnLocal, vnDateKey } from "./dates";
import { addWorkingDays, businessDueAt, isWorkingDay, receiptDay, workingDaysBetween, workingDaysLeft, type WorkingCalendar } from "./working-days";

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

describe("businessDueAt (complaints, ADR 0016)", () => {
  const plain: WorkingCalendar = { holidays: none, workingSaturdays: none };
  // The holiday table as seeded for 2027 (prisma/seed/demo.ts).
  const vn2027: WorkingCalendar = {
    holidays: new Set(["2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-04-16", "2027-04-30", "2027-05-01", "2027-05-03"]),
    workingSaturdays: none,
  };
  const due = (local: string, minutes: number, calendar: WorkingCalendar) => businessDueAt(fromVnLocal(local, minutes), calendar);

  it("is 17:00 VN (10:00 UTC) of the 7th working day after the day of receipt", () => {
    // Monday 10:00 → Tue..Fri (4), Mon..Wed (3): Wednesday of the next week.
    expect(due("2026-11-23", 10 * 60, plain).toISOString()).toBe("2026-12-02T10:00:00.000Z");
  });
  it("skips a weekend: Thursday → Monday of the week after next", () => {
    // Thu 26 Nov: Fri 27, Mon 30, Tue 1, Wed 2, Thu 3, Fri 4, Mon 7.
    expect(vnDateKey(due("2026-11-26", 9 * 60, plain))).toBe("2026-12-07");
  });
  it("after 17:00 counts from the next working day", () => {
    expect(vnDateKey(due("2026-11-23", 16 * 60 + 59, plain))).toBe("2026-12-02");
    expect(vnDateKey(due("2026-11-23", 17 * 60, plain))).toBe("2026-12-03");
    // Friday evening: received Monday, so due Wednesday of the week after.
    expect(vnDateKey(due("2026-11-27", 18 * 60, plain))).toBe("2026-12-09");
  });
  it("on a holiday or a weekend counts from the next working day", () => {
    // Forwarded on Sat 28 Nov: received Mon 30 Nov → due Wed 9 Dec.
    expect(vnDateKey(due("2026-11-28", 9 * 60, plain))).toBe("2026-12-09");
    // Forwarded on Labour Day 2027 (Sat 1 May, and Mon 3 May is its day in lieu): received Tue 4 May.
    expect(vnDateKey(due("2027-05-01", 9 * 60, vn2027))).toBe("2027-05-13");
  });
  it("spans Tết 2027 (Fri 5 – Thu 11 Feb off)", () => {
    // Thu 4 Feb 10:00: Fri 5 and 8–11 are Tết; Fri 12, Mon 15–Fri 19, Mon 22 Feb.
    expect(vnDateKey(due("2027-02-04", 10 * 60, vn2027))).toBe("2027-02-22");
    expect(vnDateKey(due("2027-02-04", 10 * 60, plain))).toBe("2027-02-15");
  });
  it("spans 30/4–1/5 2027", () => {
    // Wed 28 Apr: Thu 29, (Fri 30 off), (Mon 3 off), Tue 4, Wed 5, Thu 6, Fri 7, Mon 10, Tue 11.
    expect(vnDateKey(due("2027-04-28", 8 * 60, vn2027))).toBe("2027-05-11");
  });
  it("counts a make-up working Saturday", () => {
    const withMakeUp: WorkingCalendar = { holidays: new Set(["2026-12-04"]), workingSaturdays: new Set(["2026-11-28"]) };
    // Thu 26 Nov: Fri 27, Sat 28 (make-up), Mon 30, Tue 1, Wed 2, Thu 3, (Fri 4 off), Mon 7.
    expect(vnDateKey(due("2026-11-26", 9 * 60, withMakeUp))).toBe("2026-12-07");
    // Forwarded on the make-up Saturday itself, it is received that day.
    expect(receiptDay(fromVnLocal("2026-11-28", 9 * 60), withMakeUp)).toBe("2026-11-28");
    expect(isWorkingDay("2026-11-28", withMakeUp.holidays, withMakeUp.workingSaturdays)).toBe(true);
    expect(isWorkingDay("2026-11-28", withMakeUp.holidays)).toBe(false);
  });
  it("counts the working days left, negative once overdue", () => {
    const deadline = due("2026-11-23", 10 * 60, plain); // Wed 2 Dec 17:00
    expect(workingDaysLeft(fromVnLocal("2026-11-30", 9 * 60), deadline, plain)).toBe(3);
    expect(workingDaysLeft(fromVnLocal("2026-12-02", 16 * 60), deadline, plain)).toBe(1);
    expect(workingDaysLeft(fromVnLocal("2026-12-02", 17 * 60 + 1), deadline, plain)).toBe(-1);
    expect(workingDaysLeft(fromVnLocal("2026-12-07", 9 * 60), deadline, plain)).toBe(-3);
  });
});
