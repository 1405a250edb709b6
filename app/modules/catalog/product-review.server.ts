// The office's side of the product workflow: the review queue, approving or sending back new
// products and revisions of published ones, and unpublishing. Every decision is one
// transaction: status change + audit entry + e-mail to the business (outbox) + search sync.
import type { Prisma } from "~/generated/prisma/client";
import { recordAudit } from "~/modules/audit/audit.server";
import { Conflict, Forbidden, NotFound } from "~/modules/errors";
import { hasPermission, type Actor } from "~/modules/identity/permissions";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { syncSearch } from "~/modules/search/sync.server";
import { remixI18n } from "~/i18next.server";
import type { Db, Tx } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { formatVnd } from "~/utils/money";
import { cleanText } from "~/utils/text";
import type { ProductFieldName, ReviewQueueFilter } from "./product.schema";
import { inTransaction } from "~/modules/transactions.server";
import {
  OPEN_REVISION_STATUSES,
  hideProduct,
  liveFieldValues,
  parseRevisionChanges,
  type ProductFieldValues,
  type RevisionChanges,
} from "./products.server";

type Client = Db | Tx;
const DAY_MS = 86_400_000;
/** Changes to photos and certificates of published products shown in the queue for this long. */
export const RECENT_CHANGE_DAYS = 14;

function assertReviewer(actor: Actor) {
  if (!hasPermission(actor, "office:products:review")) throw new Forbidden();
}

function cleanNote(note: string): string {
  const cleaned = note.normalize("NFC").replace(/\r\n?/g, "\n").trim();
  if (cleanText(cleaned).length < 5) throw new Conflict("errors.fixBelow", { note: ["products.errors.noteRequired"] });
  return cleaned;
}

// ───────────── queue ─────────────

