// A business's products: drafts, edits, photos and submission for review. Every query is
// scoped by the business the actor is a member of (`where: { id, businessId }`), so another
// business's product is simply not found. Invariants: only the office publishes; an APPROVED
// product's live fields change only when the office approves its single open revision
// (see docs/decisions/0006-product-revisions.md).
import type { Product } from "~/generated/prisma/client";
import { recordAudit, recordAudits } from "~/modules/audit/audit.server";
import { Conflict, Forbidden, Invalid, NotFound } from "~/modules/errors";
import { releaseFiles, removeReleasedBytes } from "~/modules/files/lifecycle.server";
import { UploadRejected, recordUpload, transactionWithUploads, type UploadedFile } from "~/modules/files/uploads.server";
import { hasBusinessPermission, type Actor } from "~/modules/identity/permissions";
import { syncSearch } from "~/modules/search/sync.server";
import { uniqueSlug, uniqueSlugs } from "~/modules/slugs.server";
import type { Db, Tx } from "~/utils/db.server";
import { cleanText } from "~/utils/text";
import { MAX_PHOTOS, PRODUCT_FIELD_NAMES, type ProductFieldName, type ProductFields } from "./product.schema";
import { inTransaction } from "~/modules/transactions.server";

type Client = Db | Tx;

/** The values a product row stores for the editable fields (null = empty). */
export type ProductFieldValues = {
  name: string;
  categoryId: string | null;
  description: string | null;
  unit: string | null;
  priceVnd: number | null;
  originCommuneCode: string | null;
  ingredients: string | null;
};
/** What a revision proposes: only the fields that differ from the live product. */
export type RevisionChanges = Partial<ProductFieldValues>;

export const OPEN_REVISION_STATUSES = ["PENDING", "CHANGES_REQUESTED"] as const;
/** States in which the business edits the product row itself. */
const DIRECTLY_EDITABLE = new Set(["DRAFT", "CHANGES_REQUESTED", "UNPUBLISHED"]);
const SUBMITTABLE = new Set(["DRAFT", "CHANGES_REQUESTED", "UNPUBLISHED"]);

