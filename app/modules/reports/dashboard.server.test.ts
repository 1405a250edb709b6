// The dashboard's queues follow the actor's permissions and the commune scope; the glance counts
// only what is in force today.
import { beforeAll, describe, expect, it } from "vitest";
import { actorFor, createUser, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import type { Actor } from "~/modules/identity/permissions";
import { db } from "~/utils/db.server";
import { officeDashboard } from "./dashboard.server";

const NOW = new Date("2026-11-30T03:00:00Z");
let officer: Actor;
let partner: Actor;
let a: string;
let b: string;

beforeAll(async () => {
  const { communes, sauce } = await seedPlacesAndCategories(db);
  a = communes.thangBinh;
  b = communes.thangAn;
  officer = actorFor(await createUser(db, "OFFICER"));
  partner = actorFor(await createUser(db, "PARTNER"));
  let n = 0;
  const business = (communeCode: string, status: "PENDING" | "VERIFIED") =>
    db.business.create({ data: { slug: `b-${n++}`, name: "X", legalForm: "ENTERPRISE", status, provinceCode: "48", communeCode, verifiedAt: status === "VERIFIED" ? new Date("2026-10-10T00:00:00Z") : null } });
  await business(a, "PENDING");
  await business(b, "PENDING");
  const verified = await business(a, "VERIFIED");
  await db.product.create({ data: { slug: "p1", name: "P1", businessId: verified.id, categoryId: sauce.id, status: "SUBMITTED" } });
  const published = await db.product.create({ data: { slug: "p2", name: "P2", businessId: verified.id, categoryId: sauce.id, status: "APPROVED", publishedAt: new Date("2026-11-02T00:00:00Z") } });
  await db.certificate.create({ data: { checkState: "CHECKED", checkedAt: new Date("2026-01-02T00:00:00Z"), kind: "OCOP", stars: 4, number: "1", issuer: "UBND", verificationCode: "C1", businessId: verified.id, productId: published.id, issuedOn: new Date("2026-01-01T00:00:00Z"), expiresOn: new Date("2026-12-15T17:00:00Z") } });
  // Expired yesterday (VN day): neither in force nor expiring.
  await db.certificate.create({ data: { checkState: "CHECKED", checkedAt: new Date("2025-01-02T00:00:00Z"), kind: "OCOP", stars: 5, number: "2", issuer: "UBND", verificationCode: "C2", businessId: verified.id, productId: published.id, issuedOn: new Date("2025-01-01T00:00:00Z"), expiresOn: new Date("2026-11-28T17:00:00Z") } });
});

describe("officeDashboard", () => {
  it("shows an officer every queue with counts, and the glance and trends", async () => {
    const dashboard = await officeDashboard(db, { actor: officer, communeCodes: null, now: NOW });
    const queue = Object.fromEntries(dashboard.queues.map((q) => [q.key, q.count]));
    expect(queue).toMatchObject({ pendingBusinesses: 2, pendingProducts: 1, expiringCertificates: 1, certificatesToCheck: 0, registrationsToApprove: 0 });
    expect(dashboard.queues.find((q) => q.key === "pendingProducts")?.to).toBe("/office/products");
    expect(dashboard.glance).toMatchObject({ verifiedProducers: 1, publishedProducts: 1, ocopByStars: [{ stars: 4, count: 1 }] });
    const products = dashboard.trends.find((trend) => trend.key === "publishedProducts")!;
    expect(products.months).toHaveLength(12);
    expect(products.months.at(-1)).toEqual({ label: "11/2026", value: 1 });
  });

  it("scopes by commune", async () => {
    const dashboard = await officeDashboard(db, { actor: officer, communeCodes: [b], now: NOW });
    expect(dashboard.queues.find((q) => q.key === "pendingBusinesses")?.count).toBe(1);
    expect(dashboard.glance.publishedProducts).toBe(0);
  });

  it("gives a partner no review queues, only the fee waivers it confirms", async () => {
    const dashboard = await officeDashboard(db, { actor: partner, communeCodes: null, now: NOW });
    expect(dashboard.queues.map((q) => q.key)).toEqual(["waiversToConfirm"]);
  });

  it("refuses a business user", async () => {
    const user = await createUser(db, "BUSINESS");
    await expect(officeDashboard(db, { actor: actorFor(user), communeCodes: null, now: NOW })).rejects.toThrow();
  });
});
