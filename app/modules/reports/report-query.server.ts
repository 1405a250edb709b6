// Reading a report request: the period and the communes from a query string, checked; then the
// report itself. Shared by the page, the print view and every download so they always agree.
import type { Db } from "~/utils/db.server";
import { parsePeriod, type PeriodParse } from "./period";
import { buildReport, type Report } from "./report.server";

export type ReportQuery =
  | { ok: true; report: Report; params: URLSearchParams }
  | { ok: false; error: Extract<PeriodParse, { ok: false }>; params: URLSearchParams };

const COMMUNE_CODE = /^\d{5}$/;

/** Commune codes from repeated `commune` parameters; only well-formed codes, at most 100. */
export function communesFrom(params: URLSearchParams): string[] | null {
  const codes = [...new Set(params.getAll("commune").filter((code) => COMMUNE_CODE.test(code)))].slice(0, 100);
  return codes.length ? codes.sort() : null;
}

export async function reportFromQuery(client: Db, params: URLSearchParams, now = new Date()): Promise<ReportQuery> {
  const parsed = parsePeriod(
    { kind: params.get("kind"), year: params.get("year"), half: params.get("half"), from: params.get("from"), to: params.get("to") },
    now,
  );
  if (!parsed.ok) return { ok: false, error: parsed, params };
  return { ok: true, report: await buildReport(client, { period: parsed.period, communeCodes: communesFrom(params) }), params };
}

/** Communes where at least one business or sales point is registered: the scope choices. */
export async function reportCommuneChoices(client: Db): Promise<{ code: string; name: string }[]> {
  const [fromBusinesses, fromPoints] = await Promise.all([
    client.business.groupBy({ by: ["communeCode"], where: { communeCode: { not: null } } }),
    client.salesPoint.groupBy({ by: ["communeCode"] }),
  ]);
  const codes = [...new Set([...fromBusinesses.map((row) => row.communeCode), ...fromPoints.map((row) => row.communeCode)])].filter(
    (code): code is string => !!code,
  );
  if (!codes.length) return [];
  const communes = await client.commune.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } });
  return communes.sort((a, b) => a.name.localeCompare(b.name, "vi"));
}
