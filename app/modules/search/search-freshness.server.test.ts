// Acceptance for "search that understands Vietnamese": what the office decides is visible to
// the public search at once — approving a product makes it findable, unpublishing it or
// revoking a sales point's certificate removes it, through the real catalogue functions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveProduct, unpublishProduct } from "~/modules/catalog/product-review.server";
import { addProductPhotos, createDraftProduct, submitProduct } from "~/modules/catalog/products.server";
import { createBusinessWithOwner, officeActor, pngBytes, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import type { Actor } from "~/modules/identity/permissions";
import { certifySalesPoint, recordInspection, revokeCertificate } from "~/modules/sales-points/programme.server";
import { applyForCertification, createSalesPoint } from "~/modules/sales-points/sales-points.server";
import { ALL_PASS, salesPointFields, seedProgramme } from "~/modules/sales-points/test-factories";
import { db, dbReady } from "~/utils/db.server";
import { vnDateKey } from "~/utils/dates";
import { EmbeddedSearchEngine } from "./embedded-engine.server";
import { getSearchEngine } from "./index.server";
import { normalizeSearchQuery } from "./query";
import type { SearchQuery } from "./search.types";

let ref: Awaited<ReturnType<typeof seedPlacesAndCategories>>;
let officer: Actor;
beforeAll(async () => {
  await dbReady;
  ref = await seedPlacesAndCategories(db);
  await seedProgramme();
  officer = await officeActor(db);
});

afterAll(() => {
  const engine = getSearchEngine();
  if (engine instanceof EmbeddedSearchEngine) engine.close();
});

const search = (q: string, extra: Partial<SearchQuery> = {}) => getSearchEngine().search(normalizeSearchQuery({ q, ...extra }));
const ids = async (q: string, extra: Partial<SearchQuery> = {}) => (await search(q, extra)).hits.map((h) => h.doc.id);

async function submittedProduct(name: string) {
  const owner = await createBusinessWithOwner(db);
  const scope = { actor: owner.actor, businessId: owner.business.id };
  const product = await createDraftProduct(db, { ...scope, fields: { name, categoryId: ref.sauce.id, unit: "chai 500 ml", priceVnd: 90_000 } });
  await addProductPhotos(db, { ...scope, productId: product.id, files: [{ bytes: await pngBytes() }] });
  await submitProduct(db, { ...scope, productId: product.id });
  return product;
}

describe("products", () => {
  it("is not findable while submitted, findable right after approval, gone right after unpublishing", async () => {
    const product = await submittedProduct("Nước mắm rươi Tam Kỳ");
    const docId = `product:${product.id}`;
    // A first search warms the engine's in-memory columns before the change, as on a running server.
    expect(await ids("nuoc mam ruoi")).not.toContain(docId);

    await approveProduct(db, { actor: officer, productId: product.id });
    expect(await ids("nuoc mam ruoi")).toContain(docId);
    expect(await ids("Nước mắm rươi", { type: "product" })).toContain(docId);
    const hit = (await search("nuoc mam ruoi")).hits.find((h) => h.doc.id === docId)!;
    expect(hit.highlight.title.filter((s) => s.match).map((s) => s.text)).toEqual(["Nước mắm rươi"]);

    await unpublishProduct(db, { actor: officer, productId: product.id, reason: "Nhãn sai thông tin" });
    expect(await ids("nuoc mam ruoi")).not.toContain(docId);
    expect((await search("nuoc mam ruoi", { type: "product" })).facets.type.product ?? 0).toBe(0);
  });
});

describe("sales points", () => {
  it("leaves certified results right after its certificate is revoked", async () => {
    const owner = await createBusinessWithOwner(db);
    const scope = { actor: owner.actor, businessId: owner.business.id };
    const point = await createSalesPoint(db, { ...scope, fields: salesPointFields({ name: "Cửa hàng Đặc sản Quế Sơn" }) });
    await applyForCertification(db, { ...scope, salesPointId: point.id });
    await recordInspection(db, { actor: officer, salesPointId: point.id, input: { checklist: ALL_PASS, observedShare: 90, notes: "Đạt" }, photos: [] });
    const docId = `salesPoint:${point.id}`;
    expect(await ids("dac san que son")).not.toContain(docId);

    const certificate = await certifySalesPoint(db, { actor: officer, salesPointId: point.id, input: { number: "DB-FRESH-1", issuedOn: vnDateKey(new Date()) } });
    expect(await ids("dac san que son", { type: "salesPoint", certified: true })).toContain(docId);

    await revokeCertificate(db, { actor: officer, certificateId: certificate.id, salesPointId: point.id, reason: "Không còn đạt tỷ lệ hàng Việt" });
    expect(await ids("dac san que son", { type: "salesPoint", certified: true })).not.toContain(docId);
    expect(await ids("dac san que son")).not.toContain(docId);
  });
});