/** Keeps paragraphs but trims each line and normalises to NFC. */
function cleanMultiline(input: string): string {
  return input
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function emptyToNull(value: string | null | undefined, clean: (s: string) => string): string | null {
  if (value === undefined || value === null) return null;
  const cleaned = clean(value);
  return cleaned === "" ? null : cleaned;
}

export function normaliseProductFields(fields: ProductFields): ProductFieldValues {
  return {
    name: cleanText(fields.name),
    categoryId: fields.categoryId.trim(),
    description: emptyToNull(fields.description, cleanMultiline),
    unit: emptyToNull(fields.unit, cleanText),
    priceVnd: fields.priceVnd ?? null,
    originCommuneCode: emptyToNull(fields.originCommuneCode, (s) => s.trim()),
    ingredients: emptyToNull(fields.ingredients, cleanMultiline),
  };
}

/** Category and origin commune must exist; reported next to their fields. */
async function assertReferencesExist(client: Client, values: ProductFieldValues): Promise<void> {
  const fieldErrors: Record<string, string[]> = {};
  if (!values.categoryId || !(await client.category.findUnique({ where: { id: values.categoryId }, select: { id: true } }))) {
    fieldErrors.categoryId = ["products.errors.categoryRequired"];
  }
  if (
    values.originCommuneCode &&
    !(await client.commune.findUnique({ where: { code: values.originCommuneCode }, select: { code: true } }))
  ) {
    fieldErrors.originCommuneCode = ["products.errors.communeUnknown"];
  }
  if (Object.keys(fieldErrors).length) throw new Invalid("errors.fixBelow", fieldErrors);
}

/**
 * The business the actor manages products for. Drafts are allowed before verification;
 * a suspended or rejected business may not change its catalogue.
 */
export async function businessForProductWrite(client: Client, actor: Actor, businessId: string) {
  if (!hasBusinessPermission(actor, businessId, "business:products:manage")) throw new Forbidden();
  const business = await client.business.findUnique({ where: { id: businessId }, select: { id: true, status: true, name: true } });
  if (!business) throw new NotFound();
  if (business.status === "SUSPENDED" || business.status === "REJECTED") throw new Conflict("products.errors.businessBlocked");
  return business;
}

/** The product if it belongs to the business; NotFound otherwise (never "forbidden": no hint that it exists). */
export async function findOwnProduct(client: Client, businessId: string, productId: string) {
  const product = await client.product.findFirst({ where: { id: productId, businessId } });
  if (!product) throw new NotFound();
  return product;
}

async function createDraftProductInTx(
  tx: Tx,
  { actor, businessId, fields }: { actor: Actor; businessId: string; fields: ProductFields },
): Promise<Product> {
  await businessForProductWrite(tx, actor, businessId);
  const values = normaliseProductFields(fields);
  await assertReferencesExist(tx, values);
  const slug = await uniqueSlug(values.name, async (candidate) =>
    Boolean(await tx.product.findUnique({ where: { slug: candidate }, select: { id: true } })),
  );
  const product = await tx.product.create({ data: { ...values, slug, businessId, status: "DRAFT" } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "product.create",
    entityType: "Product",
    entityId: product.id,
    data: { businessId, name: product.name },
  });
  return product;
}

/**
 * Many drafts in a handful of statements (the CSV import): the fields must already be
 * normalised and their category and commune checked. One slug lookup, one insert, one audit
 * insert, so a 500-row import holds its transaction for milliseconds.
 */
export async function createDraftProductsInTx(
  tx: Tx,
  { actor, businessId, drafts }: { actor: Actor; businessId: string; drafts: readonly ProductFieldValues[] },
): Promise<Array<{ id: string; name: string }>> {
  await businessForProductWrite(tx, actor, businessId);
  if (drafts.length === 0) return [];
  const slugs = await uniqueSlugs(
    drafts.map((d) => d.name),
    // A range on the unique slug index (LIKE 'root%' would scan the table).
    async (roots) =>
      (await tx.product.findMany({ where: { OR: roots.map((root) => ({ slug: { gte: root, lt: `${root}\uffff` } })) }, select: { slug: true } })).map(
        (p) => p.slug,
      ),
  );
  const created = await tx.product.createManyAndReturn({
    data: drafts.map((values, index) => ({ ...values, slug: slugs[index]!, businessId, status: "DRAFT" as const })),
    select: { id: true, name: true },
  });
  await recordAudits(
    tx,
    created.map((product) => ({ actorId: actor.userId, action: "product.create", entityType: "Product", entityId: product.id, data: { businessId, name: product.name } })),
  );
  return created;
}

export async function listBusinessProducts(client: Client, { actor, businessId }: { actor: Actor; businessId: string }) {
  if (!hasBusinessPermission(actor, businessId, "business:products:manage")) throw new Forbidden();
  return client.product.findMany({
    where: { businessId },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      updatedAt: true,
      priceVnd: true,
      unit: true,
      category: { select: { nameVi: true, nameEn: true } },
      revisions: { where: { status: { in: [...OPEN_REVISION_STATUSES] } }, select: { status: true }, take: 1 },
      photos: { orderBy: { position: "asc" }, take: 1, select: { fileId: true, alt: true } },
    },
  });
}

