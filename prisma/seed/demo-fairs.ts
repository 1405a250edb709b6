// Demo data for fairs on top of the demo fair that demo.ts creates (its booth types, plan and
// registrations): the venue's coordinates, aisles and entrance, pass codes for the approved
// exhibitors and a few products they bring. Idempotent: only fills what is missing.
import type { Prisma } from "../../app/generated/prisma/client";
import { generateVerificationCode } from "../../app/modules/certification/verification-code";

type Tx = Prisma.TransactionClient;

export async function seedDemoFairs(tx: Tx) {
  const fair = await tx.fair.findUnique({ where: { slug: "hoi-cho-hang-viet-thang-binh-2026" } });
  if (!fair) return;
  if (fair.latitude === null) {
    await tx.fair.update({
      where: { id: fair.id },
      data: { latitude: 15.7366, longitude: 108.3665, planAisles: "0,6,40,5", entranceX: 18, entranceY: 19, holdHours: 72, ocopPriority: true, ownCommunePriority: true },
    });
  }
  const approved = await tx.fairRegistration.findMany({ where: { fairId: fair.id, status: "APPROVED" }, include: { exhibits: true } });
  for (const r of approved) {
    if (!r.passCode) await tx.fairRegistration.update({ where: { id: r.id }, data: { passCode: generateVerificationCode() } });
    if (r.exhibits.length === 0) {
      const products = await tx.product.findMany({ where: { businessId: r.businessId, status: "APPROVED" }, orderBy: { name: "asc" }, take: 3, select: { id: true } });
      if (products.length) await tx.fairExhibit.createMany({ data: products.map((p) => ({ registrationId: r.id, productId: p.id })) });
    }
  }
}
