// A business's own sales points: details, opening hours, categories, photos, and applying for
// the programme. Every query is scoped by the business the actor belongs to: another
// business's sales point is NotFound, never Forbidden, so ids cannot be probed.
import type { Prisma } from "~/generated/prisma/client";
import { recordAudit } from "~/modules/audit/audit.server";
import { certificatePublicState, type CertificateStatus } from "~/modules/certification/certificate-state";
import { Conflict, Forbidden, Invalid, NotFound } from "~/modules/errors";
import { releaseFiles, removeReleasedBytes } from "~/modules/files/lifecycle.server";
import { recordUpload, transactionWithUploads, UploadRejected } from "~/modules/files/uploads.server";
import { hasBusinessPermission, hasPermission, type Actor } from "~/modules/identity/permissions";
import { syncSearch } from "~/modules/search/sync.server";
import type { Db, Tx } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { printableQrSvg } from "~/utils/qr.server";
import { cleanText } from "~/utils/text";
import { validateHours } from "./opening-hours";
import { readProgramme, type UploadedFile } from "./programme.server";
import type { SalesPointFields } from "./sales-point.schema";
import { inTransaction } from "~/modules/transactions.server";

export const MAX_SALES_POINT_PHOTOS = 8;

type Client = Db | Tx;
type Scope = { actor: Actor; businessId: string };

function requireManager({ actor, businessId }: Scope) {
  if (!hasBusinessPermission(actor, businessId, "business:sales-points:manage")) throw new Forbidden();
}

export async function listOwnSalesPoints(client: Client, scope: Scope & { now?: Date }) {
  requireManager(scope);
  const now = scope.now ?? new Date();
  const rows = await client.salesPoint.findMany({
    where: { businessId: scope.businessId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      status: true,
      streetAddress: true,
      commune: { select: { name: true } },
      applications: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true } },
      certificates: {
        where: { kind: "SALES_POINT" },
        orderBy: [{ issuedOn: "desc" }, { createdAt: "desc" }],
        take: 1,
        select: { number: true, status: true, expiresOn: true },
      },
    },
  });
  return rows.map(({ certificates, applications, ...row }) => {
    const certificate = certificates[0];
    return {
      ...row,
      application: applications[0]?.status ?? null,
      certificate: certificate
        ? { number: certificate.number, state: certificatePublicState({ status: certificate.status as CertificateStatus, expiresOn: certificate.expiresOn }, now) }
        : null,
    };
  });
}

async function findOwn(client: Client, { businessId, salesPointId }: { businessId: string; salesPointId: string }) {
  const point = await client.salesPoint.findFirst({ where: { id: salesPointId, businessId } });
  if (!point) throw new NotFound();
  return point;
}

export async function getOwnSalesPoint(client: Client, scope: Scope & { salesPointId: string }) {
  requireManager(scope);
  const point = await client.salesPoint.findFirst({
    where: { id: scope.salesPointId, businessId: scope.businessId },
    include: {
      business: { select: { name: true, status: true } },
      province: { select: { code: true, name: true } },
      commune: { select: { code: true, name: true } },
      hours: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] },
      categories: { select: { categoryId: true } },
      photos: { orderBy: { position: "asc" }, select: { id: true, fileId: true } },
      applications: { orderBy: { createdAt: "desc" }, take: 5, select: { id: true, status: true, decisionNote: true, decidedAt: true, createdAt: true } },
      certificates: { where: { kind: "SALES_POINT" }, orderBy: [{ issuedOn: "desc" }, { createdAt: "desc" }] },
    },
  });
  if (!point) throw new NotFound();
  return point;
}

/** All categories, parents first, for the "goods sold" checkboxes. */
export async function listCategoryChoices(client: Client) {
  const rows = await client.category.findMany({
    orderBy: [{ position: "asc" }, { nameVi: "asc" }],
    select: { id: true, nameVi: true, nameEn: true, parentId: true },
  });
  return rows
    .filter((row) => row.parentId === null)
    .map((top) => ({ ...top, children: rows.filter((row) => row.parentId === top.id) }));
}