export async function listReviewQueue(client: Client, { actor, filter, now = new Date() }: { actor: Actor; filter: ReviewQueueFilter; now?: Date }) {
  assertReviewer(actor);
  const businessWhere: Prisma.BusinessWhereInput = filter.commune ? { communeCode: filter.commune } : {};
  const categoryWhere: Prisma.ProductWhereInput = filter.category
    ? { OR: [{ categoryId: filter.category }, { category: { parentId: filter.category } }] }
    : {};
  const before = filter.minAgeDays ? new Date(now.getTime() - filter.minAgeDays * DAY_MS) : undefined;

  const [products, revisions, recentChanges] = await Promise.all([
    client.product.findMany({
      where: { status: "SUBMITTED", business: businessWhere, ...categoryWhere, ...(before ? { submittedAt: { lte: before } } : {}) },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: 200,
      select: {
        id: true,
        name: true,
        submittedAt: true,
        reviewNote: true,
        category: { select: { nameVi: true, nameEn: true } },
        business: { select: { name: true, commune: { select: { name: true } } } },
      },
    }),
    client.productRevision.findMany({
      where: {
        status: "PENDING",
        product: { business: businessWhere, ...categoryWhere },
        ...(before ? { createdAt: { lte: before } } : {}),
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 200,
      select: {
        id: true,
        createdAt: true,
        changes: true,
        product: {
          select: {
            id: true,
            name: true,
            category: { select: { nameVi: true, nameEn: true } },
            business: { select: { name: true, commune: { select: { name: true } } } },
          },
        },
      },
    }),
    client.auditLog.findMany({
      where: {
        entityType: "Product",
        action: { in: ["product.photo_add", "product.photo_remove", "product.certificate_add", "product.certificate_remove"] },
        data: { contains: '"whilePublished":true' },
        createdAt: { gte: new Date(now.getTime() - RECENT_CHANGE_DAYS * DAY_MS) },
      },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { id: true, action: true, entityId: true, createdAt: true },
    }),
  ]);
  const changedIds = [...new Set(recentChanges.map((c) => c.entityId))];
  const changedProducts = changedIds.length
    ? await client.product.findMany({
        where: { id: { in: changedIds }, business: businessWhere, ...categoryWhere },
        select: { id: true, name: true, business: { select: { name: true } } },
      })
    : [];
  const byId = new Map(changedProducts.map((p) => [p.id, p]));
  return {
    products,
    revisions: revisions.map((r) => ({ ...r, fields: Object.keys(parseRevisionChanges(r.changes)) as ProductFieldName[] })),
    recentChanges: recentChanges.flatMap((c) => {
      const product = byId.get(c.entityId);
      return product ? [{ id: c.id, action: c.action, createdAt: c.createdAt, product }] : [];
    }),
  };
}

/** Filter choices: communes that have businesses with products, and top-level categories with children. */
export async function reviewQueueFilterOptions(client: Client, { actor }: { actor: Actor }) {
  assertReviewer(actor);
  const [communes, categories] = await Promise.all([
    client.commune.findMany({
      where: { businesses: { some: { products: { some: {} } } } },
      orderBy: { name: "asc" },
      select: { code: true, name: true },
    }),
    client.category.findMany({ orderBy: [{ position: "asc" }, { nameVi: "asc" }], select: { id: true, nameVi: true, nameEn: true, parentId: true } }),
  ]);
  return { communes, categories };
}

// ───────────── review page ─────────────

export type FieldChange = { field: ProductFieldName; before: string | null; after: string | null };

/** "Before → after" per changed field, with category and commune names instead of ids. */
export async function describeChanges(client: Client, live: ProductFieldValues, changes: RevisionChanges): Promise<FieldChange[]> {
  const categoryIds = [live.categoryId, changes.categoryId].filter((v): v is string => Boolean(v));
  const communeCodes = [live.originCommuneCode, changes.originCommuneCode].filter((v): v is string => Boolean(v));
  const [categories, communes] = await Promise.all([
    client.category.findMany({ where: { id: { in: categoryIds } }, select: { id: true, nameVi: true } }),
    client.commune.findMany({ where: { code: { in: communeCodes } }, select: { code: true, name: true } }),
  ]);
  const show = (field: ProductFieldName, value: unknown): string | null => {
    if (value === null || value === undefined) return null;
    if (field === "categoryId") return categories.find((c) => c.id === value)?.nameVi ?? String(value);
    if (field === "originCommuneCode") return communes.find((c) => c.code === value)?.name ?? String(value);
    if (field === "priceVnd") return formatVnd(value as number);
    return String(value);
  };
  return (Object.keys(changes) as ProductFieldName[]).map((field) => ({
    field,
    before: show(field, live[field]),
    after: show(field, changes[field]),
  }));
}

export async function getProductForReview(client: Client, { actor, productId }: { actor: Actor; productId: string }) {
  assertReviewer(actor);
  const product = await client.product.findUnique({
    where: { id: productId },
    include: {
      business: {
        select: { id: true, name: true, slug: true, status: true, legalForm: true, commune: { select: { name: true } }, province: { select: { name: true } } },
      },
      category: { select: { nameVi: true, nameEn: true } },
      originCommune: { select: { name: true } },
      photos: { orderBy: { position: "asc" }, select: { id: true, fileId: true, alt: true } },
      certificates: {
        orderBy: { createdAt: "asc" },
        include: { documentFile: { select: { id: true, originalName: true, mimeType: true } } },
      },
      revisions: { where: { status: { in: [...OPEN_REVISION_STATUSES] } }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  if (!product) throw new NotFound();
  const { revisions, ...rest } = product;
  const open = revisions[0];
  const revision = open
    ? { ...open, diff: await describeChanges(client, liveFieldValues(product), parseRevisionChanges(open.changes)) }
    : null;
  const history = await client.auditLog.findMany({
    where: { entityType: "Product", entityId: productId },
    orderBy: { createdAt: "desc" },
    take: 30,
    select: { id: true, action: true, createdAt: true, data: true, actor: { select: { name: true } } },
  });
  return { ...rest, revision, history };
}

// ───────────── decisions ─────────────

type MailKind = "approved" | "changesRequested" | "revisionApproved" | "revisionChangesRequested" | "unpublished";

/** E-mails the business (its address and its owners), each in the recipient's language. */
async function mailBusiness(tx: Tx, productId: string, kind: MailKind, note?: string) {
  const product = await tx.product.findUniqueOrThrow({
    where: { id: productId },
    select: {
      id: true,
      name: true,
      slug: true,
      business: {
        select: {
          name: true,
          email: true,
          memberships: { where: { role: "OWNER" }, select: { user: { select: { email: true, locale: true, disabledAt: true } } } },
        },
      },
    },
  });
  const recipients = new Map<string, string>();
  for (const { user } of product.business.memberships) if (!user.disabledAt) recipients.set(user.email.toLowerCase(), user.locale);
  if (product.business.email && !recipients.has(product.business.email.toLowerCase())) recipients.set(product.business.email.toLowerCase(), "vi");
  const appUrl = env().APP_URL;
  for (const [to, locale] of recipients) {
    const t = await remixI18n.getFixedT(locale === "en" ? "en" : "vi", "common");
    const args = {
      product: product.name,
      business: product.business.name,
      note: note ?? "",
      editUrl: `${appUrl}/business/products/${product.id}`,
      publicUrl: `${appUrl}/products/${product.slug}`,
      interpolation: { escapeValue: false },
    };
    await enqueueEmail(tx, { to, subject: t(`products.email.${kind}Subject`, args), text: t(`products.email.${kind}Body`, args) });
  }
}

async function productToReview(tx: Tx, productId: string) {
  const product = await tx.product.findUnique({ where: { id: productId }, include: { business: { select: { status: true } } } });
  if (!product) throw new NotFound();
  return product;
}

/** SUBMITTED → APPROVED: the product becomes public (and searchable) in the same transaction. */
async function approveProductInTx(tx: Tx, { actor, productId }: { actor: Actor; productId: string }) {
  assertReviewer(actor);
  const product = await productToReview(tx, productId);
  if (product.status !== "SUBMITTED") throw new Conflict("products.errors.notSubmitted");
  if (product.business.status !== "VERIFIED") throw new Conflict("products.errors.businessNotVerified");
  const now = new Date();
  await tx.product.update({ where: { id: productId }, data: { status: "APPROVED", publishedAt: product.publishedAt ?? now, reviewNote: null } });
  await recordAudit(tx, { actorId: actor.userId, action: "product.approve", entityType: "Product", entityId: productId });
  await mailBusiness(tx, productId, "approved");
  await syncSearch(tx, { productIds: [productId] });
}

/** SUBMITTED → CHANGES_REQUESTED with the officer's note, which the business sees. */
async function requestProductChangesInTx(tx: Tx, { actor, productId, note }: { actor: Actor; productId: string; note: string }) {
  assertReviewer(actor);
  const reviewNote = cleanNote(note);
  const product = await productToReview(tx, productId);
  if (product.status !== "SUBMITTED") throw new Conflict("products.errors.notSubmitted");
  await tx.product.update({ where: { id: productId }, data: { status: "CHANGES_REQUESTED", reviewNote } });
  await recordAudit(tx, { actorId: actor.userId, action: "product.request_changes", entityType: "Product", entityId: productId, data: { note: reviewNote } });
  await mailBusiness(tx, productId, "changesRequested", reviewNote);
  await syncSearch(tx, { productIds: [productId] });
}

async function pendingRevision(tx: Tx, productId: string) {
  const revision = await tx.productRevision.findFirst({ where: { productId, status: "PENDING" }, orderBy: { createdAt: "desc" } });
  if (!revision) throw new Conflict("products.errors.noPendingRevision");
  return revision;
}

/** Applies the pending revision's fields to the live product, all at once. */
async function approveRevisionInTx(tx: Tx, { actor, productId }: { actor: Actor; productId: string }) {
  assertReviewer(actor);
  const product = await productToReview(tx, productId);
  if (product.status !== "APPROVED") throw new Conflict("products.errors.notPublished");
  const revision = await pendingRevision(tx, productId);
  const changes = parseRevisionChanges(revision.changes);
  // The category or commune may have disappeared since the edit: refuse rather than publish a dangling id.
  if (changes.categoryId && !(await tx.category.findUnique({ where: { id: changes.categoryId }, select: { id: true } }))) {
    throw new Conflict("products.errors.categoryRequired");
  }
  const before = liveFieldValues(product);
  await tx.product.update({ where: { id: productId }, data: changes });
  await tx.productRevision.update({
    where: { id: revision.id },
    data: { status: "APPROVED", reviewedById: actor.userId, reviewedAt: new Date(), reviewNote: null },
  });
  const beforeChanged = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as ProductFieldName]]));
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "product.revision_approve",
    entityType: "Product",
    entityId: productId,
    data: { revisionId: revision.id, before: beforeChanged, after: changes },
  });
  await mailBusiness(tx, productId, "revisionApproved");
  await syncSearch(tx, { productIds: [productId] });
}

