// The certification programme "Điểm bán hàng Việt Nam", office side: its criteria (a Setting),
// inspections, and the decisions on applications and certificates. Invariants: a sales point
// has at most one open application (SUBMITTED/INSPECTED) and at most one ACTIVE or SUSPENDED
// certificate; certification needs an inspection on that application with every checklist
// item passed and an observed share at or above the minimum. Every decision writes its audit
// entry, the e-mail to the business and the search index in the caller's transaction.
import type { Prisma } from "~/generated/prisma/client";
import { remixI18n } from "~/i18next.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { certificatePublicState, type CertificateStatus } from "~/modules/certification/certificate-state";
import { generateVerificationCode } from "~/modules/certification/verification-code";
import { Conflict, Forbidden, Invalid, NotFound } from "~/modules/errors";
import { recordUpload, transactionWithUploads, UploadRejected, type PreparedUpload, type UploadedFile } from "~/modules/files/uploads.server";
import { hasPermission, type Actor } from "~/modules/identity/permissions";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { syncSearch } from "~/modules/search/sync.server";
import type { Db, Tx } from "~/utils/db.server";
import { addMonths, formatDate, fromVnLocal, isDateKey, vnDateKey } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { cleanText } from "~/utils/text";
import { inTransaction } from "~/modules/transactions.server";

export const PROGRAMME_SETTING_KEY = "salesPointProgramme";
export const MAX_INSPECTION_PHOTOS = 10;

export interface Programme {
  minVietGoodsShare: number;
  validityMonths: number;
  checklist: string[];
  /** Who signs the certificates; empty: "Phòng Kinh tế <commune of the sales point>". */
  issuer: string | null;
}

export const DEFAULT_PROGRAMME: Programme = {
  minVietGoodsShare: 80,
  validityMonths: 24,
  checklist: ["Tỷ lệ hàng Việt Nam trưng bày đạt mức tối thiểu của chương trình"],
  issuer: null,
};

type Client = Db | Tx;
export type { UploadedFile };
export type ChecklistResult = { item: string; passed: boolean };

function requireCertifier(actor: Actor) {
  if (!hasPermission(actor, "office:sales-points:certify")) throw new Forbidden();
}

// ───────────── settings ─────────────

/** The programme's criteria; missing or malformed fields fall back to the defaults. */
export async function readProgramme(client: Client): Promise<Programme> {
  const row = await client.setting.findUnique({ where: { key: PROGRAMME_SETTING_KEY } });
  let stored: Partial<Record<keyof Programme, unknown>> = {};
  try {
    stored = row ? (JSON.parse(row.value) as typeof stored) : {};
  } catch {
    stored = {};
  }
  const int = (value: unknown, min: number, max: number, fallback: number) =>
    typeof value === "number" && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
  const checklist = Array.isArray(stored.checklist)
    ? stored.checklist.filter((item): item is string => typeof item === "string" && item.trim() !== "")
    : [];
  return {
    minVietGoodsShare: int(stored.minVietGoodsShare, 0, 100, DEFAULT_PROGRAMME.minVietGoodsShare),
    validityMonths: int(stored.validityMonths, 1, 120, DEFAULT_PROGRAMME.validityMonths),
    checklist: checklist.length ? checklist : DEFAULT_PROGRAMME.checklist,
    issuer: typeof stored.issuer === "string" && stored.issuer.trim() ? stored.issuer.trim() : null,
  };
}

/**
 * Officers keep the criteria themselves (the issue: "the office keeps its criteria"), so the
 * same permission that certifies edits them; every change is audited with before and after.
 * Applications already inspected keep the checklist they were inspected against.
 */
export async function getProgrammeSettings(client: Client, { actor }: { actor: Actor }): Promise<Programme> {
  requireCertifier(actor);
  return readProgramme(client);
}

