import { beforeAll, describe, expect, it } from "vitest";
import { generateVerificationCode } from "~/modules/certification/verification-code";
import { NotFound } from "~/modules/errors";
import { db } from "~/utils/db.server";
import { addDays, fromVnLocal, vnDateKey } from "~/utils/dates";
import { ProducerQuerySchema, ProductQuerySchema } from "./public.schema";
import {
  getPublicProducer,
  getPublicProduct,
  listPublicProducers,
  listPublicProducts,
  openDataProducers,
  openDataProducts,
} from "./public.server";
import { seedPlacesAndCategories } from "./test-factories";

const NOW = fromVnLocal("2026-06-01", 9 * 60);
const TODAY = vnDateKey(NOW);
const PERSONAL_ID = "049185009999";

const products = (query: Record<string, unknown> = {}) => listPublicProducts(db, { query: ProductQuerySchema.parse(query), now: NOW });
const producers = (query: Record<string, unknown> = {}) => listPublicProducers(db, { query: ProducerQuerySchema.parse(query) });
const slugsOf = (page: { items: { slug: string }[] }) => page.items.map((p) => p.slug);

/** Everything the public must never see, collected while building the fixture. */
const secrets: string[] = [PERSONAL_ID, "POOR"];

async function business(slug: string, data: { status: "VERIFIED" | "PENDING" | "SUSPENDED" | "REJECTED"; legalForm?: "ENTERPRISE" | "HOUSEHOLD" | "COOPERATIVE"; name: string; ownerPersonalId?: string }) {
  return db.business.create({
    data: {
      slug,
      name: data.name,
      legalForm: data.legalForm ?? "ENTERPRISE",
      status: data.status,
      provinceCode: "48",
      communeCode: "20791",
      ownerPersonalId: data.ownerPersonalId ?? null,
      povertyStatus: data.ownerPersonalId ? "POOR" : "NONE",
      phone: "0905332718",
      description: `Giới thiệu ${data.name}`,
    },
  });
}

