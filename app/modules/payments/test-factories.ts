// Payables for the payments tests: a fair with a booth type and registrations, a trip with
// participants, and the office bank account. Built on the catalogue factories.
import { createBusinessWithOwner, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import type { Db } from "~/utils/db.server";
import { BANK_ACCOUNT_SETTING_KEY } from "./bank-account.server";

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export const OFFICE_ACCOUNT = { bankBin: "970436", accountNumber: "0041000123456", accountName: "PHONG KINH TE XA THANG BINH" };

export async function seedOfficeAccount(db: Db) {
  const value = JSON.stringify(OFFICE_ACCOUNT);
  await db.setting.upsert({ where: { key: BANK_ACCOUNT_SETTING_KEY }, create: { key: BANK_ACCOUNT_SETTING_KEY, value }, update: { value } });
}

export async function createFair(db: Db, { startsAt = new Date("2026-12-18T01:00:00Z"), feeVnd = 1_500_000 } = {}) {
  await seedPlacesAndCategories(db);
  const id = next();
  const fair = await db.fair.create({
    data: {
      slug: `hoi-cho-${id}`,
      name: `Hội chợ ${id}`,
      venue: "Sân vận động",
      provinceCode: "48",
      communeCode: "20791",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 4 * 86_400_000),
      registrationOpensAt: new Date("2026-10-01T00:00:00Z"),
      registrationClosesAt: new Date("2026-12-10T00:00:00Z"),
      status: "PUBLISHED",
    },
  });
  const boothType = await db.boothType.create({ data: { fairId: fair.id, name: "Gian tiêu chuẩn 3×3 m", widthM: 3, depthM: 3, feeVnd } });
  return { fair, boothType };
}

/** A business with its owner, registered (APPROVED) for a fresh fair. */
export async function createRegisteredBusiness(db: Db, { feeVnd = 1_500_000, status = "APPROVED" as "APPROVED" | "PENDING", startsAt }: { feeVnd?: number; status?: "APPROVED" | "PENDING"; startsAt?: Date } = {}) {
  const { fair, boothType } = await createFair(db, { feeVnd, ...(startsAt ? { startsAt } : {}) });
  const owner = await createBusinessWithOwner(db);
  const registration = await db.fairRegistration.create({
    data: { fairId: fair.id, businessId: owner.business.id, boothTypeId: boothType.id, status, feeVnd },
  });
  return { ...owner, fair, registration, payable: { kind: "fair_registration" as const, id: registration.id } };
}

export async function createTripParticipant(db: Db, businessId: string, feeVnd = 300_000) {
  const id = next();
  const trip = await db.trip.create({
    data: { slug: `phien-cho-${id}`, name: `Phiên chợ ${id}`, startsOn: new Date("2026-12-05T00:00:00Z"), endsOn: new Date("2026-12-06T00:00:00Z"), status: "PUBLISHED", feeVnd },
  });
  const participant = await db.tripParticipant.create({ data: { tripId: trip.id, businessId, status: "APPROVED", feeVnd } });
  return { trip, participant, payable: { kind: "trip_participant" as const, id: participant.id } };
}
