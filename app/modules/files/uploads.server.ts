// Accepting a file from a user. The type is decided by the content (magic bytes), never by the
// name or the browser's MIME type; sizes are checked before anything is decoded; images are
// re-encoded (orientation applied, all metadata such as EXIF/GPS dropped, pixel count capped)
// and PDFs are kept byte for byte. The slow half (prepare) runs before any transaction, the fast
// half (record) inside it; bytes whose row never commits are discarded at once, and whatever a
// crash leaves behind is removed by the orphan sweep (lifecycle.server.ts, ADR 0010).
import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import type { StoredFile } from "~/generated/prisma/client";
import type { Db, Tx } from "~/utils/db.server";
import { getFileStore, type FileStore } from "./file-store.server";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_PDF_BYTES = 10 * 1024 * 1024;
/** Decompression-bomb guard: a 5 MB file can still claim 50 000 × 50 000 pixels. */
export const MAX_INPUT_PIXELS = 40_000_000;
export const MAX_IMAGE_SIDE = 1600;
export const THUMB_SIDE = 400;
const SNIFF_BYTES = 4100; // file-type's own "reasonable detection size"

export type UploadKind = "image" | "document";
/** `too_many_pixels` is its own code: a tiny pixel bomb must not be told it is "too many MB". */
export type UploadRejectedCode = "too_large" | "too_many_pixels" | "unsupported_type" | "empty" | "corrupt";

/** A refused upload; `message` is Vietnamese and meant for the person who chose the file. */
export class UploadRejected extends Error {
  constructor(
    readonly code: UploadRejectedCode,
    message: string,
  ) {
    super(message);
    this.name = "UploadRejected";
  }
}

const IMAGE_TYPES = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
} as const;
type ImageMimeType = keyof typeof IMAGE_TYPES;

export type InspectedUpload =
  | { format: "image"; mimeType: ImageMimeType; ext: "jpg" | "png" | "webp"; sizeBytes: number; width: number; height: number }
  | { format: "pdf"; mimeType: "application/pdf"; ext: "pdf"; sizeBytes: number };

const MB = 1024 * 1024;
const messages = {
  empty: "Tệp trống. Vui lòng chọn lại tệp.",
  imageTooLarge: `Ảnh quá lớn: tối đa ${MAX_IMAGE_BYTES / MB} MB.`,
  pdfTooLarge: `Tệp PDF quá lớn: tối đa ${MAX_PDF_BYTES / MB} MB.`,
  tooManyPixels: `Ảnh có kích thước quá lớn: tối đa ${MAX_INPUT_PIXELS / 1_000_000} megapixel.`,
  notImage: "Tệp không phải ảnh JPEG, PNG hay WebP. Vui lòng chọn một ảnh.",
  notDocument: "Tệp không phải PDF hay ảnh JPEG, PNG, WebP. Vui lòng chọn tệp khác.",
  corruptImage: "Ảnh bị hỏng hoặc không đọc được. Vui lòng chọn ảnh khác.",
  activePdf: "Tệp PDF chứa mã lệnh (JavaScript) hoặc lệnh tự chạy, không được chấp nhận. Vui lòng in lại ra PDF thường.",
};

export async function inspectUpload(
  bytes: Buffer,
  declared: { name?: string; kind: UploadKind },
): Promise<InspectedUpload> {
  if (bytes.length === 0) throw new UploadRejected("empty", messages.empty);
  // Size first, so nothing larger than the biggest allowance is ever parsed.
  const ceiling = declared.kind === "image" ? MAX_IMAGE_BYTES : MAX_PDF_BYTES;
  if (bytes.length > ceiling) {
    throw new UploadRejected("too_large", declared.kind === "image" ? messages.imageTooLarge : messages.pdfTooLarge);
  }

  // `declared.name` is deliberately unused here: "photo.jpg" says nothing about the content.
  // Only the head is sniffed: magic bytes live there, and file-type would otherwise walk a
  // whole crafted PNG chunk by chunk (seconds of CPU) or a whole PDF looking for Illustrator data.
  const detected = await fileTypeFromBuffer(bytes.subarray(0, SNIFF_BYTES));
  // An animated PNG is a PNG whose first frame is the still image; it is flattened like any PNG.
  const mime = detected?.mime === "image/apng" ? "image/png" : (detected?.mime as string | undefined);

  if (mime === "application/pdf" && declared.kind === "document") {
    if (pdfHasActiveContent(bytes)) throw new UploadRejected("unsupported_type", messages.activePdf);
    return { format: "pdf", mimeType: "application/pdf", ext: "pdf", sizeBytes: bytes.length };
  }
  if (mime === undefined || !isImageMimeType(mime)) {
    throw new UploadRejected("unsupported_type", declared.kind === "image" ? messages.notImage : messages.notDocument);
  }
  if (bytes.length > MAX_IMAGE_BYTES) throw new UploadRejected("too_large", messages.imageTooLarge);

  // Header only (no pixel decoding): dimensions for the pixel cap and a first sanity check.
  let width: number | undefined;
  let height: number | undefined;
  try {
    ({ width, height } = await sharp(bytes, { limitInputPixels: false }).metadata());
  } catch {
    throw new UploadRejected("corrupt", messages.corruptImage);
  }
  if (!width || !height) throw new UploadRejected("corrupt", messages.corruptImage);
  if (width * height > MAX_INPUT_PIXELS) throw new UploadRejected("too_many_pixels", messages.tooManyPixels);
  return { format: "image", mimeType: mime, ext: IMAGE_TYPES[mime], sizeBytes: bytes.length, width, height };
}

