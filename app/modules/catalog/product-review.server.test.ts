import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { DomainError } from "~/modules/errors";
import { db, dbReady } from "~/utils/db.server";
import type { ProductFields } from "./product.schema";
import {
  approvePending,
  approveProduct,
  approveRevision,
  getProductForReview,
  listReviewQueue,
  requestChangesPending,
  requestProductChanges,
  requestRevisionChanges,
  unpublishProduct,
} from "./product-review.server";
import { addProductPhotos, createDraftProduct, getBusinessProduct, submitProduct, updateProduct } from "./products.server";
import { createBusinessWithOwner, officeActor, pngBytes, seedPlacesAndCategories } from "./test-factories";

let ref: Awaited<ReturnType<typeof seedPlacesAndCategories>>;
beforeAll(async () => {
  await dbReady;
  ref = await seedPlacesAndCategories(db);
});

const fields = (over: Partial<ProductFields> = {}): ProductFields => ({
  name: "Bánh tráng mè đen",
  categoryId: ref.sweets.id,
  unit: "xấp 10 cái",
  priceVnd: 30_000,
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

const inSearchIndex = async (productId: string) =>
  ((await db.$queryRawUnsafe("SELECT id FROM search_document WHERE id = ?", `product:${productId}`)) as unknown[]).length === 1;

async function submittedProduct(over: Partial<ProductFields> = {}, options: { communeCode?: string } = {}) {
  const owner = await createBusinessWithOwner(db, options);
  const ids = { actor: owner.actor, businessId: owner.business.id };
  const product = await createDraftProduct(db, { ...ids, fields: fields(over) });
  await addProductPhotos(db, { ...ids, productId: product.id, files: [{ bytes: await pngBytes() }] });
  await submitProduct(db, { ...ids, productId: product.id });
  return { owner, product, ids: { ...ids, productId: product.id } };
}

describe("review of a new product", () => {
  test("happy path: changes requested with a note, fixed, resubmitted, approved and indexed", async () => {
    const officer = await officeActor(db);
    const { owner, product, ids } = await submittedProduct();
    expect(await inSearchIndex(product.id)).toBe(false);

    await requestProductChanges(db, { actor: officer, productId: product.id, note: "Ảnh mờ, vui lòng chụp lại rõ nét." });
    const sentBack = await getBusinessProduct(db, ids);
    expect(sentBack.status).toBe("CHANGES_REQUESTED");
    expect(sentBack.reviewNote).toBe("Ảnh mờ, vui lòng chụp lại rõ nét.");
    const changeMail = await db.outboxMessage.findFirstOrThrow({ where: { topic: "email", payload: { contains: owner.user.email } } });
    expect(JSON.parse(changeMail.payload).text).toContain("Ảnh mờ, vui lòng chụp lại rõ nét.");

    await updateProduct(db, { ...ids, fields: fields({ description: "Đã chụp lại ảnh." }) });
    await submitProduct(db, ids);
    await approveProduct(db, { actor: officer, productId: product.id });

    const approved = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(approved.status).toBe("APPROVED");
    expect(approved.publishedAt).toBeInstanceOf(Date);
    expect(approved.reviewNote).toBeNull();
    expect(await db.auditLog.count({ where: { entityId: product.id, action: "product.approve", actorId: officer.userId } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: product.id, action: "product.request_changes" } })).toBe(1);
    const mails = await db.outboxMessage.findMany({ where: { topic: "email", payload: { contains: "“Bánh tráng mè đen” đã được duyệt" } } });
    expect(mails.map((m) => JSON.parse(m.payload).to).sort()).toEqual([owner.business.email, owner.user.email].sort());
    expect(await inSearchIndex(product.id)).toBe(true);
  });

  test("invalid transitions are conflicts", async () => {
    const officer = await officeActor(db);
    const owner = await createBusinessWithOwner(db);
    const draft = await createDraftProduct(db, { actor: owner.actor, businessId: owner.business.id, fields: fields() });
    expect(await codeOf(approveProduct(db, { actor: officer, productId: draft.id }))).toBe("conflict");
    expect(await codeOf(requestProductChanges(db, { actor: officer, productId: draft.id, note: "Thiếu thông tin." }))).toBe("conflict");
    expect(await codeOf(unpublishProduct(db, { actor: officer, productId: draft.id, reason: "Không phù hợp." }))).toBe("conflict");

    const { product } = await submittedProduct();
    expect(await codeOf(requestProductChanges(db, { actor: officer, productId: product.id, note: " " }))).toBe("conflict");
    await approveProduct(db, { actor: officer, productId: product.id });
    expect(await codeOf(approveProduct(db, { actor: officer, productId: product.id }))).toBe("conflict");
    expect(await codeOf(approveRevision(db, { actor: officer, productId: product.id }))).toBe("conflict");
    expect(await codeOf(approveProduct(db, { actor: officer, productId: "missing" }))).toBe("not_found");
  });

  test("a partner or a business member cannot review", async () => {
    const partner = await officeActor(db, "PARTNER");
    const { owner, product } = await submittedProduct();
    expect(await codeOf(approveProduct(db, { actor: partner, productId: product.id }))).toBe("forbidden");
    expect(await codeOf(approveProduct(db, { actor: owner.actor, productId: product.id }))).toBe("forbidden");
    expect(await codeOf(listReviewQueue(db, { actor: partner, filter: {} }))).toBe("forbidden");
    expect(await codeOf(getProductForReview(db, { actor: partner, productId: product.id }))).toBe("forbidden");
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).status).toBe("SUBMITTED");
  });

  test("a product of a business that lost its verification cannot be approved", async () => {
    const officer = await officeActor(db);
    const { owner, product } = await submittedProduct();
    await db.business.update({ where: { id: owner.business.id }, data: { status: "SUSPENDED" } });
    expect(await codeOf(approveProduct(db, { actor: officer, productId: product.id }))).toBe("conflict");
  });
});

