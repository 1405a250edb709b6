// A declared certificate changes nothing public until an officer checks it; a rejected one
// never does. And every public surface (search documents, lists, detail pages, open data,
// stats, sitemap) agrees on one fixture, because they share catalog/visibility.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { addProductCertificate, removeProductCertificate } from "~/modules/catalog/certificates.server";
import { ProductQuerySchema } from "~/modules/catalog/public.schema";
import { getPublicProduct, listPublicProducts, openDataProducts } from "~/modules/catalog/public.server";
import { sitemapEntries } from "~/modules/catalog/sitemap.server";
import { createBusinessWithOwner, officeActor, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { Conflict } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import { publicStats } from "~/modules/reports/public-stats.server";
import { getPublicSalesPoint, listPublicSalesPoints, parseSalesPointQuery } from "~/modules/sales-points/public.server";
import { createCertificate, createSalesPoint } from "~/modules/sales-points/public.test-factories";
import { buildDocumentsFor } from "~/modules/search/documents.server";
import { db } from "~/utils/db.server";
import { fromVnLocal } from "~/utils/dates";
import { checkCertificate, listCertificatesToCheck, rejectCertificate } from "./review.server";
import { verifyCertificate } from "./verify.server";

let officer: Actor;
let owner: Actor;
let businessId = "";
let productId = "";
const slug = "nuoc-mam-ca-com";

async function productStars() {
  return (await getPublicProduct(db, { slug })).ocopStars;
}

beforeAll(async () => {
  await seedPlacesAndCategories(db);
  officer = await officeActor(db);
  const created = await createBusinessWithOwner(db);
  owner = created.actor;
  businessId = created.business.id;
  productId = (await db.product.create({ data: { slug, name: "Nước mắm cá cơm", businessId, status: "APPROVED", publishedAt: new Date() } })).id;
});

describe("checking declared certificates", () => {
  let fourStarId = "";
  let fourStarCode = "";

  it("a declared certificate waits in the queue and gives no stars and no 'genuine'", async () => {
    const cert = await addProductCertificate(db, {
        actor: owner,
        businessId,
        productId,
        input: { kind: "OCOP", stars: 4, number: "OCOP-48-2026-0001", issuer: "UBND thành phố Đà Nẵng", issuedOn: "2026-01-10" },
      });
    fourStarId = cert.id;
    fourStarCode = cert.verificationCode;
    expect(cert.checkState).toBe("DECLARED");
    expect(await productStars()).toBeNull();
    expect((await verifyCertificate(db, { code: fourStarCode })).trust).toBe("declared");
    const queue = await listCertificatesToCheck(db, { actor: officer });
    expect(queue.map((c) => [c.id, c.context])).toEqual([[fourStarId, "published"]]);
  });

  it("the officer checks it: stars appear, /verify says genuine, audit and e-mail are written", async () => {
    await checkCertificate(db, { actor: officer, certificateId: fourStarId });
    const row = await db.certificate.findUniqueOrThrow({ where: { id: fourStarId } });
    expect(row).toMatchObject({ checkState: "CHECKED", checkedById: officer.userId });
    expect(row.checkedAt).toBeInstanceOf(Date);
    expect(await productStars()).toBe(4);
    const verification = await verifyCertificate(db, { code: fourStarCode.toLowerCase() });
    expect(verification).toMatchObject({ trust: "confirmed", state: "valid" });
    expect(await db.auditLog.count({ where: { action: "certificate.check", entityId: fourStarId, actorId: officer.userId } })).toBe(1);
    const mail = await db.outboxMessage.findFirst({ where: { topic: "email" }, orderBy: { createdAt: "desc" } });
    expect(mail?.payload).toContain("OCOP-48-2026-0001");
    await expect(checkCertificate(db, { actor: officer, certificateId: fourStarId })).rejects.toBeInstanceOf(Conflict);
  });

  it("a business cannot remove a checked certificate, nor check one itself", async () => {
    await expect(
      removeProductCertificate(db, { actor: owner, businessId, productId, certificateId: fourStarId }),
    ).rejects.toBeInstanceOf(Conflict);
    await expect(checkCertificate(db, { actor: owner, certificateId: fourStarId })).rejects.toThrow();
  });

  it("a 5-star claim on the published product changes no public surface until decided; rejected, it never does", async () => {
    const five = await addProductCertificate(db, {
        actor: owner,
        businessId,
        productId,
        input: { kind: "OCOP", stars: 5, number: "TU-KHAI-5", issuer: "Tự khai", issuedOn: "2026-02-01" },
      });
    const surfaces = async () => {
      const api = await openDataProducts(db, { params: new URLSearchParams() });
      const list = await listPublicProducts(db, { query: ProductQuerySchema.parse({ stars: "5" }) });
      const docs = await buildDocumentsFor(db, { productIds: [productId] });
      return {
        page: await productStars(),
        api: api.ok ? api.body.data.find((p) => p.id === productId)?.ocopStars : "error",
        fiveStarFilter: list.total,
        search: docs.docs[0]?.ocopStars,
      };
    };
    expect(await surfaces()).toEqual({ page: 4, api: 4, fiveStarFilter: 0, search: 4 });
    await expect(
      rejectCertificate(db, { actor: officer, certificateId: five.id, reason: " " }),
    ).rejects.toBeInstanceOf(Conflict);
    await rejectCertificate(db, { actor: officer, certificateId: five.id, reason: "Không có trong hệ thống OCOP quốc gia" });
    expect(await surfaces()).toEqual({ page: 4, api: 4, fiveStarFilter: 0, search: 4 });
    expect((await verifyCertificate(db, { code: five.verificationCode })).trust).toBe("rejected");
    expect(await db.auditLog.count({ where: { action: "certificate.reject", entityId: five.id } })).toBe(1);
    const mail = await db.outboxMessage.findFirst({ where: { topic: "email" }, orderBy: { createdAt: "desc" } });
    expect(mail?.payload).toContain("Không có trong hệ thống OCOP quốc gia");
  });
});

describe("every public surface agrees on one fixture", () => {
  const LAST_DAY = "2026-06-01";
  const NOW = fromVnLocal(LAST_DAY, 23 * 60 + 59);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const pending = await createBusinessWithOwner(db, { status: "PENDING" });
    const verified = await createBusinessWithOwner(db);
    // certified, then its business went back to PENDING: must vanish everywhere
    ids.pendingPoint = (await createSalesPoint(db, { businessId: pending.business.id, name: "Điểm chờ xác minh lại" })).id;
    await createCertificate(db, { businessId: pending.business.id, salesPointId: ids.pendingPoint, expiresOn: fromVnLocal("2027-01-01") });
    // last day of its certificate today (VN): still certified until midnight
    ids.lastDayPoint = (await createSalesPoint(db, { businessId: verified.business.id, name: "Điểm ngày cuối" })).id;
    await createCertificate(db, { businessId: verified.business.id, salesPointId: ids.lastDayPoint, expiresOn: fromVnLocal(LAST_DAY) });
    // applied, not certified: a public page, but not in search or the certified count
    ids.appliedPoint = (await createSalesPoint(db, { businessId: verified.business.id, name: "Điểm mới nộp", status: "APPLIED" })).id;
  });

  it("search documents, the certified list, detail pages, stats and the sitemap say the same", async () => {
    const docs = await buildDocumentsFor(db, { salesPointIds: Object.values(ids) }, NOW);
    const searchIds = docs.docs.map((d) => d.id.replace("salesPoint:", "")).sort();

    const parsed = parseSalesPointQuery(new URLSearchParams({ certified: "1", perPage: "100" }));
    if (!parsed.ok) throw new Error("query");
    const certifiedList = (await listPublicSalesPoints(db, { query: parsed.value, now: NOW })).items.map((p) => p.id);
    const certifiedInFixture = certifiedList.filter((id) => Object.values(ids).includes(id)).sort();

    expect(searchIds).toEqual([ids.lastDayPoint]);
    expect(certifiedInFixture).toEqual(searchIds);

    const detail = async (id: string) => getPublicSalesPoint(db, { id, now: NOW }).then((p) => (p.certified ? "certified" : "public"), () => "404");
    expect(await detail(ids.pendingPoint!)).toBe("404");
    expect(await detail(ids.lastDayPoint!)).toBe("certified");
    expect(await detail(ids.appliedPoint!)).toBe("public");

    const sitemap = new Set((await sitemapEntries(db, NOW)).map((e) => e.path));
    expect(sitemap.has(`/sales-points/${ids.pendingPoint}`)).toBe(false);
    expect(sitemap.has(`/sales-points/${ids.lastDayPoint}`)).toBe(true);
    expect(sitemap.has(`/sales-points/${ids.appliedPoint}`)).toBe(true);

    const statsLastMinute = await publicStats(db, NOW);
    const statsNextDay = await publicStats(db, fromVnLocal("2026-06-02", 0));
    expect(statsLastMinute.salesPoints - statsNextDay.salesPoints).toBe(1);
  });

  it("the sitemap lists exactly the public producers, products and sales points", async () => {
    const paths = (await sitemapEntries(db)).map((e) => e.path);
    const producers = (await db.business.findMany({ where: { status: "VERIFIED" }, select: { slug: true } })).map((b) => `/producers/${b.slug}`);
    const products = await listPublicProducts(db, { query: ProductQuerySchema.parse({ perPage: "100" }) });
    const points = parseSalesPointQuery(new URLSearchParams({ perPage: "100" }));
    if (!points.ok) throw new Error("query");
    const pointPaths = (await listPublicSalesPoints(db, { query: points.value })).items.map((p) => p.url);
    expect(paths.filter((p) => p.startsWith("/producers/")).sort()).toEqual(producers.sort());
    expect(paths.filter((p) => p.startsWith("/products/")).sort()).toEqual(products.items.map((p) => p.url).sort());
    expect(paths.filter((p) => p.startsWith("/sales-points/")).sort()).toEqual(pointPaths.sort());
  });
});