async function product(
  businessId: string,
  slug: string,
  name: string,
  data: { status?: "APPROVED" | "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "UNPUBLISHED"; categoryId: string; priceVnd?: number | null; publishedOn?: string; origin?: string },
) {
  return db.product.create({
    data: {
      slug,
      name,
      businessId,
      status: data.status ?? "APPROVED",
      categoryId: data.categoryId,
      priceVnd: data.priceVnd === undefined ? 50_000 : data.priceVnd,
      unit: "chai",
      description: `Mô tả ${name}`,
      originCommuneCode: data.origin ?? null,
      publishedAt: (data.status ?? "APPROVED") === "APPROVED" ? fromVnLocal(data.publishedOn ?? "2026-05-01") : null,
    },
  });
}

async function certificate(data: {
  businessId: string;
  productId?: string;
  kind: "OCOP" | "HVNCLC";
  stars?: number;
  expiresOn: string | null;
  documentFileId?: string;
  status?: "ACTIVE" | "REVOKED";
  /** the office's word by default; DECLARED and REJECTED ones must not count */
  checkState?: "DECLARED" | "CHECKED" | "REJECTED";
}) {
  const checkState = data.checkState ?? "CHECKED";
  return db.certificate.create({
    data: {
      kind: data.kind,
      stars: data.stars ?? null,
      year: data.kind === "HVNCLC" ? 2026 : null,
      number: `${data.kind}-${Math.random().toString(36).slice(2, 8)}`,
      issuer: "UBND thành phố Đà Nẵng",
      issuedOn: fromVnLocal("2025-01-01"),
      expiresOn: data.expiresOn ? fromVnLocal(data.expiresOn) : null,
      verificationCode: generateVerificationCode(),
      businessId: data.businessId,
      productId: data.productId ?? null,
      documentFileId: data.documentFileId ?? null,
      status: data.status ?? "ACTIVE",
      checkState,
      checkedAt: checkState === "DECLARED" ? null : new Date(),
      checkNote: checkState === "REJECTED" ? "Không có trong sổ OCOP" : null,
    },
  });
}

let ids: Record<string, string> = {};

beforeAll(async () => {
  const { food, sauce, sweets } = await seedPlacesAndCategories(db);
  const crafts = await db.category.create({ data: { slug: "thu-cong-my-nghe", nameVi: "Thủ công mỹ nghệ", nameEn: "Handicrafts" } });
  const hats = await db.category.create({ data: { slug: "non-la", nameVi: "Nón lá", nameEn: "Conical hats", parentId: crafts.id } });

  const halam = await business("thuc-pham-ha-lam", { status: "VERIFIED", name: "Công ty Thực phẩm Hà Lam" });
  const household = await business("nuoc-mam-binh-minh", {
    status: "VERIFIED",
    legalForm: "HOUSEHOLD",
    name: "Hộ kinh doanh nước mắm Bình Minh",
    ownerPersonalId: PERSONAL_ID,
  });
  const pending = await business("do-go-cho-duyet", { status: "PENDING", name: "Đồ gỗ chờ duyệt" });
  const suspended = await business("ruou-bi-dinh-chi", { status: "SUSPENDED", name: "Rượu bị đình chỉ" });
  secrets.push(pending.slug, pending.name, suspended.slug, suspended.name);

  const photoFile = await db.storedFile.create({
    data: { storageKey: "public/photo-key.webp", mimeType: "image/webp", sizeBytes: 100, width: 1200, height: 900, businessId: halam.id },
  });
  const privateDoc = await db.storedFile.create({
    data: { storageKey: "private/certificate-scan-key.pdf", mimeType: "application/pdf", sizeBytes: 100, isPrivate: true, businessId: halam.id },
  });
  const privatePhoto = await db.storedFile.create({
    data: { storageKey: "private/misfiled-photo-key.webp", mimeType: "image/webp", sizeBytes: 100, isPrivate: true, businessId: halam.id },
  });
  secrets.push(privateDoc.id, privateDoc.storageKey, privatePhoto.id, privatePhoto.storageKey, photoFile.storageKey);

  const sauceProduct = await product(halam.id, "tuong-ot-ha-lam", "Tương ớt Hà Lam", { categoryId: sauce.id, priceVnd: 25_000, publishedOn: "2026-04-01" });
  const cake = await product(halam.id, "banh-trang-me", "Bánh tráng mè", { categoryId: sweets.id, priceVnd: null, publishedOn: "2026-05-20" });
  const fishSauce = await product(household.id, "nuoc-mam-ca-com", "Nước mắm cá cơm", { categoryId: sauce.id, priceVnd: 85_000, origin: "20794" });
  const hat = await product(household.id, "non-la-binh-nguyen", "Đèn lồng", { categoryId: hats.id, priceVnd: 80_000, publishedOn: "2026-03-01" });
  ids = { sauceProduct: sauceProduct.id, halam: halam.id, household: household.id, fishSauce: fishSauce.id, cake: cake.id, hat: hat.id, food: food.id };

  for (const [status, slug, name] of [
    ["DRAFT", "muoi-ot-nhap", "Muối ớt nháp"],
    ["SUBMITTED", "keo-cho-duyet", "Kẹo chờ duyệt"],
    ["CHANGES_REQUESTED", "mam-can-sua", "Mắm cần sửa"],
    ["UNPUBLISHED", "ca-kho-da-go", "Cá khô đã gỡ"],
  ] as const) {
    await product(halam.id, slug, name, { status, categoryId: sauce.id });
    secrets.push(slug, name);
  }
  for (const [owner, slug, name] of [
    [pending.id, "ban-go-cua-co-so-chua-duyet", "Bàn gỗ của cơ sở chưa duyệt"],
    [suspended.id, "ruou-cua-co-so-dinh-chi", "Rượu của cơ sở đình chỉ"],
  ] as const) {
    await product(owner, slug, name, { categoryId: sauce.id });
    secrets.push(slug, name);
  }

  await db.productPhoto.createMany({
    data: [
      { productId: sauceProduct.id, fileId: photoFile.id, position: 0, alt: "Chai tương ớt" },
      { productId: sauceProduct.id, fileId: privatePhoto.id, position: 1 },
    ],
  });
  await certificate({ businessId: halam.id, productId: sauceProduct.id, kind: "OCOP", stars: 4, expiresOn: "2028-04-01", documentFileId: privateDoc.id });
  // a 5-star certificate whose expiry day was yesterday counts for nothing, even before the daily job runs
  await certificate({ businessId: halam.id, productId: cake.id, kind: "OCOP", stars: 5, expiresOn: addDays(TODAY, -1) });
  await certificate({ businessId: household.id, productId: fishSauce.id, kind: "OCOP", stars: 3, expiresOn: TODAY });
  await certificate({ businessId: household.id, kind: "HVNCLC", expiresOn: "2026-12-31" });
  await certificate({ businessId: halam.id, kind: "HVNCLC", expiresOn: "2026-12-31", status: "REVOKED" });
});

describe("public products", () => {
  it("lists only approved products of verified businesses", async () => {
    const page = await products();
    expect(page.total).toBe(4);
    // newest first
    expect(slugsOf(page)).toEqual(["banh-trang-me", "nuoc-mam-ca-com", "tuong-ot-ha-lam", "non-la-binh-nguyen"]);
  });

  it("filters by a top-level category including its children, and by a child", async () => {
    expect(slugsOf(await products({ category: "nong-san-thuc-pham" })).sort()).toEqual(["banh-trang-me", "nuoc-mam-ca-com", "tuong-ot-ha-lam"]);
    expect(slugsOf(await products({ category: "nuoc-mam-gia-vi" })).sort()).toEqual(["nuoc-mam-ca-com", "tuong-ot-ha-lam"]);
    expect((await products({ category: "khong-ton-tai" })).total).toBe(0);
  });

  it("filters by the origin commune, falling back to the producer's commune", async () => {
    expect(slugsOf(await products({ commune: "20794" }))).toEqual(["nuoc-mam-ca-com"]);
    expect(slugsOf(await products({ commune: "20791" })).sort()).toEqual(["banh-trang-me", "non-la-binh-nguyen", "tuong-ot-ha-lam"]);
    expect((await products({ province: "48" })).total).toBe(4);
    expect((await products({ province: "01" })).total).toBe(0);
  });

  it("counts only valid OCOP certificates for stars, and business-level HVNCLC for the label", async () => {
    expect(slugsOf(await products({ stars: 4 }))).toEqual(["tuong-ot-ha-lam"]);
    expect(slugsOf(await products({ stars: 3 })).sort()).toEqual(["nuoc-mam-ca-com", "tuong-ot-ha-lam"]);
    expect((await products({ stars: 5 })).total).toBe(0);
    expect(slugsOf(await products({ label: "ocop" })).sort()).toEqual(["nuoc-mam-ca-com", "tuong-ot-ha-lam"]);
    // the household's own HVNCLC covers its products; Hà Lam's was revoked
    expect(slugsOf(await products({ label: "hvnclc" })).sort()).toEqual(["non-la-binh-nguyen", "nuoc-mam-ca-com"]);
    const cake = (await products({ category: "banh-keo" })).items[0]!;
    expect(cake.ocopStars).toBeNull();
    expect(cake.certificates[0]).toMatchObject({ state: "expired", valid: false });
  });

  it("sorts by stars, by price with unknown prices last, and by name in Vietnamese order", async () => {
    expect(slugsOf(await products({ sort: "stars" })).slice(0, 2)).toEqual(["tuong-ot-ha-lam", "nuoc-mam-ca-com"]);
    expect(slugsOf(await products({ sort: "price_asc" }))).toEqual(["tuong-ot-ha-lam", "non-la-binh-nguyen", "nuoc-mam-ca-com", "banh-trang-me"]);
    expect(slugsOf(await products({ sort: "price_desc" }))).toEqual(["nuoc-mam-ca-com", "non-la-binh-nguyen", "tuong-ot-ha-lam", "banh-trang-me"]);
    // "Đèn lồng" sorts after "Bánh" and before "Nước", not after "T" as a byte order would put it
    expect((await products({ sort: "name" })).items.map((p) => p.name)).toEqual(["Bánh tráng mè", "Đèn lồng", "Nước mắm cá cơm", "Tương ớt Hà Lam"]);
  });

  it("paginates", async () => {
    const first = await products({ perPage: 3, sort: "name" });
    const second = await products({ perPage: 3, sort: "name", page: 2 });
    expect([first.pages, first.items.length, second.items.length]).toEqual([2, 3, 1]);
    expect(second.items[0]!.name).toBe("Tương ớt Hà Lam");
  });

  it("is NotFound for a draft, submitted, changes-requested or unpublished product and for a hidden producer's product", async () => {
    for (const slug of ["muoi-ot-nhap", "keo-cho-duyet", "mam-can-sua", "ca-kho-da-go", "ban-go-cua-co-so-chua-duyet", "ruou-cua-co-so-dinh-chi", "nope"]) {
      await expect(getPublicProduct(db, { slug, now: NOW })).rejects.toBeInstanceOf(NotFound);
    }
  });

  it("shows a product with its public photo, certificate facts, verify URL and QR, never the document", async () => {
    const product = await getPublicProduct(db, { slug: "tuong-ot-ha-lam", now: NOW });
    expect(product.photos).toHaveLength(1);
    expect(product.photos[0]).toMatchObject({ url: expect.stringMatching(/^\/files\//), thumbUrl: expect.stringContaining("?size=thumb"), alt: "Chai tương ớt" });
    expect(product.ocopStars).toBe(4);
    const [ocop] = product.allCertificates;
    expect(ocop).toMatchObject({ kind: "OCOP", stars: 4, state: "valid", valid: true, heldBy: "product" });
    expect(ocop!.verifyUrl).toMatch(/^https?:\/\/[^/]+\/verify\/[0-9A-Z]{20}$/);
    expect(ocop!.qrSvg).toMatch(/^<svg[^>]*>/);
    expect(Object.keys(ocop!)).not.toContain("documentFileId");
    const household = await getPublicProduct(db, { slug: "nuoc-mam-ca-com", now: NOW });
    expect(household.allCertificates.map((c) => [c.kind, c.state, c.heldBy])).toEqual([
      ["OCOP", "expiring_soon", "product"],
      ["HVNCLC", "valid", "producer"],
    ]);
    expect(household.place.commune?.code).toBe("20794");
  });
});

describe("public producers", () => {
  it("lists verified producers only, filtered by legal form, category and folded name", async () => {
    expect(slugsOf(await producers())).toEqual(["thuc-pham-ha-lam", "nuoc-mam-binh-minh"]);
    expect(slugsOf(await producers({ legalForm: "HOUSEHOLD" }))).toEqual(["nuoc-mam-binh-minh"]);
    expect(slugsOf(await producers({ category: "thu-cong-my-nghe" }))).toEqual(["nuoc-mam-binh-minh"]);
    expect(slugsOf(await producers({ q: "ha lam" }))).toEqual(["thuc-pham-ha-lam"]);
    expect(slugsOf(await producers({ q: "NƯỚC MẮM" }))).toEqual(["nuoc-mam-binh-minh"]);
    expect((await producers({ commune: "20794" })).total).toBe(0);
    expect((await producers()).items.find((p) => p.slug === "thuc-pham-ha-lam")!.productCount).toBe(2);
  });

  it("shows a producer's public products and certificates; a pending or suspended one is NotFound", async () => {
    const producer = await getPublicProducer(db, { slug: "nuoc-mam-binh-minh", now: NOW });
    expect(producer.products.map((p) => p.slug).sort()).toEqual(["non-la-binh-nguyen", "nuoc-mam-ca-com"]);
    expect(producer.enterpriseCode).toBeNull();
    expect(producer.certificates.map((c) => c.kind).sort()).toEqual(["HVNCLC", "OCOP"]);
    for (const slug of ["do-go-cho-duyet", "ruou-bi-dinh-chi"]) {
      await expect(getPublicProducer(db, { slug, now: NOW })).rejects.toBeInstanceOf(NotFound);
    }
  });
});

describe("open data JSON", () => {
  it("paginates with links and rejects bad parameters", async () => {
    const first = await openDataProducts(db, { params: new URLSearchParams("perPage=3&sort=name"), now: NOW });
    if (!first.ok) throw new Error("expected ok");
    expect(first.body).toMatchObject({ page: 1, perPage: 3, total: 4 });
    expect(first.body.links.prev).toBeNull();
    expect(first.body.links.next).toMatch(/\/api\/v1\/products\?.*page=2/);
    const item = first.body.data[0]!;
    expect(item).toMatchObject({ slug: "banh-trang-me", producer: { slug: "thuc-pham-ha-lam", legalForm: "ENTERPRISE" } });
    expect(item.url).toMatch(/^https?:\/\/.+\/products\/banh-trang-me$/);
    for (const bad of ["perPage=101", "page=0", "stars=abc", "sort=random", "label=x", "province=<script>"]) {
      const result = await openDataProducts(db, { params: new URLSearchParams(bad), now: NOW });
      expect(result.ok, bad).toBe(false);
    }
    const producersPage = await openDataProducers(db, { params: new URLSearchParams("legalForm=HOUSEHOLD") });
    if (!producersPage.ok) throw new Error("expected ok");
    expect(producersPage.body.data.map((p) => p.slug)).toEqual(["nuoc-mam-binh-minh"]);
    expect((await openDataProducers(db, { params: new URLSearchParams("legalForm=CITIZEN") })).ok).toBe(false);
  });
});

describe("privacy", () => {
  it("never exposes personal IDs, poverty status, private files or unpublished data", async () => {
    const outputs: unknown[] = [];
    for (const query of [{}, { perPage: 100 }, { label: "hvnclc" }, { sort: "name" }]) outputs.push(await products(query));
    outputs.push(await producers({ perPage: 100 }));
    for (const slug of ["tuong-ot-ha-lam", "banh-trang-me", "nuoc-mam-ca-com", "non-la-binh-nguyen"]) {
      outputs.push(await getPublicProduct(db, { slug, now: NOW }));
    }
    for (const slug of ["thuc-pham-ha-lam", "nuoc-mam-binh-minh"]) outputs.push(await getPublicProducer(db, { slug, now: NOW }));
    outputs.push(await openDataProducts(db, { params: new URLSearchParams("perPage=100"), now: NOW }));
    outputs.push(await openDataProducers(db, { params: new URLSearchParams("perPage=100") }));
    const text = JSON.stringify(outputs);
    expect(text).toContain("Tương ớt Hà Lam"); // the scan does read real output
    for (const secret of secrets) expect(text, `leaked: ${secret}`).not.toContain(secret);
    for (const field of ["ownerPersonalId", "povertyStatus", "documentFileId", "storageKey", "phone", "enterpriseCode\":\"0"]) {
      expect(text).not.toContain(field);
    }
  });
});