async function updateProgrammeInTx(
  tx: Tx,
  { actor, input }: { actor: Actor; input: { checklist: string[]; minVietGoodsShare: number; validityMonths: number; issuer?: string | null | undefined } },
): Promise<Programme> {
  requireCertifier(actor);
  const before = await readProgramme(tx);
  const existing = await tx.setting.findUnique({ where: { key: PROGRAMME_SETTING_KEY } });
  // Unknown keys another feature may have stored alongside are kept.
  let raw: Record<string, unknown> = {};
  try {
    raw = existing ? (JSON.parse(existing.value) as Record<string, unknown>) : {};
  } catch {
    raw = {};
  }
  const checklist = input.checklist.map((item) => cleanText(item)).filter(Boolean);
  if (!checklist.length) throw new Invalid("errors.fixBelow", { checklist: ["salesPoints.errors.checklistEmpty"] });
  const next: Programme = {
    checklist,
    minVietGoodsShare: input.minVietGoodsShare,
    validityMonths: input.validityMonths,
    issuer: input.issuer ? cleanText(input.issuer) : null,
  };
  const value = JSON.stringify({ ...raw, ...next });
  await tx.setting.upsert({ where: { key: PROGRAMME_SETTING_KEY }, update: { value }, create: { key: PROGRAMME_SETTING_KEY, value } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "programme.update",
    entityType: "Setting",
    entityId: PROGRAMME_SETTING_KEY,
    data: { before, after: next },
  });
  return next;
}

/** "Phòng Kinh tế xã Thăng Bình" from "Xã Thăng Bình" when no issuer is configured. */
export function issuerFor(programme: Programme, communeName: string): string {
  if (programme.issuer) return programme.issuer;
  const lowered = communeName.charAt(0).toLocaleLowerCase("vi") + communeName.slice(1);
  return `Phòng Kinh tế ${lowered}`;
}

// ───────────── reading ─────────────

/** A certificate counts for the public while ACTIVE and its expiry day has not passed in VN. */
export function activeSalesPointCertificateWhere(now: Date): Prisma.CertificateWhereInput {
  return { kind: "SALES_POINT", status: "ACTIVE", expiresOn: { gte: fromVnLocal(vnDateKey(now)) } };
}

/** Sales points whose public badge is "certified": the rule the public list must share. */
export function certifiedSalesPointWhere(now: Date): Prisma.SalesPointWhereInput {
  return { status: "CERTIFIED", business: { status: { not: "SUSPENDED" } }, certificates: { some: activeSalesPointCertificateWhere(now) } };
}

const OPEN_APPLICATION: Prisma.SalesPointApplicationWhereInput = { status: { in: ["SUBMITTED", "INSPECTED"] } };

export async function listApplicationQueue(
  client: Client,
  { actor, communeCode }: { actor: Actor; communeCode?: string | null },
) {
  requireCertifier(actor);
  return client.salesPointApplication.findMany({
    where: { ...OPEN_APPLICATION, ...(communeCode ? { salesPoint: { communeCode } } : {}) },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      id: true,
      status: true,
      createdAt: true,
      salesPoint: {
        select: {
          id: true,
          name: true,
          streetAddress: true,
          vietGoodsShare: true,
          commune: { select: { code: true, name: true } },
          business: { select: { id: true, name: true } },
        },
      },
    },
  });
}

/** Every sales point that holds or held a certificate, with the state the public sees. */
export async function listCertifiedSalesPoints(
  client: Client,
  { actor, communeCode, now = new Date() }: { actor: Actor; communeCode?: string | null; now?: Date },
) {
  requireCertifier(actor);
  const certificates = await client.certificate.findMany({
    where: { kind: "SALES_POINT", salesPointId: { not: null }, ...(communeCode ? { salesPoint: { communeCode } } : {}) },
    orderBy: [{ issuedOn: "desc" }, { createdAt: "desc" }],
    take: 500,
    select: {
      id: true,
      number: true,
      status: true,
      issuedOn: true,
      expiresOn: true,
      verificationCode: true,
      salesPoint: { select: { id: true, name: true, commune: { select: { name: true } }, business: { select: { name: true } } } },
    },
  });
  // The newest certificate of each sales point tells its state; older ones were replaced.
  const seen = new Set<string>();
  const rows = [];
  for (const c of certificates) {
    const salesPoint = c.salesPoint!;
    if (seen.has(salesPoint.id)) continue;
    seen.add(salesPoint.id);
    rows.push({ ...c, salesPoint, state: certificatePublicState({ status: c.status as CertificateStatus, expiresOn: c.expiresOn }, now) });
  }
  return rows;
}

