// Report periods in Vietnamese calendar terms. A year runs from 1 January 00:00 to the next
// 1 January 00:00 in Asia/Ho_Chi_Minh (so an event at 23:30 local on 31 December belongs to that
// year), stored as a half-open UTC range [from, to). Each period knows its previous comparable
// period: the year before, the half-year before, or a range of the same length just before.
import { addDays, addMonths, daysBetweenKeys, fromVnLocal, isDateKey, vnDateKey } from "~/utils/dates";

export const PERIOD_KINDS = ["year", "half", "custom", "programme"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface ReportPeriod {
  kind: PeriodKind;
  /** First day, "YYYY-MM-DD", Vietnam calendar. */
  startKey: string;
  /** Last day, inclusive. */
  endKey: string;
  from: Date;
  /** Exclusive end: the midnight after `endKey`, Vietnam time. */
  to: Date;
  /** A short label, e.g. "2026", "6 tháng đầu năm 2026", "01/03/2026 – 31/05/2026". */
  label: string;
}

/** Where the programme's reports start when asked for "the whole programme". */
export const PROGRAMME_START_KEY = "2025-07-01";

function range(kind: PeriodKind, startKey: string, endKey: string, label: string): ReportPeriod {
  return { kind, startKey, endKey, from: fromVnLocal(startKey), to: fromVnLocal(endKey, 1440), label };
}

function viDay(key: string): string {
  const [y, m, d] = key.split("-");
  return `${d}/${m}/${y}`;
}

export function yearPeriod(year: number): ReportPeriod {
  return range("year", `${year}-01-01`, `${year}-12-31`, `Năm ${year}`);
}

export function halfPeriod(year: number, half: 1 | 2): ReportPeriod {
  return half === 1
    ? range("half", `${year}-01-01`, `${year}-06-30`, `6 tháng đầu năm ${year}`)
    : range("half", `${year}-07-01`, `${year}-12-31`, `6 tháng cuối năm ${year}`);
}

export function customPeriod(startKey: string, endKey: string): ReportPeriod {
  return range("custom", startKey, endKey, `${viDay(startKey)} – ${viDay(endKey)}`);
}

export function programmePeriod(now: Date): ReportPeriod {
  const today = vnDateKey(now);
  return range("programme", PROGRAMME_START_KEY, today, `Toàn chương trình (${viDay(PROGRAMME_START_KEY)} – ${viDay(today)})`);
}

/** The period just before, of the same kind and length; none for the whole programme. */
export function previousPeriod(period: ReportPeriod): ReportPeriod | null {
  switch (period.kind) {
    case "year":
      return yearPeriod(Number(period.startKey.slice(0, 4)) - 1);
    case "half": {
      const year = Number(period.startKey.slice(0, 4));
      return period.startKey.endsWith("-01-01") ? halfPeriod(year - 1, 2) : halfPeriod(year, 1);
    }
    case "custom": {
      const days = daysBetweenKeys(period.startKey, period.endKey) + 1;
      const endKey = addDays(period.startKey, -1);
      return customPeriod(addDays(endKey, -(days - 1)), endKey);
    }
    case "programme":
      return null;
  }
}

export type PeriodQuery = { kind?: string | null; year?: string | null; half?: string | null; from?: string | null; to?: string | null };
export type PeriodParse = { ok: true; period: ReportPeriod } | { ok: false; field: "year" | "half" | "from" | "to"; message: string };

const MAX_CUSTOM_DAYS = 366 * 10;

/** Reads a period from a query string; errors name the field, in Vietnamese. */
export function parsePeriod(query: PeriodQuery, now: Date): PeriodParse {
  const kind = (PERIOD_KINDS as readonly string[]).includes(query.kind ?? "") ? (query.kind as PeriodKind) : "year";
  const currentYear = Number(vnDateKey(now).slice(0, 4));
  const year = query.year ? Number(query.year) : currentYear;
  if (kind === "year" || kind === "half") {
    if (!Number.isInteger(year) || year < 2000 || year > currentYear + 1) {
      return { ok: false, field: "year", message: `Năm phải từ 2000 đến ${currentYear + 1}.` };
    }
    if (kind === "year") return { ok: true, period: yearPeriod(year) };
    const half = query.half === "2" ? 2 : query.half === "1" || !query.half ? 1 : null;
    if (!half) return { ok: false, field: "half", message: "Chọn 6 tháng đầu năm hoặc 6 tháng cuối năm." };
    return { ok: true, period: halfPeriod(year, half) };
  }
  if (kind === "programme") return { ok: true, period: programmePeriod(now) };
  const from = query.from ?? "";
  const to = query.to ?? "";
  if (!isDateKey(from)) return { ok: false, field: "from", message: "Nhập ngày bắt đầu hợp lệ." };
  if (!isDateKey(to)) return { ok: false, field: "to", message: "Nhập ngày kết thúc hợp lệ." };
  if (daysBetweenKeys(from, to) < 0) return { ok: false, field: "to", message: "Ngày kết thúc phải sau ngày bắt đầu." };
  if (daysBetweenKeys(from, to) > MAX_CUSTOM_DAYS) return { ok: false, field: "to", message: "Khoảng thời gian tối đa 10 năm." };
  return { ok: true, period: customPeriod(from, to) };
}

/** The last `count` calendar months up to the one holding `now`, oldest first, as periods. */
export function lastMonths(now: Date, count: number): ReportPeriod[] {
  const firstOfThisMonth = `${vnDateKey(now).slice(0, 7)}-01`;
  return Array.from({ length: count }, (_, index) => {
    const start = addMonths(firstOfThisMonth, index - (count - 1));
    const end = addDays(addMonths(start, 1), -1);
    return range("custom", start, end, `${start.slice(5, 7)}/${start.slice(0, 4)}`);
  });
}
