// Complaint deadlines count working days: Monday–Friday in Vietnam minus the office's
// holiday table, plus the Saturdays worked to make up a bridged day off ("làm bù").
// Counting starts the day after receipt, and a deadline is the last
// millisecond of its VN day, so "due 1 Dec" holds for the whole of 1 December in Vietnam.
// `businessDueAt` is the stricter rule of the complaint procedure (ADR 0016): office hours.
import { addDays, fromVnLocal, vnDateKey, vnMinutesOfDay, weekdayOfKey } from "./dates";

const NO_DAYS: ReadonlySet<string> = new Set();

// Ten years of consecutive holidays would be a broken holiday table, not a long deadline.
const MAX_SCAN_DAYS = 3660;

/** Monday–Friday that is not a holiday, or a make-up working Saturday. */
export function isWorkingDay(dateKey: string, holidays: ReadonlySet<string>, workingSaturdays: ReadonlySet<string> = NO_DAYS): boolean {
  if (holidays.has(dateKey)) return false;
  const weekday = weekdayOfKey(dateKey);
  if (weekday === 6) return workingSaturdays.has(dateKey);
  return weekday !== 0;
}

/** The office's calendar: its holiday table and its make-up working Saturdays. */
export interface WorkingCalendar {
  holidays: ReadonlySet<string>;
  workingSaturdays: ReadonlySet<string>;
}

/** Working days a business has to receive and negotiate a complaint (Consumer Protection Law 2023, art. 57). */
export const BUSINESS_ANSWER_WORKING_DAYS = 7;
/** Office hours end at 17:00 in Vietnam: something arriving later counts as arriving the next working day. */
export const OFFICE_CLOSES_AT_MINUTES = 17 * 60;

function nextWorkingDay(dateKey: string, calendar: WorkingCalendar): string {
  let key = dateKey;
  for (let scanned = 0; ; scanned++) {
    if (scanned > MAX_SCAN_DAYS) throw new RangeError("No working day found: check the holiday table");
    key = addDays(key, 1);
    if (isWorkingDay(key, calendar.holidays, calendar.workingSaturdays)) return key;
  }
}

/**
 * The VN day on which something handed over at `at` counts as received: that day when it is a
 * working day and `at` is before 17:00 VN, otherwise the next working day.
 */
export function receiptDay(at: Date, calendar: WorkingCalendar): string {
  const key = vnDateKey(at);
  const onTime = isWorkingDay(key, calendar.holidays, calendar.workingSaturdays) && vnMinutesOfDay(at) < OFFICE_CLOSES_AT_MINUTES;
  return onTime ? key : nextWorkingDay(key, calendar);
}

/**
 * When a business must have answered a complaint forwarded at `forwardedAt`: 17:00 VN (stored
 * as UTC) on the 7th working day after the receipt day. As in the Civil Code (art. 147) the
 * receipt day itself is not counted. Weekends and holidays are skipped; make-up Saturdays count.
 * Example: forwarded Monday 10:00 → due Wednesday of the next week, 17:00.
 */
export function businessDueAt(forwardedAt: Date, calendar: WorkingCalendar, days = BUSINESS_ANSWER_WORKING_DAYS): Date {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`Working days must be a whole number ≥ 1: ${days}`);
  let key = receiptDay(forwardedAt, calendar);
  for (let counted = 0; counted < days; counted++) key = nextWorkingDay(key, calendar);
  return fromVnLocal(key, OFFICE_CLOSES_AT_MINUTES);
}

/**
 * Working days left until `due`, today included while the deadline has not passed (so 1 on
 * the due day itself); once it has passed, minus the working days since (at least -1).
 */
export function workingDaysLeft(now: Date, due: Date, calendar: WorkingCalendar): number {
  if (now.getTime() > due.getTime()) {
    let count = 0;
    for (let key = vnDateKey(due); key < vnDateKey(now); ) {
      key = addDays(key, 1);
      if (isWorkingDay(key, calendar.holidays, calendar.workingSaturdays)) count++;
    }
    return -Math.max(count, 1);
  }
  let count = 0;
  for (let key = vnDateKey(now); key <= vnDateKey(due); key = addDays(key, 1)) {
    if (isWorkingDay(key, calendar.holidays, calendar.workingSaturdays)) count++;
  }
  return count;
}

function endOfVnDay(dateKey: string): Date {
  return new Date(fromVnLocal(dateKey, 1440).getTime() - 1);
}

/**
 * End (23:59:59.999 VN) of the `days`-th working day after the VN day of `start`; the start
 * day itself never counts, whatever the hour. `days = 0` gives the end of the start day.
 */
export function addWorkingDays(start: Date, days: number, holidays: ReadonlySet<string>): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${days}`);
  let key = vnDateKey(start);
  let remaining = days;
  for (let scanned = 0; remaining > 0; scanned++) {
    if (scanned > MAX_SCAN_DAYS) throw new RangeError("No working day found: check the holiday table");
    key = addDays(key, 1);
    if (isWorkingDay(key, holidays)) remaining--;
  }
  return endOfVnDay(key);
}

/**
 * Working days after the VN day of `from` up to and including the VN day of `to`, so that
 * `workingDaysBetween(s, addWorkingDays(s, n, h), h) === n`. Negative when `to` is earlier.
 */
export function workingDaysBetween(from: Date, to: Date, holidays: ReadonlySet<string>): number {
  const fromKey = vnDateKey(from);
  const toKey = vnDateKey(to);
  if (toKey < fromKey) return -workingDaysBetween(to, from, holidays);
  let count = 0;
  for (let key = fromKey; key < toKey; ) {
    key = addDays(key, 1);
    if (isWorkingDay(key, holidays)) count++;
  }
  return count;
}
