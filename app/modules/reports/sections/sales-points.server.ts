// Certified sales points for a period: applications, first certifications, renewals,
// suspensions, revocations, and how many are in force on the period's last day.
import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/utils/db.server";
import type { Figure, ReportScope, ReportSection } from "../report.server";

const DAY_MS = 86_400_000;

async function compute(client: Db, scope: ReportScope): Promise<Figure[]> {
  const inPeriod = { gte: scope.from, lt: scope.to };
  const salesPoint: Prisma.SalesPointWhereInput = scope.communeCodes ? { communeCode: { in: scope.communeCodes } } : {};
  const ofPoint = scope.communeCodes ? { salesPoint } : {};
  const certificate = { kind: "SALES_POINT" as const, ...ofPoint };
  // Valid through its expiry day: in force on the last day if it expires on or after that day.
  const lastDay = new Date(scope.to.getTime() - DAY_MS);
  const [applications, certified, renewed, suspended, revoked, inForce] = await Promise.all([
    client.salesPointApplication.count({ where: { ...ofPoint, createdAt: inPeriod } }),
    client.certificate.count({ where: { ...certificate, renewsId: null, issuedOn: inPeriod } }),
    client.certificate.count({ where: { ...certificate, renewsId: { not: null }, issuedOn: inPeriod } }),
    client.certificate.count({ where: { ...certificate, status: "SUSPENDED", statusChangedAt: inPeriod } }),
    client.certificate.count({ where: { ...certificate, status: "REVOKED", statusChangedAt: inPeriod } }),
    client.certificate.count({
      where: {
        ...certificate,
        issuedOn: { lt: scope.to },
        OR: [{ expiresOn: null }, { expiresOn: { gte: lastDay } }],
        NOT: { status: { in: ["REVOKED", "SUSPENDED"] }, statusChangedAt: { lt: scope.to } },
      },
    }),
  ]);
  return [
    { key: "salesPoints.applications", value: applications },
    { key: "salesPoints.certified", value: certified },
    { key: "salesPoints.renewed", value: renewed },
    { key: "salesPoints.suspended", value: suspended },
    { key: "salesPoints.revoked", value: revoked },
    { key: "salesPoints.inForce", value: inForce },
  ];
}

export const salesPointsSection: ReportSection = { key: "salesPoints", compute };
