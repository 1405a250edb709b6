// Instants are stored in UTC; people live in Asia/Ho_Chi_Minh. Vietnam has kept UTC+7 with
// no daylight saving since 1975, so calendar arithmetic uses that fixed offset while display
// goes through Intl. A "date key" is a VN calendar day written "YYYY-MM-DD".

export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isEnglish(locale: string): boolean {
  return locale.toLowerCase().startsWith("en");
}

function assertValidDate(date: Date): void {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid Date");
}

const viParts = new Intl.DateTimeFormat("vi", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
// en-GB rather than en-US: "22 Nov 2026" cannot be misread as 11 February.
const enDate = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, dateStyle: "medium" });
const enDateTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  dateStyle: "medium",
  timeStyle: "short",
  hourCycle: "h23",
});

function viPieces(date: Date): Record<"day" | "month" | "year" | "hour" | "minute", string> {
  const pieces = { day: "", month: "", year: "", hour: "", minute: "" };
  for (const part of viParts.formatToParts(date)) {
    if (part.type in pieces) pieces[part.type as keyof typeof pieces] = part.value;
  }
  return pieces;
}

/** "22/11/2026" (vi) or "22 Nov 2026" (en), in Vietnam time. */
export function formatDate(date: Date, locale = "vi"): string {
  assertValidDate(date);
  if (isEnglish(locale)) return enDate.format(date);
  const { day, month, year } = viPieces(date);
  return `${day}/${month}/${year}`;
}

/** "22/11/2026 17:30" (vi) or "22 Nov 2026, 17:30" (en), in Vietnam time, 24-hour clock. */
export function formatDateTime(date: Date, locale = "vi"): string {
  assertValidDate(date);
  if (isEnglish(locale)) return enDateTime.format(date);
  const { day, month, year, hour, minute } = viPieces(date);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

/** The instant shifted so that its UTC fields read as Vietnam wall-clock time. */
function vnWallClock(date: Date): Date {
  assertValidDate(date);
  return new Date(date.getTime() + VN_OFFSET_MS);
}

function keyFromUtcFields(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  const day = String(date.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}

/** The VN calendar day of an instant: 2026-11-22T18:00Z → "2026-11-23". */
export function vnDateKey(date: Date): string {
  return keyFromUtcFields(vnWallClock(date));
}

/** Day of the week in Vietnam, 0 = Sunday. */
export function vnWeekday(date: Date): number {
  return vnWallClock(date).getUTCDay();
}

/** Minutes since VN midnight, 0–1439. */
export function vnMinutesOfDay(date: Date): number {
  const wall = vnWallClock(date);
  return wall.getUTCHours() * 60 + wall.getUTCMinutes();
}

/** Parses a date key strictly (rejects "2026-02-30"); returns its midnight as UTC millis. */
function parseDateKey(dateKey: string): { year: number; month: number; day: number; utcMs: number } {
  const match = DATE_KEY_PATTERN.exec(dateKey);
  if (!match) throw new RangeError(`Invalid date key: ${dateKey}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const utcMs = Date.UTC(year, month - 1, day);
  const check = new Date(utcMs);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Invalid date key: ${dateKey}`);
  }
  return { year, month, day, utcMs };
}

export function isDateKey(value: string): boolean {
  try {
    parseDateKey(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The UTC instant of a VN wall-clock time. `minutes` may be 1440 (the next midnight), so
 * `fromVnLocal(key, 1440)` is the exclusive end of that day.
 */
export function fromVnLocal(dateKey: string, minutes = 0): Date {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) {
    throw new RangeError(`Minutes out of range: ${minutes}`);
  }
  return new Date(parseDateKey(dateKey).utcMs + minutes * 60_000 - VN_OFFSET_MS);
}

/** Weekday of a calendar day, 0 = Sunday (a date key has no time zone left to apply). */
export function weekdayOfKey(dateKey: string): number {
  return new Date(parseDateKey(dateKey).utcMs).getUTCDay();
}

export function addDays(dateKey: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be an integer: ${days}`);
  return keyFromUtcFields(new Date(parseDateKey(dateKey).utcMs + days * DAY_MS));
}

/** Whole calendar days from one key to another (negative when `to` is earlier). */
export function daysBetweenKeys(from: string, to: string): number {
  return Math.round((parseDateKey(to).utcMs - parseDateKey(from).utcMs) / DAY_MS);
}

/** Calendar months, clamping the day: 2026-01-31 + 1 month → 2026-02-28. */
export function addMonths(dateKey: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be an integer: ${months}`);
  const { year, month, day } = parseDateKey(dateKey);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12; // 0-based
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const clamped = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
  return keyFromUtcFields(clamped);
}
