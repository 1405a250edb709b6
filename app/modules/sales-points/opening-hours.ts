// Weekly opening hours of a sales point, evaluated in Vietnam time. A row whose closesAt is
// before its opensAt runs past midnight into the next day; closesAt may be 1440 (midnight),
// so 0–1440 is open all day. Intervals are half-open: the closing minute is already closed.
import { addDays, vnDateKey, vnMinutesOfDay, vnWeekday } from "~/utils/dates";

export type OpeningHoursRow = { weekday: number; opensAt: number; closesAt: number };

const MINUTES_PER_DAY = 1440;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

export const WEEKDAY_NAMES_VI = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"] as const;

function isOvernight(row: OpeningHoursRow): boolean {
  return row.closesAt < row.opensAt;
}

/**
 * Whether the point is open at `instant` (read in Asia/Ho_Chi_Minh). A holiday closes the
 * shifts that START on that day; the after-midnight tail of the previous evening's shift
 * stays open, because that shift began on an ordinary day and shoppers already inside it
 * expect it to run its course. Likewise a shift starting on a holiday keeps its tail closed.
 */
export function isOpenAt(
  hours: readonly OpeningHoursRow[],
  instant: Date,
  holidays: ReadonlySet<string>,
  closedOnHolidays = true,
): boolean {
  const today = vnDateKey(instant);
  const yesterday = addDays(today, -1);
  const weekday = vnWeekday(instant);
  const previousWeekday = (weekday + 6) % 7;
  const minute = vnMinutesOfDay(instant);
  const todayClosed = closedOnHolidays && holidays.has(today);
  const yesterdayClosed = closedOnHolidays && holidays.has(yesterday);

  return hours.some((row) => {
    if (row.weekday === weekday && !todayClosed) {
      const end = isOvernight(row) ? MINUTES_PER_DAY : row.closesAt;
      if (minute >= row.opensAt && minute < end) return true;
    }
    if (row.weekday === previousWeekday && isOvernight(row) && !yesterdayClosed) {
      if (minute < row.closesAt) return true;
    }
    return false;
  });
}

/** 540 → "09:00"; 1440 → "24:00". */
export function formatMinutes(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MINUTES_PER_DAY) {
    throw new RangeError(`Minutes out of range: ${minutes}`);
  }
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${hh}:${mm}`;
}

function describeRow(row: OpeningHoursRow): string {
  const suffix = isOvernight(row) ? " hôm sau" : "";
  return `${WEEKDAY_NAMES_VI[row.weekday]} ${formatMinutes(row.opensAt)}–${formatMinutes(row.closesAt)}${suffix}`;
}

/** The row as half-open spans on a Sunday-00:00-based week, wrapping Saturday night into Sunday. */
function weekSpans(row: OpeningHoursRow): Array<[number, number]> {
  const start = row.weekday * MINUTES_PER_DAY + row.opensAt;
  const end = row.weekday * MINUTES_PER_DAY + (isOvernight(row) ? MINUTES_PER_DAY + row.closesAt : row.closesAt);
  if (end <= MINUTES_PER_WEEK) return [[start, end]];
  return [
    [start, MINUTES_PER_WEEK],
    [0, end - MINUTES_PER_WEEK],
  ];
}

function isMinute(value: number, max: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= max;
}

/** Vietnamese messages for the office/business form; an empty list means the rows are usable. */
export function validateHours(rows: readonly OpeningHoursRow[]): string[] {
  const errors: string[] = [];
  const valid: OpeningHoursRow[] = [];
  rows.forEach((row, index) => {
    const label = `Dòng ${index + 1}`;
    if (!Number.isInteger(row.weekday) || row.weekday < 0 || row.weekday > 6) {
      errors.push(`${label}: ngày trong tuần không hợp lệ.`);
    } else if (!isMinute(row.opensAt, MINUTES_PER_DAY - 1)) {
      errors.push(`${label}: giờ mở cửa phải từ 00:00 đến 23:59.`);
    } else if (!isMinute(row.closesAt, MINUTES_PER_DAY)) {
      errors.push(`${label}: giờ đóng cửa phải từ 00:00 đến 24:00.`);
    } else if (row.opensAt === row.closesAt) {
      errors.push(`${label}: giờ mở và đóng cửa trùng nhau (mở cả ngày thì nhập 00:00–24:00).`);
    } else {
      valid.push(row);
    }
  });

  for (let i = 0; i < valid.length; i++) {
    for (let j = i + 1; j < valid.length; j++) {
      const a = valid[i]!;
      const b = valid[j]!;
      const overlaps = weekSpans(a).some(([aStart, aEnd]) =>
        weekSpans(b).some(([bStart, bEnd]) => aStart < bEnd && bStart < aEnd),
      );
      if (overlaps) errors.push(`Khung giờ ${describeRow(a)} trùng với ${describeRow(b)}.`);
    }
  }
  return errors;
}