/** Rules a form cannot check: the commune is in the province, categories exist, hours fit. */
async function checkFields(client: Client, fields: SalesPointFields) {
  const errors: Record<string, string[]> = {};
  const commune = await client.commune.findUnique({ where: { code: fields.communeCode }, select: { provinceCode: true } });
  if (!commune || commune.provinceCode !== fields.provinceCode) errors.communeCode = ["salesPoints.errors.commune"];
  if (fields.categoryIds.length) {
    const found = await client.category.count({ where: { id: { in: fields.categoryIds } } });
    if (found !== fields.categoryIds.length) errors.categoryIds = ["errors.invalidChoice"];
  }
  // One row per weekday cannot overlap itself; an overnight row can still run into the next
  // day's opening, which validateHours reports.
  if (validateHours(fields.hours).length) errors.hours = ["salesPoints.errors.hoursOverlap"];
  if (Object.keys(errors).length) throw new Invalid("errors.fixBelow", errors);
}

function pointData(fields: SalesPointFields) {
  return {
    name: cleanText(fields.name),
    provinceCode: fields.provinceCode,
    communeCode: fields.communeCode,
    streetAddress: cleanText(fields.streetAddress),
    latitude: fields.latitude,
    longitude: fields.longitude,
    phone: fields.phone,
    vietGoodsShare: fields.vietGoodsShare,
  };
}

async function createSalesPointInTx(tx: Tx, scope: Scope & { fields: SalesPointFields }) {
  requireManager(scope);
  await checkFields(tx, scope.fields);
  const point = await tx.salesPoint.create({
    data: {
      ...pointData(scope.fields),
      businessId: scope.businessId,
      status: "DRAFT",
      hours: { create: scope.fields.hours },
      categories: { create: scope.fields.categoryIds.map((categoryId) => ({ categoryId })) },
    },
  });
  await recordAudit(tx, {
    actorId: scope.actor.userId,
    action: "salesPoint.create",
    entityType: "SalesPoint",
    entityId: point.id,
    data: { name: point.name, businessId: scope.businessId },
  });
  return point;
}

/**
 * Edits take effect at once, also on a certified point (its public page follows); the office
 * sees them in the audit log and at the next inspection.
 */
async function updateSalesPointInTx(tx: Tx, scope: Scope & { salesPointId: string; fields: SalesPointFields }) {
  requireManager(scope);
  const before = await findOwn(tx, scope);
  await checkFields(tx, scope.fields);
  const data = pointData(scope.fields);
  await tx.salesPoint.update({
    where: { id: before.id },
    data: {
      ...data,
      hours: { deleteMany: {}, create: scope.fields.hours },
      categories: { deleteMany: {}, create: scope.fields.categoryIds.map((categoryId) => ({ categoryId })) },
    },
  });
  const changed = (Object.keys(data) as (keyof typeof data)[]).filter((key) => before[key] !== data[key]);
  await recordAudit(tx, {
    actorId: scope.actor.userId,
    action: "salesPoint.update",
    entityType: "SalesPoint",
    entityId: before.id,
    data: { changed, whileCertified: before.status === "CERTIFIED" },
  });
  if (before.status === "CERTIFIED") await syncSearch(tx, { salesPointIds: [before.id] });
}

/** Photos are public (shown on the sales point's page), re-encoded without metadata before the transaction. */
export async function addSalesPointPhotos(db: Db, scope: Scope & { salesPointId: string; files: UploadedFile[] }) {
  requireManager(scope);
  await findOwn(db, scope); // before any file is decoded; checked again inside the transaction
  const files = scope.files.filter((f) => f.bytes.length > 0);
  if (!files.length) throw new Invalid("errors.fixBelow", { photos: ["salesPoints.errors.noPhoto"] });
  try {
    await transactionWithUploads(db, { files, kind: "image" }, async (tx, prepared) => {
      const point = await findOwn(tx, scope);
      const existing = await tx.salesPointPhoto.count({ where: { salesPointId: point.id } });
      if (existing + prepared.length > MAX_SALES_POINT_PHOTOS) throw new Invalid("errors.fixBelow", { photos: ["salesPoints.errors.tooManyPhotos"] });
      let position = existing;
      for (const upload of prepared) {
        const stored = await recordUpload(tx, upload, { businessId: scope.businessId, uploadedById: scope.actor.userId, isPrivate: false });
        await tx.salesPointPhoto.create({ data: { salesPointId: point.id, fileId: stored.id, position: position++ } });
      }
      await recordAudit(tx, { actorId: scope.actor.userId, action: "salesPoint.photos_add", entityType: "SalesPoint", entityId: point.id, data: { count: files.length } });
      if (point.status === "CERTIFIED") await syncSearch(tx, { salesPointIds: [point.id] });
    });
  } catch (error) {
    if (error instanceof UploadRejected) throw new Invalid("errors.fixBelow", { photos: [`salesPoints.errors.upload_${error.code}`] });
    throw error;
  }
}

