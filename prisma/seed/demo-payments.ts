// Demo data of the payments feature: the office's receiving account, a trip place with a fee
// for doanhnghiep@ (Hà Lam) and hokinhdoanh@ (Bình Minh) so each has something to pay by
// VietQR, and receipt numbers for payments the main demo seeded as already PAID.
// Idempotent: rows are found by their natural keys and created only when missing.
import type { Prisma } from "../../app/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const TRIP_SLUG = "dua-hang-viet-ve-nong-thon-thang-phu-thang-truong";
const PAYERS = ["cong-ty-tnhh-thuc-pham-ha-lam", "co-so-nuoc-mam-binh-minh"];
const ACCOUNT = { bankBin: "970436", accountNumber: "0041000123456", accountName: "PHONG KINH TE XA THANG BINH" };

export async function seedDemoPayments(tx: Tx): Promise<void> {
  await tx.setting.upsert({ where: { key: "bankAccount" }, update: {}, create: { key: "bankAccount", value: JSON.stringify(ACCOUNT) } });

  const trip = await tx.trip.findUnique({ where: { slug: TRIP_SLUG }, select: { id: true, feeVnd: true } });
  if (trip) {
    for (const slug of PAYERS) {
      const business = await tx.business.findUnique({ where: { slug }, select: { id: true } });
      if (!business) continue;
      const existing = await tx.tripParticipant.findFirst({ where: { tripId: trip.id, businessId: business.id }, select: { id: true } });
      if (!existing) {
        await tx.tripParticipant.create({ data: { tripId: trip.id, businessId: business.id, status: "APPROVED", feeVnd: trip.feeVnd } });
      }
    }
  }

  // PAID payments from the main demo get their receipt number, in order, through the counter.
  const unnumbered = await tx.payment.findMany({ where: { status: "PAID", receiptNo: null, paidAt: { not: null } }, orderBy: { paidAt: "asc" } });
  for (const payment of unnumbered) {
    const year = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(payment.paidAt!));
    const counter = await tx.receiptCounter.upsert({ where: { year }, create: { year, lastNo: 1 }, update: { lastNo: { increment: 1 } } });
    await tx.payment.update({ where: { id: payment.id }, data: { receiptYear: year, receiptNo: counter.lastNo } });
    await tx.paymentEvent.create({
      data: { paymentId: payment.id, kind: "paid", fromStatus: "PENDING", toStatus: "PAID", actorId: payment.confirmedById, data: JSON.stringify({ seeded: true }), createdAt: payment.paidAt! },
    });
  }
  // PENDING seeded payments have their "created" history entry.
  const withoutHistory = await tx.payment.findMany({ where: { events: { none: {} } }, select: { id: true, status: true, createdAt: true } });
  for (const payment of withoutHistory) {
    await tx.paymentEvent.create({ data: { paymentId: payment.id, kind: "created", fromStatus: null, toStatus: payment.status, actorId: null, createdAt: payment.createdAt } });
  }
}
