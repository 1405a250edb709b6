// Issue #8, finding 4: a rolled-back post leaves no bytes; removed and replaced files stop being
// served; draft photos are private until the product is published; the sweep removes orphans
// and keeps what is referenced; odd and over-long file names are kept whole-character.
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { approveProduct } from "~/modules/catalog/product-review.server";
import { addProductPhotos, createDraftProduct, removeProductPhoto, submitProduct } from "~/modules/catalog/products.server";
import { createBusinessWithOwner, officeActor, pngBytes, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { DomainError } from "~/modules/errors";
import { addSalesPointPhotos, createSalesPoint } from "~/modules/sales-points/sales-points.server";
import { salesPointFields } from "~/modules/sales-points/test-factories";
import { db, dbReady } from "~/utils/db.server";
import { findReadableFile } from "./access.server";
import { getFileStore } from "./file-store.server";
import { ORPHAN_GRACE_MS, sweepOrphanFiles } from "./lifecycle.server";
import { pixelBombPng } from "./pixel-bomb.test-helper";
import { cleanOriginalName, storeUpload, transactionWithUploads } from "./uploads.server";

let ref: Awaited<ReturnType<typeof seedPlacesAndCategories>>;
beforeAll(async () => {
  await dbReady;
  ref = await seedPlacesAndCategories(db);
});

const uploadDir = () => process.env.UPLOAD_DIR!;
const storedKeys = () =>
  readdirSync(uploadDir(), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(uploadDir(), path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();

async function draft() {
  const owner = await createBusinessWithOwner(db);
  const ids = { actor: owner.actor, businessId: owner.business.id };
  const product = await createDraftProduct(db, { ...ids, fields: { name: "Nước mắm nhĩ", categoryId: ref.sauce.id, unit: "chai", priceVnd: 90_000 } });
  return { owner, ids: { ...ids, productId: product.id } };
}

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).fieldErrors;
}

describe("rollback", () => {
  test("a post with one good and one bad photo saves nothing and leaves no bytes in the upload folder", async () => {
    const { ids } = await draft();
    const before = storedKeys();
    const files = [{ bytes: await pngBytes(), name: "tot.png" }, { bytes: Buffer.from("not an image"), name: "xau.jpg" }];
    expect((await fieldErrorsOf(addProductPhotos(db, { ...ids, files }))).photos).toEqual(["products.errors.uploadType_image"]);
    expect(await db.productPhoto.count({ where: { productId: ids.productId } })).toBe(0);
    expect(storedKeys()).toEqual(before);
  });

  test("when the transaction itself fails after the files were prepared, their bytes are removed", async () => {
    const before = storedKeys();
    const files = [{ bytes: await pngBytes("#111") }, { bytes: await pngBytes("#222") }];
    await expect(
      transactionWithUploads(db, { files, kind: "image" }, async () => {
        expect(storedKeys().length).toBe(before.length + 4); // two images, two thumbnails on disk
        throw new Error("database gone");
      }),
    ).rejects.toThrow("database gone");
    expect(storedKeys()).toEqual(before);
  });
});

describe("removed and draft files", () => {
  test("a removed photo's file id answers nothing (404) and its bytes are gone", async () => {
    const { owner, ids } = await draft();
    const [photoId] = await addProductPhotos(db, { ...ids, files: [{ bytes: await pngBytes() }] });
    const photo = await db.productPhoto.findUniqueOrThrow({ where: { id: photoId! }, include: { file: true } });
    expect(await findReadableFile(db, { actor: owner.actor, fileId: photo.fileId })).not.toBeNull();
    await removeProductPhoto(db, { ...ids, photoId: photo.id });
    expect(await findReadableFile(db, { actor: owner.actor, fileId: photo.fileId })).toBeNull();
    expect(await findReadableFile(db, { actor: await officeActor(db), fileId: photo.fileId })).toBeNull();
    expect(await getFileStore().get(photo.file.storageKey)).toBeNull();
    expect(await getFileStore().get(photo.file.thumbKey!)).toBeNull();
  });

  test("a draft's photo is private: nothing for anonymous visitors and other businesses, readable by its business and the office; public once published", async () => {
    const { owner, ids } = await draft();
    const [photoId] = await addProductPhotos(db, { ...ids, files: [{ bytes: await pngBytes() }] });
    const { fileId } = await db.productPhoto.findUniqueOrThrow({ where: { id: photoId! } });
    const officer = await officeActor(db);
    const stranger = await createBusinessWithOwner(db);
    expect(await findReadableFile(db, { actor: null, fileId })).toBeNull();
    expect(await findReadableFile(db, { actor: stranger.actor, fileId })).toBeNull();
    expect(await findReadableFile(db, { actor: owner.actor, fileId })).toMatchObject({ id: fileId, isPublic: false });
    expect(await findReadableFile(db, { actor: officer, fileId })).toMatchObject({ id: fileId, isPublic: false });
    await submitProduct(db, ids);
    expect(await findReadableFile(db, { actor: null, fileId })).toBeNull();
    await approveProduct(db, { actor: officer, productId: ids.productId });
    expect(await findReadableFile(db, { actor: null, fileId })).toMatchObject({ id: fileId, isPublic: true });
  });
});

describe("pixel bombs", () => {
  test("are refused with the 'too many pixels' message on the product photo and sales-point photo fields", async () => {
    const bomb = await pixelBombPng();
    expect(bomb.length).toBeLessThan(2_000);
    const { ids } = await draft();
    expect((await fieldErrorsOf(addProductPhotos(db, { ...ids, files: [{ bytes: bomb, name: "bom.png" }] }))).photos).toEqual([
      "products.errors.uploadTooManyPixels",
    ]);
    const owner = await createBusinessWithOwner(db);
    const scope = { actor: owner.actor, businessId: owner.business.id };
    const point = await createSalesPoint(db, { ...scope, fields: salesPointFields() });
    expect((await fieldErrorsOf(addSalesPointPhotos(db, { ...scope, salesPointId: point.id, files: [{ bytes: bomb }] }))).photos).toEqual([
      "salesPoints.errors.upload_too_many_pixels",
    ]);
  });
});

describe("sweepOrphanFiles", () => {
  test("removes bytes without a row and rows nothing references once they are an hour old; keeps referenced and young files", async () => {
    const store = getFileStore();
    const { ids } = await draft();
    const [photoId] = await addProductPhotos(db, { ...ids, files: [{ bytes: await pngBytes("#0a0") }] });
    const kept = await db.productPhoto.findUniqueOrThrow({ where: { id: photoId! }, include: { file: true } });
    const unreferenced = await storeUpload(db, { bytes: await pngBytes("#00a"), kind: "image" });
    await store.put("zz/zz/stray-bytes.webp", Buffer.from("left by a crash"), "image/webp");

    // Young files are left alone: their transaction may still be running.
    expect(await sweepOrphanFiles(db)).toEqual({ rowsDeleted: 0, bytesRemoved: 0 });
    expect(await store.get("zz/zz/stray-bytes.webp")).not.toBeNull();

    const later = new Date(Date.now() + ORPHAN_GRACE_MS + 60_000);
    const result = await sweepOrphanFiles(db, { now: later });
    expect(result.rowsDeleted).toBeGreaterThanOrEqual(1);
    expect(await db.storedFile.findUnique({ where: { id: unreferenced.id } })).toBeNull();
    expect(await store.get(unreferenced.storageKey)).toBeNull();
    expect(await store.get("zz/zz/stray-bytes.webp")).toBeNull();
    // The referenced photo survives with its bytes and thumbnail.
    expect(await db.storedFile.findUnique({ where: { id: kept.fileId } })).not.toBeNull();
    expect(await store.get(kept.file.storageKey)).not.toBeNull();
    expect(await store.get(kept.file.thumbKey!)).not.toBeNull();
  });
});

describe("cleanOriginalName", () => {
  test.each([
    ["anh_w=800.jpg", "anh_w=800.jpg"],
    ["ảnh; mặt trước.jpg", "ảnh; mặt trước.jpg"],
    ["C:\\Users\\lan\\ảnh.jpg", "ảnh.jpg"],
    ["a\u0000b\u001f.jpg", "ab.jpg"],
  ])("%j → %j", (name, expected) => {
    expect(cleanOriginalName(name)).toBe(expected);
  });

  test("a 200+ character name is cut between characters, never inside an emoji", () => {
    for (const prefix of ["", "a", "ab"]) {
      const cleaned = cleanOriginalName(`${prefix}${"🍚".repeat(250)}👨‍👩‍👧.jpg`)!;
      expect(Buffer.from(cleaned, "utf16le").toString("utf16le")).toBe(cleaned); // no lone surrogate
      expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(cleaned)).toBe(false);
      expect(Array.from(new Intl.Segmenter("vi", { granularity: "grapheme" }).segment(cleaned))).toHaveLength(200);
      expect(cleaned.endsWith("🍚")).toBe(true);
    }
    expect(cleanOriginalName(`${"x".repeat(199)}👨‍👩‍👧x`)).toBe(`${"x".repeat(199)}👨‍👩‍👧`);
    // A name that arrives with a lone surrogate is repaired rather than stored invalid.
    expect(cleanOriginalName("a\ud83cb.jpg")).toBe("ab.jpg");
  });
});