export async function listCommunesWithSalesPoints(client: Client, { actor }: { actor: Actor }) {
  requireCertifier(actor);
  return client.commune.findMany({
    where: { salesPoints: { some: {} } },
    orderBy: { name: "asc" },
    select: { code: true, name: true },
  });
}

export async function getSalesPointForOffice(client: Client, { actor, salesPointId }: { actor: Actor; salesPointId: string }) {
  requireCertifier(actor);
  const point = await client.salesPoint.findUnique({
    where: { id: salesPointId },
    include: {
      business: { select: { id: true, name: true, slug: true, status: true, phone: true, email: true } },
      province: { select: { name: true } },
      commune: { select: { code: true, name: true } },
      hours: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] },
      categories: { select: { category: { select: { id: true, nameVi: true, nameEn: true } } } },
      photos: { orderBy: { position: "asc" }, select: { id: true, fileId: true } },
      applications: {
        orderBy: { createdAt: "desc" },
        include: {
          inspections: {
            orderBy: { inspectedAt: "desc" },
            include: { inspector: { select: { name: true } }, photos: { select: { id: true, fileId: true } } },
          },
        },
      },
      certificates: { where: { kind: "SALES_POINT" }, orderBy: [{ issuedOn: "desc" }, { createdAt: "desc" }] },
    },
  });
  if (!point) throw new NotFound();
  return {
    ...point,
    applications: point.applications.map((application) => ({
      ...application,
      inspections: application.inspections.map((inspection) => ({ ...inspection, checklist: parseChecklist(inspection.checklist) })),
    })),
  };
}

export function parseChecklist(json: string): ChecklistResult[] {
  try {
    const parsed = JSON.parse(json) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((r): r is { item: unknown; passed: unknown } => typeof r === "object" && r !== null)
      .map((r) => ({ item: String(r.item), passed: r.passed === true }));
  } catch {
    return [];
  }
}