function isImageMimeType(mime: string): mime is ImageMimeType {
  return Object.hasOwn(IMAGE_TYPES, mime);
}

/**
 * A cheap scan for PDF names that run code or programs when the file is opened: /JavaScript,
 * /JS and /Launch, including hex-escaped spellings such as `/J#53`. It reads the raw bytes, so
 * names inside compressed object streams (PDF 1.5+) are not seen; it is a first filter, not a
 * sanitiser. PDFs are never rendered by the server and are served as downloads
 * (`Content-Disposition: attachment`, `X-Content-Type-Options: nosniff`, a sandboxing CSP),
 * which is what actually keeps a hostile PDF away from the site's origin.
 */
export function pdfHasActiveContent(bytes: Buffer): boolean {
  const text = bytes.toString("latin1");
  const names = text.matchAll(/\/((?:[A-Za-z0-9]|#[0-9A-Fa-f]{2})+)/g);
  for (const [, raw = ""] of names) {
    const name = raw.includes("#")
      ? raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      : raw;
    if (name === "JavaScript" || name === "JS" || name === "Launch") return true;
  }
  return false;
}

export type ProcessedImage = {
  image: { bytes: Buffer; width: number; height: number };
  thumbnail: { bytes: Buffer; width: number; height: number };
  mimeType: "image/webp";
  ext: "webp";
};

/**
 * Re-encodes an image as WebP (quality 80): orientation applied with `.rotate()`, at most
 * 1600 px on the long side, plus a 400 px thumbnail. Sharp writes no metadata unless
 * `withMetadata`/`keepExif` is called, so EXIF (GPS, camera serial) never reaches the store;
 * the tests check this.
 */
export async function processImage(bytes: Buffer): Promise<ProcessedImage> {
  try {
    // failOn "error": tolerate the harmless warnings many phone JPEGs carry, refuse real damage.
    // pages: 1: only the first frame of an animated WebP.
    const source = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", pages: 1 }).rotate();
    const [image, thumbnail] = await Promise.all([
      encodeWithin(source.clone(), MAX_IMAGE_SIDE),
      encodeWithin(source.clone(), THUMB_SIDE),
    ]);
    return { image, thumbnail, mimeType: "image/webp", ext: "webp" };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw new UploadRejected("too_many_pixels", messages.tooManyPixels);
    }
    throw new UploadRejected("corrupt", messages.corruptImage);
  }
}

async function encodeWithin(pipeline: sharp.Sharp, side: number) {
  const { data, info } = await pipeline
    .resize({ width: side, height: side, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}

export type StoreUploadInput = {
  bytes: Buffer;
  kind: UploadKind;
  name?: string | null;
  businessId?: string | null;
  uploadedById?: string | null;
  isPrivate?: boolean;
  /** Defaults to the configured store; tests may pass their own. */
  store?: FileStore;
};

/** An upload inspected, re-encoded and written to the store, not yet recorded (ADR 0009). */
export type PreparedUpload = {
  storageKey: string;
  thumbKey: string | null;
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  originalName: string | null;
  store: FileStore;
};

/**
 * The slow half of an upload, done *before* any transaction: inspect by content, re-encode
 * images (EXIF dropped), write the bytes under a generated name. Throws `UploadRejected` with a
 * Vietnamese message. If the transaction that should record it never commits, the written
 * files are orphans and `sweepOrphanFiles` removes them.
 */
export async function prepareUpload(input: Pick<StoreUploadInput, "bytes" | "kind" | "name" | "store">): Promise<PreparedUpload> {
  const store = input.store ?? getFileStore();
  const inspected = await inspectUpload(input.bytes, { name: input.name ?? undefined, kind: input.kind });

  const id = randomUUID();
  const shard = `${id.slice(0, 2)}/${id.slice(2, 4)}`;
  let prepared: { storageKey: string; bytes: Buffer; mimeType: string; width?: number; height?: number };
  let thumb: { key: string; bytes: Buffer } | undefined;
  if (inspected.format === "image") {
    const processed = await processImage(input.bytes);
    prepared = {
      storageKey: `${shard}/${id}.${processed.ext}`,
      bytes: processed.image.bytes,
      mimeType: processed.mimeType,
      width: processed.image.width,
      height: processed.image.height,
    };
    thumb = { key: `${shard}/${id}-thumb.${processed.ext}`, bytes: processed.thumbnail.bytes };
  } else {
    prepared = { storageKey: `${shard}/${id}.${inspected.ext}`, bytes: input.bytes, mimeType: inspected.mimeType };
  }

  const written: string[] = [];
  try {
    await store.put(prepared.storageKey, prepared.bytes, prepared.mimeType);
    written.push(prepared.storageKey);
    if (thumb) {
      await store.put(thumb.key, thumb.bytes, prepared.mimeType);
      written.push(thumb.key);
    }
  } catch (error) {
    await Promise.allSettled(written.map((key) => store.remove(key)));
    throw error;
  }
  return {
    storageKey: prepared.storageKey,
    thumbKey: thumb?.key ?? null,
    mimeType: prepared.mimeType,
    sizeBytes: prepared.bytes.length,
    width: prepared.width ?? null,
    height: prepared.height ?? null,
    originalName: cleanOriginalName(input.name),
    store,
  };
}

/** The fast half, inside the caller's transaction: the StoredFile row for a prepared upload. */
export function recordUpload(
  client: Db | Tx,
  prepared: PreparedUpload,
  owner: { businessId?: string | null; uploadedById?: string | null; isPrivate?: boolean },
): Promise<StoredFile> {
  return client.storedFile.create({
    data: {
      storageKey: prepared.storageKey,
      mimeType: prepared.mimeType,
      sizeBytes: prepared.sizeBytes,
      width: prepared.width,
      height: prepared.height,
      thumbKey: prepared.thumbKey,
      isPrivate: owner.isPrivate ?? false,
      originalName: prepared.originalName,
      businessId: owner.businessId ?? null,
      uploadedById: owner.uploadedById ?? null,
    },
  });
}

/** Removes a prepared upload's bytes when the caller knows its transaction failed. */
export async function discardPrepared(prepared: readonly PreparedUpload[]): Promise<void> {
  await Promise.allSettled(prepared.flatMap((p) => [p.store.remove(p.storageKey), ...(p.thumbKey ? [p.store.remove(p.thumbKey)] : [])]));
}

/** A file as a use case receives it from a route. */
export type UploadedFile = { bytes: Buffer; name?: string | null };

/**
 * The one way a use case writes rows together with uploads: every file is prepared (inspected,
 * re-encoded, written) before the transaction opens, so the transaction only records rows.
 * If any file is refused (`UploadRejected`) or the transaction fails, every file prepared for
 * it is removed again: a post with one good and one bad file leaves nothing behind.
 */
export async function transactionWithUploads<Result>(
  db: Db,
  uploads: { files: readonly UploadedFile[]; kind: UploadKind; store?: FileStore },
  work: (tx: Tx, prepared: PreparedUpload[]) => Promise<Result>,
): Promise<Result> {
  const prepared: PreparedUpload[] = [];
  try {
    for (const file of uploads.files) {
      prepared.push(await prepareUpload({ bytes: file.bytes, kind: uploads.kind, name: file.name, store: uploads.store }));
    }
    return await db.$transaction((tx) => work(tx, prepared));
  } catch (error) {
    await discardPrepared(prepared);
    throw error;
  }
}

/**
 * Prepares and records in one go, for callers outside any transaction (a lone file with no
 * other row to write). Use cases that write other rows use `transactionWithUploads`.
 */
export async function storeUpload(db: Db, input: StoreUploadInput): Promise<StoredFile> {
  const prepared = await prepareUpload(input);
  try {
    return await recordUpload(db, prepared, input);
  } catch (error) {
    await discardPrepared([prepared]);
    throw error;
  }
}

const MAX_ORIGINAL_NAME = 200;
const graphemeSegmenter = new Intl.Segmenter("vi", { granularity: "grapheme" });

/**
 * The user's file name, kept for display only: no directories, no control characters, at most
 * 200 characters as a person counts them (grapheme clusters). Cut between clusters, never
 * inside a surrogate pair or an emoji sequence, so a long name full of emoji never becomes
 * invalid UTF-16 (which fails when written to the database or sent in a header).
 */
export function cleanOriginalName(name: string | null | undefined): string | null {
  if (!name) return null;
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f]/g, "")
    // A lone surrogate (already broken by whoever sent it) is dropped rather than kept invalid.
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
    .trim()
    .normalize("NFC");
  const graphemes = Array.from(graphemeSegmenter.segment(cleaned), (part) => part.segment);
  return graphemes.slice(0, MAX_ORIGINAL_NAME).join("").trim() || null;
}
