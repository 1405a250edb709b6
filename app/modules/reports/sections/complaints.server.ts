// Consumer protection for a period: complaints received, forwarded, answered within the
// business's deadline (7 working days), escalated, resolved, and the median days to the first
// answer. Counts only — never text or contact data. Scoped by the complaint's commune.
import type { Db } from "~/utils/db.server";
import type { Figure, ReportScope, ReportSection } from "../report.server";
import { aggregate, communeFilter, isoText } from "../sql.server";

async function compute(client: Db, scope: ReportScope): Promise<Figure[]> {
  const from = isoText(scope.from);
  const to = isoText(scope.to);
  const scoped = communeFilter("c.communeCode", scope.communeCodes);
  const between = (column: string) => `(${column} >= ? AND ${column} < ?)`;
  // Days from forwarding to the first answer, for complaints answered in the period: the median
  // is read by SQL (the middle one or two rows), never by loading every row.
  const answered = `${between("c.firstAnsweredAt")} AND c.forwardedAt IS NOT NULL AND ${scoped.sql}`;
  const answeredParams = [from, to, ...scoped.params];
  const [counts, answeredCount] = await Promise.all([
    aggregate<{ n_received: number; n_vulnerable: number; n_forwarded: number; n_answeredInTime: number; n_escalated: number; n_resolved: number }>(
      client,
      `SELECT SUM(${between("c.receivedAt")}) AS n_received,
              SUM(${between("c.receivedAt")} AND c.vulnerable = 1) AS n_vulnerable,
              SUM(${between("c.forwardedAt")}) AS n_forwarded,
              SUM(${between("c.forwardedAt")} AND c.firstAnsweredAt IS NOT NULL AND c.firstAnsweredAt <= c.businessDueAt) AS n_answeredInTime,
              SUM(${between("c.escalatedAt")}) AS n_escalated,
              SUM(${between("c.closedAt")} AND c.outcome IN ('RESOLVED_WITH_RELIEF', 'RESOLVED_WITHOUT_RELIEF')) AS n_resolved
         FROM Complaint c WHERE ${scoped.sql}`,
      [from, to, from, to, from, to, from, to, from, to, from, to, ...scoped.params],
    ),
    aggregate<{ n: number }>(client, `SELECT COUNT(*) AS n FROM Complaint c WHERE ${answered}`, answeredParams),
  ]);
  const c = counts[0]!;
  const n = answeredCount[0]!.n;
  const middle = n
    ? await aggregate<{ d: number }>(
        client,
        `SELECT julianday(c.firstAnsweredAt) - julianday(c.forwardedAt) AS d FROM Complaint c WHERE ${answered} ORDER BY d LIMIT ? OFFSET ?`,
        [...answeredParams, n % 2 ? 1 : 2, Math.floor((n - 1) / 2)],
      )
    : [];
  const median = middle.length ? middle.reduce((sum, row) => sum + Number(row.d), 0) / middle.length : 0;
  return [
    { key: "complaints.received", value: c.n_received },
    { key: "complaints.vulnerable", value: c.n_vulnerable },
    { key: "complaints.forwarded", value: c.n_forwarded },
    { key: "complaints.answeredInTime", value: c.n_answeredInTime },
    { key: "complaints.escalated", value: c.n_escalated },
    { key: "complaints.resolved", value: c.n_resolved },
    { key: "complaints.medianDaysToAnswer", value: Math.round(median * 10) / 10, unit: "days" },
  ];
}

export const complaintsSection: ReportSection = { key: "complaints", compute };