/** The next free "ĐBHV-<year>-<seq>" number of this issuer's year. */
export async function suggestCertificateNumber(client: Client, { year }: { year: number }): Promise<string> {
  const prefix = `ĐBHV-${year}-`;
  const rows = await client.certificate.findMany({ where: { kind: "SALES_POINT", number: { startsWith: prefix } }, select: { number: true } });
  const highest = rows.reduce((max, { number }) => Math.max(max, Number(number.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(highest + 1).padStart(3, "0")}`;
}

// ───────────── decisions ─────────────

type MailKind = "inspected" | "certified" | "rejected" | "renewed" | "suspended" | "reinstated" | "revoked";

/** E-mails the business (its address and its active owners), each in the owner's language. */
async function mailBusiness(tx: Tx, salesPointId: string, kind: MailKind, facts: Record<string, string> = {}) {
  const point = await tx.salesPoint.findUniqueOrThrow({
    where: { id: salesPointId },
    select: {
      id: true,
      name: true,
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
  for (const { user } of point.business.memberships) if (!user.disabledAt) recipients.set(user.email.toLowerCase(), user.locale);
  if (point.business.email && !recipients.has(point.business.email.toLowerCase())) recipients.set(point.business.email.toLowerCase(), "vi");
  const appUrl = env().APP_URL;
  for (const [to, locale] of recipients) {
    const language = locale === "en" ? "en" : "vi";
    const t = await remixI18n.getFixedT(language, "common");
    const args = {
      salesPoint: point.name,
      business: point.business.name,
      reason: "",
      number: "",
      expiresOn: "",
      verifyUrl: "",
      ...facts,
      url: `${appUrl}/business/sales-points/${point.id}`,
      interpolation: { escapeValue: false },
    };
    await enqueueEmail(tx, { to, subject: t(`salesPoints.email.${kind}Subject`, args), text: t(`salesPoints.email.${kind}Body`, args) });
  }
}

async function uniqueVerificationCode(tx: Tx): Promise<string> {
  // 100 random bits make a clash practically impossible; the loop only guards the unique index.
  for (;;) {
    const code = generateVerificationCode();
    if (!(await tx.certificate.findUnique({ where: { verificationCode: code }, select: { id: true } }))) return code;
  }
}

async function openApplication(tx: Tx, salesPointId: string) {
  const point = await tx.salesPoint.findUnique({ where: { id: salesPointId }, select: { id: true, status: true } });
  if (!point) throw new NotFound();
  const application = await tx.salesPointApplication.findFirst({
    where: { salesPointId, ...OPEN_APPLICATION },
    orderBy: { createdAt: "desc" },
    include: { inspections: { orderBy: { inspectedAt: "desc" }, take: 1 } },
  });
  if (!application) throw new Conflict("salesPoints.errors.noOpenApplication");
  return { point, application };
}

/**
 * Records what the inspector found. Answers line up with the programme's checklist as it is
 * now; the inspection stores the item texts, so later edits of the settings do not rewrite
 * history. Photos are private (the business and the office see them).
 */
export async function recordInspection(
  db: Db,
  {
    actor,
    salesPointId,
    input,
    photos = [],
    now = new Date(),
  }: {
    actor: Actor;
    salesPointId: string;
    input: { checklist: ("pass" | "fail")[]; observedShare: number; notes?: string | null | undefined };
    photos?: UploadedFile[];
    now?: Date;
  },
) {
  requireCertifier(actor);
  const files = photos.filter((p) => p.bytes.length > 0);
  if (files.length > MAX_INSPECTION_PHOTOS) throw new Invalid("errors.fixBelow", { photos: ["salesPoints.errors.tooManyPhotos"] });
  try {
    return await transactionWithUploads(db, { files, kind: "image" }, (tx, prepared) =>
      recordInspectionInTx(tx, { actor, salesPointId, input, photos: prepared, now }),
    );
  } catch (error) {
    if (error instanceof UploadRejected) throw new Invalid("errors.fixBelow", { photos: [`salesPoints.errors.upload_${error.code}`] });
    throw error;
  }
}

async function recordInspectionInTx(
  tx: Tx,
  {
    actor,
    salesPointId,
    input,
    photos,
    now,
  }: {
    actor: Actor;
    salesPointId: string;
    input: { checklist: ("pass" | "fail")[]; observedShare: number; notes?: string | null | undefined };
    photos: PreparedUpload[];
    now: Date;
  },
) {
  const { application } = await openApplication(tx, salesPointId);
  const programme = await readProgramme(tx);
  if (input.checklist.length !== programme.checklist.length) {
    throw new Invalid("errors.fixBelow", { checklist: ["salesPoints.errors.checklistAnswer"] });
  }
  const checklist: ChecklistResult[] = programme.checklist.map((item, index) => ({ item, passed: input.checklist[index] === "pass" }));
  const business = await tx.salesPoint.findUniqueOrThrow({ where: { id: salesPointId }, select: { businessId: true } });
  const fileIds: string[] = [];
  for (const photo of photos) {
    const stored = await recordUpload(tx, photo, { businessId: business.businessId, uploadedById: actor.userId, isPrivate: true });
    fileIds.push(stored.id);
  }
  const inspection = await tx.inspection.create({
    data: {
      applicationId: application.id,
      inspectorId: actor.userId,
      inspectedAt: now,
      checklist: JSON.stringify(checklist),
      observedShare: input.observedShare,
      notes: input.notes ? input.notes.trim() : null,
      photos: { create: fileIds.map((fileId) => ({ fileId })) },
    },
  });
  await tx.salesPointApplication.update({ where: { id: application.id }, data: { status: "INSPECTED" } });
  const passed = checklist.filter((r) => r.passed).length;
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "salesPoint.inspect",
    entityType: "SalesPoint",
    entityId: salesPointId,
    data: { applicationId: application.id, inspectionId: inspection.id, passed, total: checklist.length, observedShare: input.observedShare },
  });
  await mailBusiness(tx, salesPointId, "inspected");
  return inspection;
}

function checkIssueDate(issuedOn: string, now: Date) {
  if (!isDateKey(issuedOn)) throw new Invalid("errors.fixBelow", { issuedOn: ["salesPoints.errors.date"] });
  if (issuedOn > vnDateKey(now)) throw new Invalid("errors.fixBelow", { issuedOn: ["salesPoints.errors.issuedInFuture"] });
}

async function checkNumberFree(tx: Tx, issuer: string, number: string) {
  const taken = await tx.certificate.findFirst({ where: { kind: "SALES_POINT", issuer, number }, select: { id: true } });
  if (taken) throw new Conflict("errors.fixBelow", { number: ["salesPoints.errors.numberTaken"] });
}

async function issueCertificate(
  tx: Tx,
  { salesPointId, number, issuedOn, renewsId }: { salesPointId: string; number: string; issuedOn: string; renewsId?: string },
) {
  const programme = await readProgramme(tx);
  const point = await tx.salesPoint.findUniqueOrThrow({ where: { id: salesPointId }, select: { businessId: true, commune: { select: { name: true } } } });
  const issuer = issuerFor(programme, point.commune.name);
  const cleanNumber = cleanText(number);
  await checkNumberFree(tx, issuer, cleanNumber);
  return tx.certificate.create({
    data: {
      kind: "SALES_POINT",
      // this office issues it: its word, public at once (ADR 0013)
      origin: "OFFICE",
      checkState: "ISSUED",
      number: cleanNumber,
      issuer,
      issuedOn: fromVnLocal(issuedOn),
      expiresOn: fromVnLocal(addMonths(issuedOn, programme.validityMonths)),
      verificationCode: await uniqueVerificationCode(tx),
      businessId: point.businessId,
      salesPointId,
      renewsId: renewsId ?? null,
    },
  });
}

function verifyUrl(code: string) {
  return new URL(`/verify/${code}`, env().APP_URL).toString();
}

/**
 * Certifies after an inspection of the open application that passed every checklist item and
 * observed at least the minimum share. An officer who disagrees with the checklist records a
 * new inspection rather than overriding it, so the record shows why a point was certified.
 */
async function certifySalesPointInTx(
  tx: Tx,
  { actor, salesPointId, input, now = new Date() }: { actor: Actor; salesPointId: string; input: { number: string; issuedOn: string }; now?: Date },
) {
  requireCertifier(actor);
  checkIssueDate(input.issuedOn, now);
  const { application } = await openApplication(tx, salesPointId);
  const inspection = application.inspections[0];
  if (application.status !== "INSPECTED" || !inspection) throw new Conflict("salesPoints.errors.inspectionRequired");
  const programme = await readProgramme(tx);
  const failed = parseChecklist(inspection.checklist).filter((r) => !r.passed);
  if (failed.length) throw new Conflict("salesPoints.errors.checklistFailed");
  if ((inspection.observedShare ?? 0) < programme.minVietGoodsShare) {
    throw new Conflict("salesPoints.errors.observedShareTooLow");
  }
  const current = await tx.certificate.findFirst({
    where: { salesPointId, kind: "SALES_POINT", status: { in: ["ACTIVE", "SUSPENDED"] } },
    select: { id: true },
  });
  if (current) throw new Conflict("salesPoints.errors.alreadyCertified");
  const certificate = await issueCertificate(tx, { salesPointId, number: input.number, issuedOn: input.issuedOn });
  await tx.salesPointApplication.update({ where: { id: application.id }, data: { status: "CERTIFIED", decidedAt: now, decisionNote: null } });
  await tx.salesPoint.update({ where: { id: salesPointId }, data: { status: "CERTIFIED" } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "salesPoint.certify",
    entityType: "SalesPoint",
    entityId: salesPointId,
    data: { applicationId: application.id, inspectionId: inspection.id, certificateId: certificate.id, number: certificate.number },
  });
  await mailBusiness(tx, salesPointId, "certified", {
    number: certificate.number,
    expiresOn: formatDate(certificate.expiresOn!, "vi"),
    verifyUrl: verifyUrl(certificate.verificationCode),
  });
  await syncSearch(tx, { salesPointIds: [salesPointId] }, { now });
  return certificate;
}

/** The business may fix what the reasons say and apply again (status REJECTED allows it). */
async function rejectApplicationInTx(
  tx: Tx,
  { actor, salesPointId, reasons, now = new Date() }: { actor: Actor; salesPointId: string; reasons: string; now?: Date },
) {
  requireCertifier(actor);
  const reason = reasons.trim();
  if (!reason) throw new Invalid("errors.fixBelow", { reasons: ["salesPoints.errors.reasonRequired"] });
  const { application } = await openApplication(tx, salesPointId);
  await tx.salesPointApplication.update({ where: { id: application.id }, data: { status: "REJECTED", decidedAt: now, decisionNote: reason } });
  // A point that still holds a valid certificate (a renewal application) keeps its badge.
  const holdsCertificate = await tx.certificate.findFirst({
    where: { salesPointId, kind: "SALES_POINT", status: { in: ["ACTIVE", "SUSPENDED"] } },
    select: { id: true },
  });
  if (!holdsCertificate) await tx.salesPoint.update({ where: { id: salesPointId }, data: { status: "REJECTED" } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "salesPoint.reject",
    entityType: "SalesPoint",
    entityId: salesPointId,
    data: { applicationId: application.id, reasons: reason },
  });
  await mailBusiness(tx, salesPointId, "rejected", { reason });
  await syncSearch(tx, { salesPointIds: [salesPointId] }, { now });
}

async function certificateOf(tx: Tx, certificateId: string, salesPointId?: string) {
  const certificate = await tx.certificate.findFirst({
    where: { id: certificateId, kind: "SALES_POINT", ...(salesPointId ? { salesPointId } : { salesPointId: { not: null } }) },
  });
  if (!certificate) throw new NotFound();
  return certificate as typeof certificate & { salesPointId: string };
}

/**
 * Renewal issues a new certificate (new number, dates and verification code) whose renewsId
 * points to the old one; the old one becomes EXPIRED with the reason "Đã gia hạn …", so its
 * QR code says it was replaced. Allowed for an ACTIVE or EXPIRED certificate, not for a
 * suspended or revoked one (those end by decision, not by date).
 */
async function renewCertificateInTx(
  tx: Tx,
  {
    actor,
    certificateId,
    salesPointId,
    input,
    now = new Date(),
  }: { actor: Actor; certificateId: string; salesPointId?: string; input: { number: string; issuedOn: string }; now?: Date },
) {
  requireCertifier(actor);
  checkIssueDate(input.issuedOn, now);
  const old = await certificateOf(tx, certificateId, salesPointId);
  if (old.status !== "ACTIVE" && old.status !== "EXPIRED") throw new Conflict("salesPoints.errors.cannotRenew");
  const newer = await tx.certificate.findFirst({ where: { renewsId: old.id }, select: { id: true } });
  if (newer) throw new Conflict("salesPoints.errors.alreadyRenewed");
  const renewed = await issueCertificate(tx, { salesPointId: old.salesPointId, number: input.number, issuedOn: input.issuedOn, renewsId: old.id });
  await tx.certificate.update({
    where: { id: old.id },
    data: { status: "EXPIRED", statusChangedAt: now, statusReason: `Đã gia hạn bằng giấy chứng nhận số ${renewed.number}.` },
  });
  await tx.salesPoint.update({ where: { id: old.salesPointId }, data: { status: "CERTIFIED" } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "certificate.renew",
    entityType: "Certificate",
    entityId: old.id,
    data: { salesPointId: old.salesPointId, oldNumber: old.number, newCertificateId: renewed.id, number: renewed.number },
  });
  await mailBusiness(tx, old.salesPointId, "renewed", {
    number: renewed.number,
    expiresOn: formatDate(renewed.expiresOn!, "vi"),
    verifyUrl: verifyUrl(renewed.verificationCode),
  });
  await syncSearch(tx, { salesPointIds: [old.salesPointId] }, { now });
  return renewed;
}

type StatusChange = { actor: Actor; certificateId: string; salesPointId?: string; now?: Date };

/** Suspension is temporary: the public sees "suspended" and the badge goes until reinstated. */
async function suspendCertificateInTx(tx: Tx, { actor, certificateId, salesPointId, reason, now = new Date() }: StatusChange & { reason: string }) {
  requireCertifier(actor);
  const text = reason.trim();
  if (!text) throw new Invalid("errors.fixBelow", { reason: ["salesPoints.errors.reasonRequired"] });
  const certificate = await certificateOf(tx, certificateId, salesPointId);
  if (certificate.status !== "ACTIVE") throw new Conflict("salesPoints.errors.cannotSuspend");
  if (certificate.expiresOn && certificate.expiresOn < fromVnLocal(vnDateKey(now))) throw new Conflict("salesPoints.errors.cannotSuspend");
  await tx.certificate.update({ where: { id: certificate.id }, data: { status: "SUSPENDED", statusReason: text, statusChangedAt: now } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "certificate.suspend",
    entityType: "Certificate",
    entityId: certificate.id,
    data: { salesPointId: certificate.salesPointId, number: certificate.number, reason: text },
  });
  await mailBusiness(tx, certificate.salesPointId, "suspended", { number: certificate.number, reason: text });
  await syncSearch(tx, { salesPointIds: [certificate.salesPointId] }, { now });
}

/** Lifting a suspension; a certificate whose expiry day passed meanwhile becomes EXPIRED instead. */
async function reinstateCertificateInTx(tx: Tx, { actor, certificateId, salesPointId, now = new Date() }: StatusChange) {
  requireCertifier(actor);
  const certificate = await certificateOf(tx, certificateId, salesPointId);
  if (certificate.status !== "SUSPENDED") throw new Conflict("salesPoints.errors.cannotReinstate");
  const lapsed = certificate.expiresOn !== null && certificate.expiresOn < fromVnLocal(vnDateKey(now));
  await tx.certificate.update({
    where: { id: certificate.id },
    data: { status: lapsed ? "EXPIRED" : "ACTIVE", statusReason: null, statusChangedAt: now },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "certificate.reinstate",
    entityType: "Certificate",
    entityId: certificate.id,
    data: { salesPointId: certificate.salesPointId, number: certificate.number, lapsed },
  });
  await mailBusiness(tx, certificate.salesPointId, "reinstated", { number: certificate.number });
  await syncSearch(tx, { salesPointIds: [certificate.salesPointId] }, { now });
}

/**
 * Revocation is final for that certificate. The sales point goes to REJECTED — the enum's
 * "not certified, may fix and apply again" state, as the demo data does for its revoked point.
 */
async function revokeCertificateInTx(tx: Tx, { actor, certificateId, salesPointId, reason, now = new Date() }: StatusChange & { reason: string }) {
  requireCertifier(actor);
  const text = reason.trim();
  if (!text) throw new Invalid("errors.fixBelow", { reason: ["salesPoints.errors.reasonRequired"] });
  const certificate = await certificateOf(tx, certificateId, salesPointId);
  if (certificate.status !== "ACTIVE" && certificate.status !== "SUSPENDED") throw new Conflict("salesPoints.errors.cannotRevoke");
  await tx.certificate.update({ where: { id: certificate.id }, data: { status: "REVOKED", statusReason: text, statusChangedAt: now } });
  await tx.salesPoint.update({ where: { id: certificate.salesPointId }, data: { status: "REJECTED" } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "certificate.revoke",
    entityType: "Certificate",
    entityId: certificate.id,
    data: { salesPointId: certificate.salesPointId, number: certificate.number, reason: text },
  });
  await mailBusiness(tx, certificate.salesPointId, "revoked", { number: certificate.number, reason: text });
  await syncSearch(tx, { salesPointIds: [certificate.salesPointId] }, { now });
}

// ───────────── use cases: each opens its own short transaction (ADR 0010) ─────────────

export const updateProgramme = inTransaction(updateProgrammeInTx);
export const certifySalesPoint = inTransaction(certifySalesPointInTx);
export const rejectApplication = inTransaction(rejectApplicationInTx);
export const renewCertificate = inTransaction(renewCertificateInTx);
export const suspendCertificate = inTransaction(suspendCertificateInTx);
export const reinstateCertificate = inTransaction(reinstateCertificateInTx);
export const revokeCertificate = inTransaction(revokeCertificateInTx);
