// businessDueAt (ADR 0016) in the cases the issue names that land on a weekday holiday: a
// complaint forwarded during Tết 2027, on 30/4, or after 17:00 on the eve of a holiday is
// received on the next working day, and its 7 working days skip the holidays after it too.
import { describe, expect, it } from "vitest";
import { fromVnLocal, vnDateKey } from "~/utils/dates";
import { businessDueAt, receiptDay, type WorkingCalendar } from "~/utils/working-days";

// 2027 as prisma/seed/demo.ts seeds it: Tết Fri 5 – Thu 11 Feb, Giỗ Tổ Fri 16 Apr,
// 30/4 (Fri), 1/5 (Sat) with Mon 3 May in lieu.
const vn2027: WorkingCalendar = {
  holidays: new Set(["2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-04-16", "2027-04-30", "2027-05-01", "2027-05-03"]),
  workingSaturdays: new Set(),
};
const at = (day: string, hour: number, minute = 0) => fromVnLocal(day, hour * 60 + minute);
const due = (day: string, hour: number, minute = 0) => vnDateKey(businessDueAt(at(day, hour, minute), vn2027));

describe("businessDueAt on and around weekday holidays", () => {
  it("forwarded in the middle of Tết: received the first working day after it", () => {
    // Tue 9 Feb (mùng 3): received Fri 12; Mon 15 … Fri 19 (5), Mon 22, Tue 23.
    expect(receiptDay(at("2027-02-09", 10), vn2027)).toBe("2027-02-12");
    expect(due("2027-02-09", 10)).toBe("2027-02-23");
  });

  it("forwarded on 30/4 (a Friday): received Tue 4 May, after 1/5 and its day in lieu", () => {
    // Tue 4 May received; Wed 5, Thu 6, Fri 7, Mon 10, Tue 11, Wed 12, Thu 13.
    expect(receiptDay(at("2027-04-30", 9), vn2027)).toBe("2027-05-04");
    expect(due("2027-04-30", 9)).toBe("2027-05-13");
  });

  it("forwarded after 17:00 on the eve of a holiday: the same as forwarding on the holiday", () => {
    expect(due("2027-04-29", 17, 30)).toBe(due("2027-04-30", 9));
    // Before 17:00 that Thursday it is received that day: Tue 4 … Wed 12 May.
    expect(due("2027-04-29", 16, 59)).toBe("2027-05-12");
    // Thu 4 Feb 2027 evening, the eve of Tết: received Fri 12 Feb, like any day of Tết.
    expect(due("2027-02-04", 18)).toBe("2027-02-23");
  });

  it("is always 17:00 in Vietnam (10:00 UTC) on a working day", () => {
    for (const [day, hour] of [["2027-02-09", 10], ["2027-04-30", 9], ["2027-04-29", 20], ["2027-01-01", 8]] as const) {
      const deadline = businessDueAt(at(day, hour), vn2027);
      expect(deadline.toISOString().slice(11)).toBe("10:00:00.000Z");
      const weekday = new Date(`${vnDateKey(deadline)}T00:00:00Z`).getUTCDay();
      expect(weekday === 0 || weekday === 6 || vn2027.holidays.has(vnDateKey(deadline))).toBe(false);
    }
  });
});
