// Demo certificates as the office would have left them (ADR 0013): the seeded OCOP and HVNCLC
// certificates were compared with the issuers' registers by the demo officer (CHECKED), and
// sales-point certificates were issued by the office (ISSUED), so the demo keeps its stars.
// Idempotent: only rows still DECLARED are touched.
import type { Prisma } from "../../app/generated/prisma/client";

export const DEMO_CHECKED_NUMBERS = [
  "OCOP-48-2025-0142",
  "OCOP-48-2026-0057",
  "OCOP-48-2026-0019",
  "OCOP-48-2025-0203",
  "OCOP-QNA-2023-0311",
  "OCOP-QNA-2022-0178",
  "HVNCLC-2026-0871",
];

export async function seedDemoCertificateChecks(tx: Prisma.TransactionClient) {
  const officer = await tx.user.findUnique({ where: { email: "canbo@hangviet.vn" }, select: { id: true } });
  await tx.certificate.updateMany({
    where: { kind: "SALES_POINT", checkState: "DECLARED" },
    data: { origin: "OFFICE", checkState: "ISSUED" },
  });
  const declared = await tx.certificate.findMany({
    where: { number: { in: DEMO_CHECKED_NUMBERS }, checkState: "DECLARED" },
    select: { id: true, issuedOn: true },
  });
  for (const c of declared) {
    await tx.certificate.update({
      where: { id: c.id },
      // checked a few days after issue, when the business first declared it
      data: { checkState: "CHECKED", checkedById: officer?.id ?? null, checkedAt: new Date(c.issuedOn.getTime() + 7 * 86_400_000) },
    });
  }
}
