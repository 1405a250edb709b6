import { beforeAll, describe, expect, test } from "vitest";
import { DomainError } from "~/modules/errors";
import { db, dbReady } from "~/utils/db.server";
import { ProductFieldsSchema, type ProductFields } from "./product.schema";
import {
  addProductPhotos,
  createDraftProduct,
  getBusinessProduct,
  listBusinessProducts,
  moveProductPhoto,
  removeProductPhoto,
  submitProduct,
  unpublishOwnProduct,
  updateProduct,
  withdrawRevision,
} from "./products.server";
import { createBusinessWithOwner, pngBytes, seedPlacesAndCategories } from "./test-factories";

let ref: Awaited<ReturnType<typeof seedPlacesAndCategories>>;
beforeAll(async () => {
  await dbReady;
  ref = await seedPlacesAndCategories(db);
});

const fields = (over: Partial<ProductFields> = {}): ProductFields => ({
  name: "Nước mắm cá cơm",
  categoryId: ref.sauce.id,
  description: "Ủ chượp 12 tháng.",
  unit: "chai 500 ml",
  priceVnd: 85_000,
  originCommuneCode: ref.communes.thangAn,
  ...over,
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return "ok";
}

async function draftWithPhoto(owner: Awaited<ReturnType<typeof createBusinessWithOwner>>, over: Partial<ProductFields> = {}) {
  const product = await createDraftProduct(db, { actor: owner.actor, businessId: owner.business.id, fields: fields(over) });
  const bytes = await pngBytes();
  await addProductPhotos(db, { actor: owner.actor, businessId: owner.business.id, productId: product.id, files: [{ bytes, name: "a.png" }] });
  return product;
}

describe("ProductFieldsSchema", () => {
  test("reads Vietnamese price input and rejects decimals", () => {
    const ok = ProductFieldsSchema.safeParse({ name: "Bánh", categoryId: "x", priceVnd: "150.000" });
    expect(ok.success && ok.data.priceVnd).toBe(150_000);
    const bad = ProductFieldsSchema.safeParse({ name: "Bánh", categoryId: "x", priceVnd: "1,5" });
    expect(bad.success).toBe(false);
    expect(bad.error?.flatten().fieldErrors.priceVnd).toEqual(["products.errors.priceInvalid"]);
    expect(ProductFieldsSchema.safeParse({ name: "Bánh", categoryId: "x", priceVnd: 12 }).success).toBe(true);
    expect(ProductFieldsSchema.safeParse({ name: "Bánh", categoryId: "x" }).success).toBe(true);
    expect(ProductFieldsSchema.safeParse({ name: "B", categoryId: "x" }).success).toBe(false);
    expect(ProductFieldsSchema.safeParse({ name: "Bánh" }).success).toBe(false);
  });
});

describe("createDraftProduct", () => {
  test("creates a NFC-clean draft with a unique slug and an audit entry", async () => {
    const owner = await createBusinessWithOwner(db, { status: "PENDING" });
    const nfd = "Nước mắm cá cơm".normalize("NFD");
    const a = await createDraftProduct(db, { actor: owner.actor, businessId: owner.business.id, fields: fields({ name: `  ${nfd}  ` }) });
    const b = await createDraftProduct(db, { actor: owner.actor, businessId: owner.business.id, fields: fields() });
    expect(a.name).toBe("Nước mắm cá cơm");
    expect(a.status).toBe("DRAFT");
    expect(a.slug).toBe("nuoc-mam-ca-com");
    expect(b.slug).not.toBe(a.slug);
    expect(await db.auditLog.count({ where: { entityId: a.id, action: "product.create" } })).toBe(1);
  });

  test("checks the category and commune exist", async () => {
    const owner = await createBusinessWithOwner(db);
    try {
      await createDraftProduct(db, { actor: owner.actor, businessId: owner.business.id, fields: fields({ categoryId: "nope", originCommuneCode: "99999" }) });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).fieldErrors).toEqual({
        categoryId: ["products.errors.categoryRequired"],
        originCommuneCode: ["products.errors.communeUnknown"],
      });
    }
  });

  test("refuses suspended businesses and non-members", async () => {
    const suspended = await createBusinessWithOwner(db, { status: "SUSPENDED" });
    const other = await createBusinessWithOwner(db);
    expect(await codeOf(createDraftProduct(db, { actor: suspended.actor, businessId: suspended.business.id, fields: fields() }))).toBe("conflict");
    expect(await codeOf(createDraftProduct(db, { actor: other.actor, businessId: suspended.business.id, fields: fields() }))).toBe("forbidden");
  });

  test("staff members may manage products", async () => {
    const staff = await createBusinessWithOwner(db, { memberRole: "STAFF" });
    const product = await createDraftProduct(db, { actor: staff.actor, businessId: staff.business.id, fields: fields() });
    expect(product.businessId).toBe(staff.business.id);
  });
});

