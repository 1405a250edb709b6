// Evaluation reports are made of sections contributed by each module: a section knows how to
// count its own figures for a period and a set of communes, with aggregate queries only (no
// rows loaded into memory). The report runs every section for the period and for the previous
// comparable one, side by side. A module that lands later adds its section to `SECTIONS`.
import type { Db } from "~/utils/db.server";
import { previousPeriod, type ReportPeriod } from "./period";
import { catalogSection } from "./sections/catalog.server";
import { complaintsSection } from "./sections/complaints.server";
import { eventsSection } from "./sections/events.server";
import { salesPointsSection } from "./sections/sales-points.server";

export interface ReportScope {
  from: Date;
  /** Exclusive. */
  to: Date;
  /** Commune codes to count, or null for all communes. */
  communeCodes: string[] | null;
}

export type FigureUnit = "count" | "vnd" | "days";

/** One number of a section. `key` names it (its label is `reports.figure.<key>`); `item` is a breakdown value. */
export interface Figure {
  key: string;
  /** A breakdown: an enum value (translated by the page) or a name. */
  item?: string;
  /** How `item` is translated: "legalForm" → `legalForm.<item>`, "stars" → "n sao", "text" as is. */
  itemKind?: "legalForm" | "stars" | "text" | "certificateKind";
  value: number;
  unit?: FigureUnit;
}

export interface ReportSection {
  key: string;
  compute(client: Db, scope: ReportScope): Promise<Figure[]>;
}

export const SECTIONS: readonly ReportSection[] = [catalogSection, salesPointsSection, eventsSection, complaintsSection];

export interface ReportRow extends Figure {
  previous: number | null;
  /** current − previous, or null without a previous period. */
  change: number | null;
}

export interface SectionResult {
  key: string;
  rows: ReportRow[];
}

export interface Report {
  period: ReportPeriod;
  previous: ReportPeriod | null;
  communeCodes: string[] | null;
  sections: SectionResult[];
}

function rowId(figure: Figure): string {
  return `${figure.key}\u0000${figure.item ?? ""}`;
}

/** Runs every section for the period and the previous comparable period. */
export async function buildReport(
  client: Db,
  { period, communeCodes, sections = SECTIONS }: { period: ReportPeriod; communeCodes: string[] | null; sections?: readonly ReportSection[] },
): Promise<Report> {
  const previous = previousPeriod(period);
  const scope = (p: ReportPeriod): ReportScope => ({ from: p.from, to: p.to, communeCodes });
  const results = await Promise.all(
    sections.map(async (section) => {
      const [current, before] = await Promise.all([
        section.compute(client, scope(period)),
        previous ? section.compute(client, scope(previous)) : Promise.resolve(null),
      ]);
      const beforeById = new Map((before ?? []).map((figure) => [rowId(figure), figure.value]));
      const rows: ReportRow[] = current.map((figure) => {
        const prev = before ? (beforeById.get(rowId(figure)) ?? 0) : null;
        return { ...figure, previous: prev, change: prev === null ? null : figure.value - prev };
      });
      // A breakdown item present only in the previous period still shows, with 0 now.
      const seen = new Set(current.map(rowId));
      for (const figure of before ?? []) {
        if (!seen.has(rowId(figure))) rows.push({ ...figure, value: 0, previous: figure.value, change: -figure.value });
      }
      return { key: section.key, rows };
    }),
  );
  return { period, previous, communeCodes, sections: results };
}

/** The value of one figure in a built report (tests, dashboard). */
export function figureValue(report: Report, sectionKey: string, key: string, item?: string): number | undefined {
  return report.sections.find((s) => s.key === sectionKey)?.rows.find((r) => r.key === key && (r.item ?? undefined) === item)?.value;
}