async function removeSalesPointPhotoInTx(tx: Tx, scope: Scope & { salesPointId: string; photoId: string }) {
  requireManager(scope);
  const point = await findOwn(tx, scope);
  const photo = await tx.salesPointPhoto.findFirst({ where: { id: scope.photoId, salesPointId: point.id } });
  if (!photo) throw new NotFound();
  await tx.salesPointPhoto.delete({ where: { id: photo.id } });
  await recordAudit(tx, { actorId: scope.actor.userId, action: "salesPoint.photo_remove", entityType: "SalesPoint", entityId: point.id, data: { fileId: photo.fileId } });
  if (point.status === "CERTIFIED") await syncSearch(tx, { salesPointIds: [point.id] });
  // A removed photo stops being served from the commit on.
  return releaseFiles(tx, [photo.fileId]);
}

const OPEN: Prisma.SalesPointApplicationWhereInput = { status: { in: ["SUBMITTED", "INSPECTED"] } };

/**
 * Applying needs a verified business, a located point (the public map needs coordinates),
 * the declared share at or above the programme minimum, no open application and no
 * certificate in force (renewal is the office's act).
 */
async function applyForCertificationInTx(tx: Tx, scope: Scope & { salesPointId: string }) {
  requireManager(scope);
  const point = await findOwn(tx, scope);
  const business = await tx.business.findUniqueOrThrow({ where: { id: scope.businessId }, select: { status: true } });
  if (business.status !== "VERIFIED") throw new Conflict("salesPoints.errors.businessNotVerified");
  if (point.latitude === null || point.longitude === null) throw new Conflict("salesPoints.errors.locationRequired");
  const programme = await readProgramme(tx);
  if (point.vietGoodsShare < programme.minVietGoodsShare) {
    throw new Conflict("salesPoints.errors.shareBelowMinimum", { vietGoodsShare: ["salesPoints.errors.shareBelowMinimum"] });
  }
  if (await tx.salesPointApplication.findFirst({ where: { salesPointId: point.id, ...OPEN }, select: { id: true } })) {
    throw new Conflict("salesPoints.errors.alreadyApplied");
  }
  const inForce = await tx.certificate.findFirst({
    where: { salesPointId: point.id, kind: "SALES_POINT", status: { in: ["ACTIVE", "SUSPENDED"] } },
    select: { id: true },
  });
  if (inForce) throw new Conflict("salesPoints.errors.alreadyCertified");
  const application = await tx.salesPointApplication.create({ data: { salesPointId: point.id, status: "SUBMITTED" } });
  await tx.salesPoint.update({ where: { id: point.id }, data: { status: "APPLIED" } });
  await recordAudit(tx, {
    actorId: scope.actor.userId,
    action: "salesPoint.apply",
    entityType: "SalesPoint",
    entityId: point.id,
    data: { applicationId: application.id, declaredShare: point.vietGoodsShare, minimum: programme.minVietGoodsShare },
  });
  return application;
}

