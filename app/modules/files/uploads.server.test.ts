import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, test } from "vitest";
import { db, dbReady } from "~/utils/db.server";
import { canReadFile, type FileReader } from "./access.server";
import { LocalFileStore, getFileStore } from "./file-store.server";
import { inspectUpload, processImage, storeUpload, UploadRejected, type UploadRejectedCode } from "./uploads.server";

// tests/setup/db-setup.ts gives each test file its own empty upload folder.
const uploadDir = process.env.UPLOAD_DIR!;

beforeAll(() => dbReady);

async function rejection(promise: Promise<unknown>): Promise<UploadRejected> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UploadRejected) return error;
    throw error;
  }
  throw new Error("expected the upload to be rejected");
}

async function expectRejected(promise: Promise<unknown>, code: UploadRejectedCode): Promise<UploadRejected> {
  const error = await rejection(promise);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i); // Vietnamese
  return error;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/**
 * The tags of the GPS IFD in an EXIF block (as returned by sharp's `metadata().exif`), or null
 * when IFD0 has no GPSInfo pointer. Just enough TIFF parsing to prove GPS data is present.
 */
function gpsTags(exif: Buffer | undefined): number[] | null {
  if (!exif) return null;
  const tiff = exif.subarray(exif.indexOf("Exif\0\0", 0, "latin1") + 6);
  const little = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const entries = (ifd: number) =>
    Array.from({ length: u16(ifd) }, (_, i) => ({ tag: u16(ifd + 2 + i * 12), value: u32(ifd + 2 + i * 12 + 8) }));
  const gpsPointer = entries(u32(4)).find((entry) => entry.tag === 0x8825);
  return gpsPointer ? entries(gpsPointer.value).map((entry) => entry.tag) : null;
}

const GPS_LATITUDE = 0x0002;
const GPS_LONGITUDE = 0x0004;