/** Everything the business's edit page shows. */
export async function getBusinessProduct(
  client: Client,
  { actor, businessId, productId }: { actor: Actor; businessId: string; productId: string },
) {
  if (!hasBusinessPermission(actor, businessId, "business:products:manage")) throw new Forbidden();
  const product = await client.product.findFirst({
    where: { id: productId, businessId },
    include: {
      business: { select: { id: true, name: true, status: true } },
      category: { select: { id: true, nameVi: true, nameEn: true } },
      originCommune: { select: { code: true, name: true } },
      photos: { orderBy: { position: "asc" }, include: { file: { select: { id: true, width: true, height: true } } } },
      certificates: {
        orderBy: { createdAt: "asc" },
        include: { documentFile: { select: { id: true, originalName: true, mimeType: true } } },
      },
      revisions: { where: { status: { in: [...OPEN_REVISION_STATUSES] } }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  if (!product) throw new NotFound();
  const { revisions, ...rest } = product;
  const openRevision = revisions[0] ? { ...revisions[0], changes: parseRevisionChanges(revisions[0].changes) } : null;
  return { ...rest, openRevision, proposed: { ...liveFieldValues(product), ...(openRevision?.changes ?? {}) } };
}

export function liveFieldValues(product: ProductFieldValues): ProductFieldValues {
  return {
    name: product.name,
    categoryId: product.categoryId,
    description: product.description,
    unit: product.unit,
    priceVnd: product.priceVnd,
    originCommuneCode: product.originCommuneCode,
    ingredients: product.ingredients,
  };
}

export function parseRevisionChanges(json: string): RevisionChanges {
  const raw = JSON.parse(json) as Record<string, unknown>;
  const changes: RevisionChanges = {};
  for (const field of PRODUCT_FIELD_NAMES) {
    if (Object.hasOwn(raw, field)) (changes as Record<string, unknown>)[field] = raw[field] ?? null;
  }
  return changes;
}

function changedFields(live: ProductFieldValues, next: ProductFieldValues): RevisionChanges {
  const changes: RevisionChanges = {};
  for (const field of PRODUCT_FIELD_NAMES) {
    if (live[field] !== next[field]) (changes as Record<ProductFieldName, unknown>)[field] = next[field];
  }
  return changes;
}

export type UpdateOutcome = { kind: "updated" } | { kind: "revision"; revisionId: string } | { kind: "unchanged" };

/**
 * Saves the business's edit. Unpublished work (draft, changes requested, unpublished) is
 * edited in place; a published product gets its one open revision created or replaced, and
 * the live fields stay as they are until the office approves it. A submitted product is
 * frozen while the office reviews it.
 */
async function updateProductInTx(
  tx: Tx,
  { actor, businessId, productId, fields }: { actor: Actor; businessId: string; productId: string; fields: ProductFields },
): Promise<UpdateOutcome> {
  await businessForProductWrite(tx, actor, businessId);
  const product = await findOwnProduct(tx, businessId, productId);
  const next = normaliseProductFields(fields);
  await assertReferencesExist(tx, next);
  const changes = changedFields(liveFieldValues(product), next);

  if (DIRECTLY_EDITABLE.has(product.status)) {
    if (Object.keys(changes).length === 0) return { kind: "unchanged" };
    await tx.product.update({ where: { id: product.id }, data: changes });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "product.update",
      entityType: "Product",
      entityId: product.id,
      data: { fields: Object.keys(changes) },
    });
    return { kind: "updated" };
  }
  if (product.status === "SUBMITTED") throw new Conflict("products.errors.underReview");

  // APPROVED: the edit becomes (or replaces) the single open revision.
  const open = await tx.productRevision.findFirst({
    where: { productId: product.id, status: { in: [...OPEN_REVISION_STATUSES] } },
    orderBy: { createdAt: "desc" },
  });
  if (Object.keys(changes).length === 0) {
    if (open) {
      await tx.productRevision.update({ where: { id: open.id }, data: { status: "WITHDRAWN" } });
      await recordAudit(tx, { actorId: actor.userId, action: "product.revision_withdraw", entityType: "Product", entityId: product.id, data: { revisionId: open.id } });
    }
    return { kind: "unchanged" };
  }
  const revision = open
    ? await tx.productRevision.update({
        where: { id: open.id },
        // A resubmission after "changes requested" goes back to the queue, dated now.
        data: { changes: JSON.stringify(changes), status: "PENDING", createdAt: new Date(), reviewedAt: null, reviewedById: null },
      })
    : await tx.productRevision.create({ data: { productId: product.id, changes: JSON.stringify(changes) } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: open ? "product.revision_update" : "product.revision_submit",
    entityType: "Product",
    entityId: product.id,
    data: { revisionId: revision.id, fields: Object.keys(changes) },
  });
  return { kind: "revision", revisionId: revision.id };
}

/** The business takes back its open revision; the live product is untouched. */
async function withdrawRevisionInTx(tx: Tx, { actor, businessId, productId }: { actor: Actor; businessId: string; productId: string }) {
  await businessForProductWrite(tx, actor, businessId);
  const product = await findOwnProduct(tx, businessId, productId);
  const open = await tx.productRevision.findFirst({ where: { productId: product.id, status: { in: [...OPEN_REVISION_STATUSES] } } });
  if (!open) throw new Conflict("products.errors.noOpenRevision");
  await tx.productRevision.update({ where: { id: open.id }, data: { status: "WITHDRAWN" } });
  await recordAudit(tx, { actorId: actor.userId, action: "product.revision_withdraw", entityType: "Product", entityId: product.id, data: { revisionId: open.id } });
}

/**
 * DRAFT, CHANGES_REQUESTED or UNPUBLISHED → SUBMITTED. Needs a VERIFIED business, a category
 * and at least one photo: the public product page is built around its first photo.
 */
async function submitProductInTx(tx: Tx, { actor, businessId, productId }: { actor: Actor; businessId: string; productId: string }) {
  const business = await businessForProductWrite(tx, actor, businessId);
  const product = await findOwnProduct(tx, businessId, productId);
  if (!SUBMITTABLE.has(product.status)) throw new Conflict("products.errors.cannotSubmit");
  if (business.status !== "VERIFIED") throw new Conflict("products.errors.businessNotVerified");
  const problems: Record<string, string[]> = {};
  if (!product.categoryId) problems.categoryId = ["products.errors.categoryRequired"];
  if ((await tx.productPhoto.count({ where: { productId: product.id } })) === 0) problems.photos = ["products.errors.photoNeeded"];
  if (Object.keys(problems).length) throw new Conflict("products.errors.notReady", problems);
  const updated = await tx.product.update({ where: { id: product.id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: product.status === "DRAFT" ? "product.submit" : "product.resubmit",
    entityType: "Product",
    entityId: product.id,
    data: { from: product.status },
  });
  return updated;
}

/**
 * APPROVED → UNPUBLISHED by the business itself. An open revision is folded into the (now
 * hidden) product so no edit is lost; the product needs a full review to come back.
 */
async function unpublishOwnProductInTx(tx: Tx, { actor, businessId, productId }: { actor: Actor; businessId: string; productId: string }) {
  await businessForProductWrite(tx, actor, businessId);
  const product = await findOwnProduct(tx, businessId, productId);
  if (product.status !== "APPROVED") throw new Conflict("products.errors.notPublished");
  await hideProduct(tx, product.id);
  await recordAudit(tx, { actorId: actor.userId, action: "product.unpublish_by_business", entityType: "Product", entityId: product.id });
  await syncSearch(tx, { productIds: [product.id] });
}

/** Sets UNPUBLISHED and folds any open revision into the row. Shared with the office's unpublish. */
export async function hideProduct(tx: Tx, productId: string, statusReason?: string) {
  const open = await tx.productRevision.findFirst({ where: { productId, status: { in: [...OPEN_REVISION_STATUSES] } } });
  const changes = open ? parseRevisionChanges(open.changes) : {};
  if (open) await tx.productRevision.update({ where: { id: open.id }, data: { status: "WITHDRAWN" } });
  return tx.product.update({
    where: { id: productId },
    data: { ...changes, status: "UNPUBLISHED", ...(statusReason !== undefined ? { reviewNote: statusReason } : {}) },
  });
}

// ───────────── photos ─────────────

export type { UploadedFile };

const uploadErrorKey: Record<UploadRejected["code"], string> = {
  too_large: "products.errors.uploadTooLarge",
  too_many_pixels: "products.errors.uploadTooManyPixels",
  unsupported_type: "products.errors.uploadType",
  empty: "products.errors.uploadEmpty",
  corrupt: "products.errors.uploadCorrupt",
};

/** Turns a refused upload into a field error in the user's language. */
export function uploadInvalid(error: UploadRejected, field: string, kind: "image" | "document"): Invalid {
  const key = error.code === "too_large" || error.code === "unsupported_type" ? `${uploadErrorKey[error.code]}_${kind}` : uploadErrorKey[error.code];
  return new Invalid("errors.fixBelow", { [field]: [key] });
}

/**
 * Adds photos at the end. Photos are re-encoded WebP without metadata, prepared before the
 * transaction (ADR 0010); they are public once the product is published (see files/access).
 * They take effect at once, also on a published product (recorded in the audit log and shown
 * to the office in its queue); see ADR 0006.
 */
export async function addProductPhotos(
  db: Db,
  { actor, businessId, productId, files }: { actor: Actor; businessId: string; productId: string; files: UploadedFile[] },
) {
  // Checked before any file is decoded (nobody else makes the server re-encode images), and
  // again inside the transaction, where it counts.
  await businessForProductWrite(db, actor, businessId);
  await findOwnProduct(db, businessId, productId);
  try {
    return await transactionWithUploads(db, { files, kind: "image" }, async (tx, prepared) => {
      await businessForProductWrite(tx, actor, businessId);
      const product = await findOwnProduct(tx, businessId, productId);
      if (product.status === "SUBMITTED") throw new Conflict("products.errors.underReview");
      const existing = await tx.productPhoto.findMany({ where: { productId }, orderBy: { position: "desc" }, select: { position: true } });
      if (existing.length + prepared.length > MAX_PHOTOS) throw new Invalid("errors.fixBelow", { photos: ["products.errors.tooManyPhotos"] });
      let position = (existing[0]?.position ?? -1) + 1;
      const photoIds: string[] = [];
      for (const upload of prepared) {
        const stored = await recordUpload(tx, upload, { businessId, uploadedById: actor.userId, isPrivate: false });
        const photo = await tx.productPhoto.create({ data: { productId, fileId: stored.id, position: position++, alt: product.name } });
        photoIds.push(photo.id);
      }
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "product.photo_add",
        entityType: "Product",
        entityId: productId,
        data: { photoIds, whilePublished: product.status === "APPROVED" },
      });
      if (product.status === "APPROVED") await syncSearch(tx, { productIds: [productId] });
      return photoIds;
    });
  } catch (error) {
    if (error instanceof UploadRejected) throw uploadInvalid(error, "photos", "image");
    throw error;
  }
}

async function removeProductPhotoInTx(
  tx: Tx,
  { actor, businessId, productId, photoId }: { actor: Actor; businessId: string; productId: string; photoId: string },
) {
  await businessForProductWrite(tx, actor, businessId);
  const product = await findOwnProduct(tx, businessId, productId);
  if (product.status === "SUBMITTED") throw new Conflict("products.errors.underReview");
  const photo = await tx.productPhoto.findFirst({ where: { id: photoId, productId } });
  if (!photo) throw new NotFound();
  // A published product keeps at least one photo, as required at submission.
  if (product.status === "APPROVED" && (await tx.productPhoto.count({ where: { productId } })) <= 1) {
    throw new Conflict("products.errors.lastPhoto");
  }
  await tx.productPhoto.delete({ where: { id: photo.id } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "product.photo_remove",
    entityType: "Product",
    entityId: productId,
    data: { photoId, fileId: photo.fileId, whilePublished: product.status === "APPROVED" },
  });
  if (product.status === "APPROVED") await syncSearch(tx, { productIds: [productId] });
  // A removed photo stops being served from the commit on (its row goes with it).
  return releaseFiles(tx, [photo.fileId]);
}

/** Swaps a photo with its neighbour; positions are renumbered 0..n-1 on the way. */
async function moveProductPhotoInTx(
  tx: Tx,
  { actor, businessId, productId, photoId, direction }: { actor: Actor; businessId: string; productId: string; photoId: string; direction: "up" | "down" },
) {
  await businessForProductWrite(tx, actor, businessId);
  const product = await findOwnProduct(tx, businessId, productId);
  if (product.status === "SUBMITTED") throw new Conflict("products.errors.underReview");
  const photos = await tx.productPhoto.findMany({ where: { productId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  const index = photos.findIndex((p) => p.id === photoId);
  if (index === -1) throw new NotFound();
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= photos.length) return;
  const order = [...photos];
  [order[index], order[target]] = [order[target]!, order[index]!];
  for (const [position, photo] of order.entries()) {
    if (photo.position !== position) await tx.productPhoto.update({ where: { id: photo.id }, data: { position } });
  }
  await recordAudit(tx, { actorId: actor.userId, action: "product.photo_reorder", entityType: "Product", entityId: productId, data: { photoId, direction } });
  if (product.status === "APPROVED") await syncSearch(tx, { productIds: [productId] });
}

/** Categories as a flat, indented list for a select: parents followed by their children. */
export async function listCategoryOptions(client: Client) {
  const rows = await client.category.findMany({ orderBy: [{ position: "asc" }, { nameVi: "asc" }], select: { id: true, nameVi: true, nameEn: true, parentId: true } });
  const options: Array<{ id: string; nameVi: string; nameEn: string; depth: number }> = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const row of rows.filter((r) => r.parentId === parentId)) {
      options.push({ id: row.id, nameVi: row.nameVi, nameEn: row.nameEn, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return options;
}

/** Communes of the business's province (a product's origin is usually close to home). */
export async function listOriginCommuneOptions(client: Client, { businessId }: { businessId: string }) {
  const business = await client.business.findUnique({ where: { id: businessId }, select: { provinceCode: true } });
  return client.commune.findMany({
    where: business?.provinceCode ? { provinceCode: business.provinceCode } : {},
    orderBy: { name: "asc" },
    select: { code: true, name: true },
    take: business?.provinceCode ? undefined : 0,
  });
}

// ───────────── use cases: each opens its own short transaction (ADR 0010) ─────────────

export const createDraftProduct = inTransaction(createDraftProductInTx);
export const updateProduct = inTransaction(updateProductInTx);
export const withdrawRevision = inTransaction(withdrawRevisionInTx);
export const submitProduct = inTransaction(submitProductInTx);
export const unpublishOwnProduct = inTransaction(unpublishOwnProductInTx);
export async function removeProductPhoto(db: Db, input: Parameters<typeof removeProductPhotoInTx>[1]): Promise<void> {
  await removeReleasedBytes(await db.$transaction((tx) => removeProductPhotoInTx(tx, input)));
}
export const moveProductPhoto = inTransaction(moveProductPhotoInTx);