describe("revisions", () => {
  test("the live version stays public until the revision is approved, then the fields apply at once", async () => {
    const officer = await officeActor(db);
    const { product, ids } = await submittedProduct({ name: "Kẹo gừng" });
    await approveProduct(db, { actor: officer, productId: product.id });

    await updateProduct(db, { ...ids, fields: fields({ name: "Kẹo gừng mạch nha", priceVnd: 35_000 }) });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).name).toBe("Kẹo gừng");
    const title = async () =>
      ((await db.$queryRawUnsafe("SELECT title FROM search_document WHERE id = ?", `product:${product.id}`)) as Array<{ title: string }>)[0]?.title;
    expect(await title()).toBe("Kẹo gừng");

    const review = await getProductForReview(db, { actor: officer, productId: product.id });
    expect(review.revision?.diff).toEqual([
      { field: "name", before: "Kẹo gừng", after: "Kẹo gừng mạch nha" },
      { field: "priceVnd", before: "30.000 ₫", after: "35.000 ₫" },
    ]);
    const queue = await listReviewQueue(db, { actor: officer, filter: {} });
    expect(queue.revisions.find((r) => r.product.id === product.id)?.fields).toEqual(["name", "priceVnd"]);

    // Sent back: the business sees the note; the live version is untouched.
    await requestChangesPending(db, { actor: officer, productId: product.id, note: "Giá mới cần kèm bảng giá." });
    const page = await getBusinessProduct(db, ids);
    expect(page.openRevision?.status).toBe("CHANGES_REQUESTED");
    expect(page.openRevision?.reviewNote).toBe("Giá mới cần kèm bảng giá.");
    expect(page.status).toBe("APPROVED");
    expect(await codeOf(approveRevision(db, { actor: officer, productId: product.id }))).toBe("conflict");

    // Fixed and sent again, then approved.
    await updateProduct(db, { ...ids, fields: fields({ name: "Kẹo gừng mạch nha", priceVnd: 32_000 }) });
    await approvePending(db, { actor: officer, productId: product.id });
    const live = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(live.name).toBe("Kẹo gừng mạch nha");
    expect(live.priceVnd).toBe(32_000);
    expect(live.status).toBe("APPROVED");
    expect(await title()).toBe("Kẹo gừng mạch nha");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: product.id, action: "product.revision_approve" } });
    expect(JSON.parse(audit.data!)).toMatchObject({ before: { name: "Kẹo gừng", priceVnd: 30_000 }, after: { name: "Kẹo gừng mạch nha", priceVnd: 32_000 } });
    expect(await db.productRevision.count({ where: { productId: product.id, status: "APPROVED" } })).toBe(1);
  });

  test("requestRevisionChanges without a pending revision is a conflict", async () => {
    const officer = await officeActor(db);
    const { product } = await submittedProduct();
    await approveProduct(db, { actor: officer, productId: product.id });
    expect(await codeOf(requestRevisionChanges(db, { actor: officer, productId: product.id, note: "Không rõ." }))).toBe("conflict");
  });
});

describe("unpublish and queue filters", () => {
  test("the office unpublishes with a reason: hidden from search, business told", async () => {
    const officer = await officeActor(db);
    const { owner, product } = await submittedProduct({ name: "Tương ớt" });
    await approveProduct(db, { actor: officer, productId: product.id });
    expect(await inSearchIndex(product.id)).toBe(true);
    await unpublishProduct(db, { actor: officer, productId: product.id, reason: "Nhãn ghi sai xuất xứ." });
    const hidden = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(hidden.status).toBe("UNPUBLISHED");
    expect(hidden.reviewNote).toBe("Nhãn ghi sai xuất xứ.");
    expect(await inSearchIndex(product.id)).toBe(false);
    expect(await db.outboxMessage.count({ where: { topic: "email", payload: { contains: owner.user.email } } })).toBeGreaterThanOrEqual(2);
  });

  test("filters by commune, category and age; oldest first", async () => {
    const officer = await officeActor(db);
    const inAn = await submittedProduct({ name: "Mắm cá cơm", categoryId: ref.sauce.id }, { communeCode: ref.communes.thangAn });
    const inBinh = await submittedProduct({ name: "Kẹo lạc", categoryId: ref.sweets.id }, { communeCode: ref.communes.thangBinh });
    await db.product.update({ where: { id: inBinh.product.id }, data: { submittedAt: new Date(Date.now() - 10 * 86_400_000) } });

    const all = await listReviewQueue(db, { actor: officer, filter: {} });
    const order = all.products.map((p) => p.id);
    expect(order.indexOf(inBinh.product.id)).toBeLessThan(order.indexOf(inAn.product.id));

    const byCommune = await listReviewQueue(db, { actor: officer, filter: { commune: ref.communes.thangAn } });
    expect(byCommune.products.map((p) => p.id)).toContain(inAn.product.id);
    expect(byCommune.products.map((p) => p.id)).not.toContain(inBinh.product.id);

    const byParentCategory = await listReviewQueue(db, { actor: officer, filter: { category: ref.food.id } });
    expect(byParentCategory.products.map((p) => p.id)).toEqual(expect.arrayContaining([inAn.product.id, inBinh.product.id]));
    const bySauce = await listReviewQueue(db, { actor: officer, filter: { category: ref.sauce.id } });
    expect(bySauce.products.map((p) => p.id)).not.toContain(inBinh.product.id);

    const old = await listReviewQueue(db, { actor: officer, filter: { minAgeDays: 7 } });
    expect(old.products.map((p) => p.id)).toEqual([inBinh.product.id]);
  });
});