function pdf(body: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R ${body} >>\nendobj\n` +
      "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
    "latin1",
  );
}

describe("inspectUpload", () => {
  test.each([
    ["an ELF executable", Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0)])],
    ["a Windows executable", Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(120, 0)])],
    ["a text file", Buffer.from("just some text pretending to be a photo")],
  ])("refuses %s named photo.jpg as unsupported_type", async (_, bytes) => {
    const error = await expectRejected(inspectUpload(bytes, { name: "photo.jpg", kind: "image" }), "unsupported_type");
    expect(error.message).toBe("Tệp không phải ảnh JPEG, PNG hay WebP. Vui lòng chọn một ảnh.");
    await expectRejected(inspectUpload(bytes, { name: "giay-chung-nhan.pdf", kind: "document" }), "unsupported_type");
  });

  test("refuses an image over 5 MB as too_large before decoding it", async () => {
    // A PNG signature followed by 6 MB of zeros: were it decoded, it would be "corrupt".
    const bytes = Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), Buffer.alloc(6 * 1024 * 1024)]);
    const error = await expectRejected(inspectUpload(bytes, { name: "big.png", kind: "image" }), "too_large");
    expect(error.message).toBe("Ảnh quá lớn: tối đa 5 MB.");
    // The 10 MB document allowance does not stretch the 5 MB image limit.
    await expectRejected(inspectUpload(bytes, { name: "big.png", kind: "document" }), "too_large");
  });

  test("refuses an empty file", async () => {
    await expectRejected(inspectUpload(Buffer.alloc(0), { kind: "image" }), "empty");
  });

  test("refuses JPEG magic bytes followed by garbage as corrupt", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("garbage ".repeat(200))]);
    await expectRejected(inspectUpload(bytes, { name: "anh.jpg", kind: "image" }), "corrupt");
    await expectRejected(storeUpload(db, { bytes, kind: "image", name: "anh.jpg" }), "corrupt");
  });

  test("refuses a truncated JPEG as corrupt when it is decoded", async () => {
    const whole = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#2a6" } }).jpeg().toBuffer();
    await expectRejected(processImage(whole.subarray(0, Math.floor(whole.length / 3))), "corrupt");
  });

  test("refuses a decompression bomb by its declared pixel count", async () => {
    // 8000 × 8000 = 64 megapixels of one colour compresses to a few kilobytes.
    const bomb = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: "#fff" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    // Its own code, so the person is told "too many pixels", not "too many MB" (issue #8, finding 4).
    const inspected = await expectRejected(inspectUpload(bomb, { kind: "image" }), "too_many_pixels");
    expect(inspected.message).toMatch(/megapixel/);
    await expectRejected(processImage(bomb), "too_many_pixels");
  });

  test("accepts a PDF as a document but not as an image", async () => {
    const bytes = pdf("");
    expect(await inspectUpload(bytes, { name: "ocop.pdf", kind: "document" })).toMatchObject({
      format: "pdf",
      mimeType: "application/pdf",
    });
    await expectRejected(inspectUpload(bytes, { name: "ocop.pdf", kind: "image" }), "unsupported_type");
  });

  test.each([
    ["/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"],
    ["/AA << /O << /S /JavaScript /JS 3 0 R >> >>"],
    ["/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>"],
    ["/OpenAction << /S /Launch /F (cmd.exe) >>"],
  ])("refuses a PDF with active content: %s", async (action) => {
    await expectRejected(inspectUpload(pdf(action), { name: "ocop.pdf", kind: "document" }), "unsupported_type");
  });

  test("does not mistake ordinary names such as /JSON-like text for scripts", async () => {
    const bytes = pdf("/Metadata 3 0 R /Lang (vi-VN) /JSONData (x) /Jscript (y)");
    await expect(inspectUpload(bytes, { kind: "document" })).resolves.toMatchObject({ format: "pdf" });
  });
});

describe("storeUpload", () => {
  test("strips GPS EXIF from a JPEG", async () => {
    const input = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#c33" } })
      .jpeg()
      .withExif({
        IFD0: { Make: "Hàng Việt test camera", Model: "X1" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 1/1 30/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 51/1 0/1" },
      })
      .toBuffer();
    const tags = gpsTags((await sharp(input).metadata()).exif);
    expect(tags).toEqual(expect.arrayContaining([GPS_LATITUDE, GPS_LONGITUDE])); // the fixture really has GPS

    const file = await storeUpload(db, { bytes: input, kind: "image", name: "IMG_0001.jpg" });
    const store = getFileStore();
    for (const key of [file.storageKey, file.thumbKey!]) {
      const stored = await store.get(key);
      expect(stored).not.toBeNull();
      const metadata = await sharp(stored!).metadata();
      expect(metadata.format).toBe("webp");
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(stored!.includes("test camera")).toBe(false);
    }
    expect([file.width, file.height]).toEqual([1600, 800]); // long side capped at 1600 px
  });

  test("applies the EXIF orientation before dropping it", async () => {
    // Stored landscape 200 × 100 with orientation 6 (rotate 90° clockwise to view): shown portrait.
    const input = await sharp({ create: { width: 200, height: 100, channels: 3, background: "#36c" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const { image } = await processImage(input);
    expect([image.width, image.height]).toEqual([100, 200]);
    expect((await sharp(image.bytes).metadata()).orientation).toBeUndefined();
  });

  test("accepts a PNG, re-encodes it, makes a thumbnail and records a generated key", async () => {
    const png = await sharp({ create: { width: 1000, height: 800, channels: 4, background: "#fc0a" } }).png().toBuffer();
    const file = await storeUpload(db, { bytes: png, kind: "image", name: "Nước mắm Phú Quốc.png", isPrivate: false });

    expect(file.mimeType).toBe("image/webp");
    expect(file.originalName).toBe("Nước mắm Phú Quốc.png");
    expect(file.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}\.webp$/);
    expect(file.storageKey.slice(0, 5)).toBe(path.basename(file.storageKey).slice(0, 2) + "/" + path.basename(file.storageKey).slice(2, 4));
    expect(file.storageKey).not.toMatch(/mắm|mam|png/i);
    expect([file.width, file.height]).toEqual([1000, 800]); // never enlarged

    const stored = await getFileStore().get(file.storageKey);
    expect(file.sizeBytes).toBe(stored!.length);
    expect((await sharp(stored!).metadata()).format).toBe("webp");

    expect(file.thumbKey).toBeTruthy();
    expect(file.thumbKey).not.toBe(file.storageKey);
    const thumb = await sharp((await getFileStore().get(file.thumbKey!))!).metadata();
    expect([thumb.width, thumb.height]).toEqual([400, 320]);

    const row = await db.storedFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(row.storageKey).toBe(file.storageKey);
    expect(allFiles(uploadDir)).toEqual(expect.arrayContaining([file.storageKey, file.thumbKey!]));
  });

  test("stores a PDF byte for byte and refuses one with JavaScript", async () => {
    const bytes = pdf("");
    const file = await storeUpload(db, { bytes, kind: "document", name: "chung-nhan-ocop.pdf", isPrivate: true });
    expect(file).toMatchObject({ mimeType: "application/pdf", isPrivate: true, thumbKey: null, width: null });
    expect(file.storageKey).toMatch(/\.pdf$/);
    expect(await getFileStore().get(file.storageKey)).toEqual(bytes);

    await expectRejected(
      storeUpload(db, { bytes: pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), kind: "document" }),
      "unsupported_type",
    );
  });

  test("leaves no files behind when the database write fails", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hang-viet-rollback-"));
    try {
      const local = new LocalFileStore(dir);
      const putKeys: string[] = [];
      const store = {
        put: (key: string, bytes: Buffer, type: string) => (putKeys.push(key), local.put(key, bytes, type)),
        get: (key: string) => local.get(key),
        remove: (key: string) => local.remove(key),
        list: () => local.list(),
      };
      const png = await sharp({ create: { width: 50, height: 50, channels: 3, background: "#000" } }).png().toBuffer();
      const before = await db.storedFile.count();
      // A user that does not exist breaks the foreign key.
      await expect(
        storeUpload(db, { bytes: png, kind: "image", uploadedById: "no-such-user", store }),
      ).rejects.toThrow(/foreign key/i);
      expect(putKeys).toHaveLength(2); // image and thumbnail were written, then removed
      expect(allFiles(dir)).toEqual([]);
      expect(await db.storedFile.count()).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("canReadFile", () => {
  const owner: FileReader = { role: "BUSINESS", businessIds: ["biz-1"] };
  const otherBusiness: FileReader = { role: "BUSINESS", businessIds: ["biz-2"] };
  const officer: FileReader = { role: "OFFICER", businessIds: [] };
  const admin: FileReader = { role: "ADMIN", businessIds: [] };
  const partner: FileReader = { role: "PARTNER", businessIds: [] };
  const partnerClaimingMembership: FileReader = { role: "PARTNER", businessIds: ["biz-1"] };
  const publicFile = { isPrivate: false, businessId: "biz-1" };
  const privateFile = { isPrivate: true, businessId: "biz-1" };
  const privateOrphan = { isPrivate: true, businessId: null };

  test.each([
    ["public", publicFile, null, true],
    ["public", publicFile, otherBusiness, true],
    ["public", publicFile, partner, true],
    ["private", privateFile, null, false],
    ["private", privateFile, owner, true],
    ["private", privateFile, otherBusiness, false],
    ["private", privateFile, officer, true],
    ["private", privateFile, admin, true],
    ["private", privateFile, partner, false],
    ["private", privateFile, partnerClaimingMembership, false],
    ["private, no business", privateOrphan, owner, false],
    ["private, no business", privateOrphan, officer, true],
    ["private, no business", privateOrphan, null, false],
  ] as const)("%s file %j, reader %j → %s", (_, file, actor, expected) => {
    expect(canReadFile(file, actor)).toBe(expected);
  });
});