describe("authorisation between businesses", () => {
  test("business A can neither read nor change business B's product", async () => {
    const a = await createBusinessWithOwner(db);
    const b = await createBusinessWithOwner(db);
    const productB = await draftWithPhoto(b);
    // A acting on its own business id with B's product id: not found.
    const asA = { actor: a.actor, businessId: a.business.id, productId: productB.id };
    expect(await codeOf(getBusinessProduct(db, asA))).toBe("not_found");
    expect(await codeOf(updateProduct(db, { ...asA, fields: fields({ name: "Bị sửa" }) }))).toBe("not_found");
    expect(await codeOf(submitProduct(db, asA))).toBe("not_found");
    const bytes = await pngBytes();
    expect(await codeOf(addProductPhotos(db, { ...asA, files: [{ bytes }] }))).toBe("not_found");
    const photo = await db.productPhoto.findFirstOrThrow({ where: { productId: productB.id } });
    expect(await codeOf(removeProductPhoto(db, { ...asA, photoId: photo.id }))).toBe("not_found");
    // A naming B's business id: no membership, forbidden.
    const claimB = { actor: a.actor, businessId: b.business.id, productId: productB.id };
    expect(await codeOf(getBusinessProduct(db, claimB))).toBe("forbidden");
    expect(await codeOf(updateProduct(db, { ...claimB, fields: fields({ name: "Bị sửa" }) }))).toBe("forbidden");
    expect(await codeOf(listBusinessProducts(db, { actor: a.actor, businessId: b.business.id }))).toBe("forbidden");
    const after = await db.product.findUniqueOrThrow({ where: { id: productB.id } });
    expect(after.name).toBe(productB.name);
    expect(after.status).toBe("DRAFT");
    expect(await db.productPhoto.count({ where: { productId: productB.id } })).toBe(1);
  });
});

describe("submission", () => {
  test("needs a verified business and at least one photo", async () => {
    const pending = await createBusinessWithOwner(db, { status: "PENDING" });
    const draft = await draftWithPhoto(pending);
    expect(await codeOf(submitProduct(db, { actor: pending.actor, businessId: pending.business.id, productId: draft.id }))).toBe("conflict");

    const owner = await createBusinessWithOwner(db);
    const bare = await createDraftProduct(db, { actor: owner.actor, businessId: owner.business.id, fields: fields() });
    try {
      await submitProduct(db, { actor: owner.actor, businessId: owner.business.id, productId: bare.id });
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).fieldErrors.photos).toEqual(["products.errors.photoNeeded"]);
    }
  });

  test("DRAFT → SUBMITTED; a submitted product is frozen and cannot be submitted twice", async () => {
    const owner = await createBusinessWithOwner(db);
    const product = await draftWithPhoto(owner);
    const ids = { actor: owner.actor, businessId: owner.business.id, productId: product.id };
    const submitted = await submitProduct(db, ids);
    expect(submitted.status).toBe("SUBMITTED");
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    expect(await codeOf(submitProduct(db, ids))).toBe("conflict");
    expect(await codeOf(updateProduct(db, { ...ids, fields: fields({ name: "Khác" }) }))).toBe("conflict");
    expect(await codeOf(unpublishOwnProduct(db, ids))).toBe("conflict");
  });
});

