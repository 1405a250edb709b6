// Certified sales points for a period: applications, first certifications, renewals,
// suspensions, revocations, and how many are in force on the period's last day (a certificate
// is valid through its expiry day). One aggregate pass per table.
import type { Db } from "~/utils/db.server";
import type { Figure, ReportScope, ReportSection } from "../report.server";
import { aggregate, communeFilter, isoText } from "../sql.server";

const DAY_MS = 86_400_000;

async function compute(client: Db, scope: ReportScope): Promise<Figure[]> {
  const from = isoText(scope.from);
  const to = isoText(scope.to);
  const lastDay = isoText(new Date(scope.to.getTime() - DAY_MS));
  const scoped = communeFilter("s.communeCode", scope.communeCodes);
  const between = (column: string) => `(${column} >= ? AND ${column} < ?)`;
  const [applications, certificates] = await Promise.all([
    aggregate<{ n: number }>(
      client,
      `SELECT COUNT(*) AS n FROM SalesPointApplication a JOIN SalesPoint s ON s.id = a.salesPointId WHERE ${between("a.createdAt")} AND ${scoped.sql}`,
      [from, to, ...scoped.params],
    ),
    aggregate<{ n_certified: number; n_renewed: number; n_suspended: number; n_revoked: number; n_inForce: number }>(
      client,
      `SELECT SUM(c.renewsId IS NULL AND ${between("c.issuedOn")}) AS n_certified,
              SUM(c.renewsId IS NOT NULL AND ${between("c.issuedOn")}) AS n_renewed,
              SUM(c.status = 'SUSPENDED' AND ${between("c.statusChangedAt")}) AS n_suspended,
              SUM(c.status = 'REVOKED' AND ${between("c.statusChangedAt")}) AS n_revoked,
              SUM(c.issuedOn < ? AND (c.expiresOn IS NULL OR c.expiresOn >= ?)
                  AND NOT (c.status IN ('REVOKED', 'SUSPENDED') AND c.statusChangedAt < ?)) AS n_inForce
         FROM Certificate c JOIN SalesPoint s ON s.id = c.salesPointId
        WHERE c.kind = 'SALES_POINT' AND ${scoped.sql}`,
      [from, to, from, to, from, to, from, to, to, lastDay, to, ...scoped.params],
    ),
  ]);
  const c = certificates[0]!;
  return [
    { key: "salesPoints.applications", value: applications[0]!.n },
    { key: "salesPoints.certified", value: c.n_certified },
    { key: "salesPoints.renewed", value: c.n_renewed },
    { key: "salesPoints.suspended", value: c.n_suspended },
    { key: "salesPoints.revoked", value: c.n_revoked },
    { key: "salesPoints.inForce", value: c.n_inForce },
  ];
}

export const salesPointsSection: ReportSection = { key: "salesPoints", compute };