/** Sends the revision back with a note; the live product stays as it is. */
async function requestRevisionChangesInTx(tx: Tx, { actor, productId, note }: { actor: Actor; productId: string; note: string }) {
  assertReviewer(actor);
  const reviewNote = cleanNote(note);
  await productToReview(tx, productId);
  const revision = await pendingRevision(tx, productId);
  await tx.productRevision.update({
    where: { id: revision.id },
    data: { status: "CHANGES_REQUESTED", reviewNote, reviewedById: actor.userId, reviewedAt: new Date() },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "product.revision_request_changes",
    entityType: "Product",
    entityId: productId,
    data: { revisionId: revision.id, note: reviewNote },
  });
  await mailBusiness(tx, productId, "revisionChangesRequested", reviewNote);
}

/**
 * Approve or send back whatever is waiting: a submitted product, or the pending revision of a
 * published one. Lets the review page use one pair of buttons for both.
 */
async function approvePendingInTx(tx: Tx, input: { actor: Actor; productId: string }): Promise<{ approved: "product" | "revision" }> {
  const product = await productToReview(tx, input.productId);
  if (product.status === "APPROVED") {
    await approveRevisionInTx(tx, input);
    return { approved: "revision" };
  }
  await approveProductInTx(tx, input);
  return { approved: "product" };
}
async function requestChangesPendingInTx(tx: Tx, input: { actor: Actor; productId: string; note: string }) {
  const product = await productToReview(tx, input.productId);
  return product.status === "APPROVED" ? requestRevisionChangesInTx(tx, input) : requestProductChangesInTx(tx, input);
}