describe("photos", () => {
  test("are stored re-encoded, ordered, moved and removed", async () => {
    const owner = await createBusinessWithOwner(db);
    const product = await createDraftProduct(db, { actor: owner.actor, businessId: owner.business.id, fields: fields() });
    const ids = { actor: owner.actor, businessId: owner.business.id, productId: product.id };
    const [red, blue] = [await pngBytes("#ff0000"), await pngBytes("#0000ff")];
    const [first, second] = await addProductPhotos(db, { ...ids, files: [{ bytes: red, name: "do.png" }, { bytes: blue, name: "xanh.png" }] });
    const photos = await db.productPhoto.findMany({ where: { productId: product.id }, orderBy: { position: "asc" }, include: { file: true } });
    expect(photos.map((p) => p.id)).toEqual([first, second]);
    expect(photos[0]!.alt).toBe(product.name);
    expect(photos[0]!.file.mimeType).toBe("image/webp");
    expect(photos[0]!.file.isPrivate).toBe(false);
    expect(photos[0]!.file.businessId).toBe(owner.business.id);

    await moveProductPhoto(db, { ...ids, photoId: second!, direction: "up" });
    const reordered = await db.productPhoto.findMany({ where: { productId: product.id }, orderBy: { position: "asc" } });
    expect(reordered.map((p) => p.id)).toEqual([second, first]);

    await removeProductPhoto(db, { ...ids, photoId: second! });
    expect(await db.productPhoto.count({ where: { productId: product.id } })).toBe(1);
  });

  test("a non-image is refused with a field error", async () => {
    const owner = await createBusinessWithOwner(db);
    const product = await createDraftProduct(db, { actor: owner.actor, businessId: owner.business.id, fields: fields() });
    try {
      await addProductPhotos(db, { actor: owner.actor, businessId: owner.business.id, productId: product.id, files: [{ bytes: Buffer.from("not an image"), name: "x.jpg" }] });
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).fieldErrors.photos).toEqual(["products.errors.uploadType_image"]);
    }
  });
});

describe("revisions of a published product", () => {
  test("editing keeps the live fields and creates one pending revision with only the changed fields", async () => {
    const owner = await createBusinessWithOwner(db);
    const product = await draftWithPhoto(owner);
    await db.product.update({ where: { id: product.id }, data: { status: "APPROVED", publishedAt: new Date() } });
    const ids = { actor: owner.actor, businessId: owner.business.id, productId: product.id };

    const outcome = await updateProduct(db, { ...ids, fields: fields({ name: "Nước mắm nhĩ", priceVnd: 90_000 }) });
    expect(outcome.kind).toBe("revision");
    const live = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(live.name).toBe("Nước mắm cá cơm");
    expect(live.priceVnd).toBe(85_000);
    const revisions = await db.productRevision.findMany({ where: { productId: product.id } });
    expect(revisions).toHaveLength(1);
    expect(JSON.parse(revisions[0]!.changes)).toEqual({ name: "Nước mắm nhĩ", priceVnd: 90_000 });

    // A second edit replaces the open revision rather than stacking another.
    await updateProduct(db, { ...ids, fields: fields({ name: "Nước mắm nhĩ 40 độ đạm" }) });
    const again = await db.productRevision.findMany({ where: { productId: product.id } });
    expect(again).toHaveLength(1);
    expect(JSON.parse(again[0]!.changes)).toEqual({ name: "Nước mắm nhĩ 40 độ đạm" });

    const page = await getBusinessProduct(db, ids);
    expect(page.proposed.name).toBe("Nước mắm nhĩ 40 độ đạm");
    expect(page.name).toBe("Nước mắm cá cơm");

    await withdrawRevision(db, ids);
    expect((await db.productRevision.findFirstOrThrow({ where: { productId: product.id } })).status).toBe("WITHDRAWN");
  });

  test("unpublishing by the business folds the open revision into the hidden product", async () => {
    const owner = await createBusinessWithOwner(db);
    const product = await draftWithPhoto(owner);
    await db.product.update({ where: { id: product.id }, data: { status: "APPROVED", publishedAt: new Date() } });
    const ids = { actor: owner.actor, businessId: owner.business.id, productId: product.id };
    await updateProduct(db, { ...ids, fields: fields({ unit: "chai 1 lít" }) });
    await unpublishOwnProduct(db, ids);
    const hidden = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(hidden.status).toBe("UNPUBLISHED");
    expect(hidden.unit).toBe("chai 1 lít");
    // UNPUBLISHED → edit in place → SUBMITTED again.
    await updateProduct(db, { ...ids, fields: fields({ unit: "chai 2 lít" }) });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).unit).toBe("chai 2 lít");
    expect((await submitProduct(db, ids)).status).toBe("SUBMITTED");
  });
});
