// Complaint deadlines count working days: Monday–Friday in Vietnam minus the office's
// holiday table. Counting starts the day after receipt, and a deadline is the last
// millisecond of its VN day, so "due 1 Dec" holds for the whole of 1 December in Vietnam.
import { addDays, fromVnLocal, vnDateKey, weekdayOfKey } from "./dates";

// Ten years of consecutive holidays would be a broken holiday table, not a long deadline.
const MAX_SCAN_DAYS = 3660;

export function isWorkingDay(dateKey: string, holidays: ReadonlySet<string>): boolean {
  const weekday = weekdayOfKey(dateKey);
  return weekday !== 0 && weekday !== 6 && !holidays.has(dateKey);
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
