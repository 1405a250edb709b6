import { beforeAll, describe, expect, it } from "vitest";
import {
  actorFor,
  createBusinessWithOwner,
  createUser,
  officeActor,
  seedPlacesAndCategories,
} from "~/modules/catalog/test-factories";
import { db } from "~/utils/db.server";
import { addDays, fromVnLocal } from "~/utils/dates";
import { generateVerificationCode } from "./verification-code";
import { listExpiringCertificates, runCertificateExpiry } from "./expiry.server";

// 08:00 in Vietnam on 10 March 2026 (01:00 UTC).
const TODAY = "2026-03-10";
const NOW = fromVnLocal(TODAY, 8 * 60);

let counter = 0;
async function certificate(businessId: string, expiryDay: string | null, extra: { productId?: string; status?: "ACTIVE" | "REVOKED" } = {}) {
  return db.certificate.create({
    data: {
      kind: "OCOP",
      stars: 4,
      number: `OCOP-T-${++counter}`,
      issuer: "UBND thành phố Đà Nẵng",
      issuedOn: fromVnLocal("2023-03-10"),
      expiresOn: expiryDay ? fromVnLocal(expiryDay) : null,
      verificationCode: generateVerificationCode(),
      businessId,
      productId: extra.productId ?? null,
      status: extra.status ?? "ACTIVE",
    },
  });
}

const statusOf = async (id: string) => (await db.certificate.findUniqueOrThrow({ where: { id } })).status;
const emails = async () =>
  (await db.outboxMessage.findMany({ where: { topic: "email" }, orderBy: { createdAt: "asc" } })).map(
    (m) => JSON.parse(m.payload) as { to: string; subject: string; text: string },
  );

describe("runCertificateExpiry", () => {
  let businessId: string;
  let ownerEmail: string;
  let businessEmail: string;
  let officerEmail: string;

  beforeAll(async () => {
    const { sauce } = await seedPlacesAndCategories(db);
    const { business, user } = await createBusinessWithOwner(db);
    businessId = business.id;
    ownerEmail = user.email;
    businessEmail = business.email!;
    officerEmail = (await createUser(db, "OFFICER")).email;
    await db.product.create({
      data: { slug: "nuoc-mam-test", name: "Nước mắm test", businessId, status: "APPROVED", categoryId: sauce.id, publishedAt: NOW },
    });
  });

  it("expires a certificate from the VN day after its expiry day, not on the day itself", async () => {
    const product = await db.product.findUniqueOrThrow({ where: { slug: "nuoc-mam-test" } });
    const yesterday = await certificate(businessId, addDays(TODAY, -1), { productId: product.id });
    const today = await certificate(businessId, TODAY);
    const revoked = await certificate(businessId, addDays(TODAY, -5), { status: "REVOKED" });
    const noExpiry = await certificate(businessId, null);

    const result = await runCertificateExpiry(db, NOW);

    expect(result.expired).toBe(1);
    expect(await statusOf(yesterday.id)).toBe("EXPIRED");
    expect((await db.certificate.findUniqueOrThrow({ where: { id: yesterday.id } })).statusChangedAt).toEqual(NOW);
    expect(await statusOf(today.id)).toBe("ACTIVE");
    expect(await statusOf(revoked.id)).toBe("REVOKED");
    expect(await statusOf(noExpiry.id)).toBe("ACTIVE");
    expect(await db.auditLog.count({ where: { action: "certificate.expire", entityId: yesterday.id } })).toBe(1);

    // 23:59 in Vietnam on the expiry day is still that day; 00:00 the next day is not.
    const lastMinute = await runCertificateExpiry(db, fromVnLocal(TODAY, 23 * 60 + 59));
    expect(lastMinute.expired).toBe(0);
    const nextMidnight = await runCertificateExpiry(db, fromVnLocal(addDays(TODAY, 1)));
    expect(nextMidnight.expired).toBe(1);
    expect(await statusOf(today.id)).toBe("EXPIRED");
  });

  it("reminds the holder and the office once, 30 days ahead, and never twice", async () => {
    await db.certificate.updateMany({ data: { reminderSentAt: new Date(0) } });
    await db.outboxMessage.deleteMany();
    const in30 = await certificate(businessId, addDays(TODAY, 30));
    const in31 = await certificate(businessId, addDays(TODAY, 31));
    const in5 = await certificate(businessId, addDays(TODAY, 5));

    const first = await runCertificateExpiry(db, NOW);
    expect(first.reminded).toBe(2);
    const sent = await emails();
    // each certificate: business address + owner; then one digest to the officer
    expect(sent.map((m) => m.to).sort()).toEqual([businessEmail, businessEmail, officerEmail, ownerEmail, ownerEmail].sort());
    expect(first.emails).toBe(5);
    const digest = sent.find((m) => m.to === officerEmail)!;
    expect(digest.text).toContain(in30.number);
    expect(digest.text).toContain(in5.number);
    expect(digest.text).not.toContain(in31.number);
    const holderMail = sent.find((m) => m.to === ownerEmail && m.subject.includes(in5.number))!;
    expect(holderMail.subject).toContain("15/03/2026");
    expect(holderMail.text).toContain(`/verify/${in5.verificationCode}`);
    expect((await db.certificate.findUniqueOrThrow({ where: { id: in31.id } })).reminderSentAt).toBeNull();

    const second = await runCertificateExpiry(db, NOW);
    expect(second).toEqual({ expired: 0, reminded: 0, emails: 0 });
    expect(await emails()).toHaveLength(5);

    // the next day, the 31-day certificate enters the window and gets its own reminder
    const nextDay = await runCertificateExpiry(db, fromVnLocal(addDays(TODAY, 1), 8 * 60));
    expect(nextDay.reminded).toBe(1);
  });
});

describe("listExpiringCertificates", () => {
  it("lists what expires in 30 days and what expired in the last 30, for officers only", async () => {
    const { business, actor: owner } = await createBusinessWithOwner(db);
    const soon = await certificate(business.id, addDays(TODAY, 10));
    const later = await certificate(business.id, addDays(TODAY, 40));
    const lapsed = await certificate(business.id, addDays(TODAY, -3));
    const old = await certificate(business.id, addDays(TODAY, -45));
    const officer = await officeActor(db);

    const lists = await listExpiringCertificates(db, { actor: officer, now: NOW });
    const soonIds = lists.expiringSoon.map((c) => c.id);
    const recentIds = lists.recentlyExpired.map((c) => c.id);
    expect(soonIds).toContain(soon.id);
    expect(soonIds).not.toContain(later.id);
    expect(recentIds).toContain(lapsed.id);
    expect(recentIds).not.toContain(old.id);
    expect(lists.recentlyExpired.find((c) => c.id === lapsed.id)!.state).toBe("expired");
    expect(lists.expiringSoon.find((c) => c.id === soon.id)!.holder.name).toBe(business.name);

    await expect(listExpiringCertificates(db, { actor: owner, now: NOW })).rejects.toThrow();
    const partner = actorFor(await createUser(db, "PARTNER"));
    await expect(listExpiringCertificates(db, { actor: partner, now: NOW })).rejects.toThrow();
  });
});