/** Withdrawing before a decision; the point returns to DRAFT (or REJECTED if it had been). */
async function withdrawApplicationInTx(tx: Tx, scope: Scope & { salesPointId: string; now?: Date }) {
  requireManager(scope);
  const point = await findOwn(tx, scope);
  const application = await tx.salesPointApplication.findFirst({ where: { salesPointId: point.id, ...OPEN }, orderBy: { createdAt: "desc" } });
  if (!application) throw new Conflict("salesPoints.errors.noOpenApplication");
  await tx.salesPointApplication.update({ where: { id: application.id }, data: { status: "WITHDRAWN", decidedAt: scope.now ?? new Date() } });
  const previous = await tx.salesPointApplication.findFirst({
    where: { salesPointId: point.id, id: { not: application.id }, status: { in: ["REJECTED", "CERTIFIED"] } },
    orderBy: { createdAt: "desc" },
    select: { status: true },
  });
  await tx.salesPoint.update({ where: { id: point.id }, data: { status: previous?.status === "REJECTED" ? "REJECTED" : "DRAFT" } });
  await recordAudit(tx, { actorId: scope.actor.userId, action: "salesPoint.withdraw", entityType: "SalesPoint", entityId: point.id, data: { applicationId: application.id } });
}

/** The newest sales-point certificate of a point, for the poster (business or office). */
export async function posterData(client: Client, { actor, salesPointId, businessId }: { actor: Actor; salesPointId: string; businessId?: string }) {
  if (businessId) requireManager({ actor, businessId });
  else if (!hasPermission(actor, "office:sales-points:certify")) throw new Forbidden();
  const point = await client.salesPoint.findFirst({
    where: { id: salesPointId, ...(businessId ? { businessId } : {}) },
    select: {
      id: true,
      name: true,
      streetAddress: true,
      commune: { select: { name: true } },
      province: { select: { name: true } },
      business: { select: { name: true } },
      certificates: {
        where: { kind: "SALES_POINT", status: { in: ["ACTIVE", "SUSPENDED"] } },
        orderBy: [{ issuedOn: "desc" }, { createdAt: "desc" }],
        take: 1,
        select: { number: true, issuer: true, issuedOn: true, expiresOn: true, status: true, verificationCode: true },
      },
    },
  });
  if (!point) throw new NotFound();
  const certificate = point.certificates[0];
  if (!certificate) throw new Conflict("salesPoints.errors.noCertificate");
  return { ...point, certificate };
}

/** The form's place lists: all provinces and the communes of the chosen one. */
export async function placeOptions(client: Client, provinceCode: unknown) {
  const code = typeof provinceCode === "string" && /^\d{1,3}$/.test(provinceCode) ? provinceCode : null;
  const [provinces, communes] = await Promise.all([
    client.province.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } }),
    code ? client.commune.findMany({ where: { provinceCode: code }, orderBy: { code: "asc" }, select: { code: true, name: true } }) : [],
  ]);
  return { provinces, communes };
}

/** What the poster prints, with the QR code as an SVG string pointing to /verify/<code>. */
export async function posterView(
  client: Client,
  { actor, salesPointId, businessId, appUrl, language }: { actor: Actor; salesPointId: string; businessId?: string; appUrl: string; language: string },
) {
  const point = await posterData(client, { actor, salesPointId, ...(businessId ? { businessId } : {}) });
  const verifyUrl = new URL(`/verify/${point.certificate.verificationCode}`, appUrl).toString();
  const qrSvg = await printableQrSvg(verifyUrl);
  return {
    salesPoint: {
      name: point.name,
      address: [point.streetAddress, point.commune.name, point.province.name].join(", "),
      business: point.business.name,
    },
    certificate: {
      number: point.certificate.number,
      issuer: point.certificate.issuer,
      issuedOn: formatDate(point.certificate.issuedOn, language),
      expiresOn: point.certificate.expiresOn ? formatDate(point.certificate.expiresOn, language) : "—",
      suspended: point.certificate.status === "SUSPENDED",
    },
    verifyUrl,
    qrSvg,
  };
}

// ───────────── use cases: each opens its own short transaction (ADR 0010) ─────────────

export const createSalesPoint = inTransaction(createSalesPointInTx);
export const updateSalesPoint = inTransaction(updateSalesPointInTx);
export async function removeSalesPointPhoto(db: Db, input: Parameters<typeof removeSalesPointPhotoInTx>[1]): Promise<void> {
  await removeReleasedBytes(await db.$transaction((tx) => removeSalesPointPhotoInTx(tx, input)));
}
export const applyForCertification = inTransaction(applyForCertificationInTx);
export const withdrawApplication = inTransaction(withdrawApplicationInTx);
