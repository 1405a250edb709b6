// Demo data of the rural sales trips feature, on the trip demo.ts creates: every APPROVED
// participant has its check-in pass code (demo.ts and demo-payments.ts create them without one),
// and one business is INVITED and has not answered yet — HTX nuôi ong Bình Quế, so the
// officer sees an open invitation. Idempotent: rows are found first, changed only when missing.
import type { Prisma } from "../../app/generated/prisma/client";
import { generateVerificationCode } from "../../app/modules/certification/verification-code";

type Tx = Prisma.TransactionClient;

const TRIP_SLUG = "dua-hang-viet-ve-nong-thon-thang-phu-thang-truong";
const INVITED_SLUG = "htx-nuoi-ong-binh-que";

export async function seedDemoTrips(tx: Tx): Promise<void> {
  const trip = await tx.trip.findUnique({ where: { slug: TRIP_SLUG }, select: { id: true, feeVnd: true, publishedAt: true, startsOn: true } });
  if (!trip) return;
  if (!trip.publishedAt) await tx.trip.update({ where: { id: trip.id }, data: { publishedAt: new Date(trip.startsOn.getTime() - 20 * 24 * 3_600_000) } });
  const withoutPass = await tx.tripParticipant.findMany({ where: { tripId: trip.id, status: "APPROVED", passCode: null }, select: { id: true } });
  for (const p of withoutPass) await tx.tripParticipant.update({ where: { id: p.id }, data: { passCode: generateVerificationCode(), decidedAt: new Date() } });

  const invited = await tx.business.findUnique({ where: { slug: INVITED_SLUG }, select: { id: true } });
  if (!invited) return;
  const existing = await tx.tripParticipant.findFirst({ where: { tripId: trip.id, businessId: invited.id }, select: { id: true } });
  if (!existing) {
    const officer = await tx.user.findFirst({ where: { role: "OFFICER" }, select: { id: true } });
    await tx.tripParticipant.create({
      data: { tripId: trip.id, businessId: invited.id, status: "INVITED", origin: "INVITED", feeVnd: trip.feeVnd, invitedAt: new Date(), invitedById: officer?.id ?? null },
    });
  }
}