/** APPROVED → UNPUBLISHED by the office, with a reason the business sees. */
async function unpublishProductInTx(tx: Tx, { actor, productId, reason }: { actor: Actor; productId: string; reason: string }) {
  assertReviewer(actor);
  const statusReason = cleanNote(reason);
  const product = await productToReview(tx, productId);
  if (product.status !== "APPROVED") throw new Conflict("products.errors.notPublished");
  await hideProduct(tx, productId, statusReason);
  await recordAudit(tx, { actorId: actor.userId, action: "product.unpublish", entityType: "Product", entityId: productId, data: { reason: statusReason } });
  await mailBusiness(tx, productId, "unpublished", statusReason);
  await syncSearch(tx, { productIds: [productId] });
}

// ───────────── use cases: each opens its own short transaction (ADR 0010) ─────────────

export const approveProduct = inTransaction(approveProductInTx);
export const requestProductChanges = inTransaction(requestProductChangesInTx);
export const approveRevision = inTransaction(approveRevisionInTx);
export const requestRevisionChanges = inTransaction(requestRevisionChangesInTx);
export const approvePending = inTransaction(approvePendingInTx);
export const requestChangesPending = inTransaction(requestChangesPendingInTx);
export const unpublishProduct = inTransaction(unpublishProductInTx);
