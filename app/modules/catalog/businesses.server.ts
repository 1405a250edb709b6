// A business's own profile and the office's verification of it. Owners edit only the business
// they are a member of; the office moves it through DRAFT → PENDING → VERIFIED/REJECTED and
// VERIFIED ⇄ SUSPENDED. Every decision is audited, mailed to the business through the outbox and
// re-synced to the search index in one transaction. A verified business that changes its legal
// form or identifier goes back to PENDING: those are exactly what the office checked.
import type { Prisma } from "~/generated/prisma/client";
import { listAudit, recordAudit } from "~/modules/audit/audit.server";
import { Conflict, Forbidden, Invalid, NotFound } from "~/modules/errors";
import { releaseFiles, removeReleasedBytes } from "~/modules/files/lifecycle.server";
import { UploadRejected, recordUpload, transactionWithUploads, type UploadRejectedCode } from "~/modules/files/uploads.server";
import { hasBusinessPermission, hasPermission, type Actor } from "~/modules/identity/permissions";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { getCommune, mapOldCommune } from "~/modules/places/places.server";
import { syncSearch } from "~/modules/search/sync.server";
import type { Db, Tx } from "~/utils/db.server";
import { maskPersonalId } from "~/utils/identifiers";
import { REVIEW_PAGE_SIZE, type BusinessStatus, type Decision, type ProfileInput } from "./business.schema";

const placeSelect = {
  province: { select: { code: true, name: true } },
  commune: { select: { code: true, name: true } },
  oldCommune: { select: { id: true, oldName: true, oldDistrictName: true, oldProvinceName: true } },
} as const;

const profileSelect = {
  id: true,
  slug: true,
  legalForm: true,
  name: true,
  enterpriseCode: true,
  ownerPersonalId: true,
  registrationNo: true,
  status: true,
  statusReason: true,
  provinceCode: true,
  communeCode: true,
  oldCommuneId: true,
  streetAddress: true,
  phone: true,
  email: true,
  website: true,
  description: true,
  logoFileId: true,
  verifiedAt: true,
  updatedAt: true,
  ...placeSelect,
} satisfies Prisma.BusinessSelect;

type ProfileRow = Prisma.BusinessGetPayload<{ select: typeof profileSelect }>;

/** The fields a profile must have before the office can verify it; values are locale keys. */
export const REQUIRED_FOR_VERIFICATION = {
  name: "profile.missing.name",
  identifier: "profile.missing.identifier",
  commune: "profile.missing.commune",
  streetAddress: "profile.missing.streetAddress",
  phone: "profile.missing.phone",
  description: "profile.missing.description",
} as const;

/** What is still missing before the profile can be sent for verification (locale keys). */
export function missingForVerification(
  b: Pick<ProfileRow, "name" | "legalForm" | "enterpriseCode" | "ownerPersonalId" | "registrationNo" | "communeCode" | "streetAddress" | "phone" | "description">,
): string[] {
  const identifier =
    b.legalForm === "ENTERPRISE" ? b.enterpriseCode : b.legalForm === "HOUSEHOLD" ? b.ownerPersonalId : b.registrationNo;
  const missing: string[] = [];
  if (!b.name?.trim()) missing.push(REQUIRED_FOR_VERIFICATION.name);
  if (!identifier) missing.push(REQUIRED_FOR_VERIFICATION.identifier);
  if (!b.communeCode) missing.push(REQUIRED_FOR_VERIFICATION.commune);
  if (!b.streetAddress?.trim()) missing.push(REQUIRED_FOR_VERIFICATION.streetAddress);
  if (!b.phone) missing.push(REQUIRED_FOR_VERIFICATION.phone);
  if (!b.description?.trim()) missing.push(REQUIRED_FOR_VERIFICATION.description);
  return missing;
}

/** The profile as its members see it: the personal ID only masked, never in clear. */
function toOwnView(row: ProfileRow) {
  const { ownerPersonalId, ...rest } = row;
  return {
    ...rest,
    ownerPersonalIdMasked: ownerPersonalId ? maskPersonalId(ownerPersonalId) : null,
    missing: missingForVerification(row),
  };
}
export type OwnBusinessProfile = ReturnType<typeof toOwnView>;

function assertMember(actor: Actor, businessId: string, permission: "business:read" | "business:profile:edit") {
  if (!hasBusinessPermission(actor, businessId, permission)) throw new Forbidden();
}

/** The actor's business profile (owners and staff may read it). */
export async function getOwnBusinessProfile(client: Db | Tx, { actor, businessId }: { actor: Actor; businessId: string }) {
  assertMember(actor, businessId, "business:read");
  const row = await client.business.findUnique({ where: { id: businessId }, select: profileSelect });
  if (!row) throw new NotFound();
  return toOwnView(row);
}

export interface LogoUpload {
  bytes: Buffer;
  name?: string | null;
}

const UPLOAD_ERROR_KEYS: Record<UploadRejectedCode, string> = {
  too_large: "profile.errors.logoTooLarge",
  too_many_pixels: "profile.errors.logoTooManyPixels",
  unsupported_type: "profile.errors.logoType",
  empty: "profile.errors.logoEmpty",
  corrupt: "profile.errors.logoCorrupt",
};

/** Resolves province + commune, or an old commune, to the 2025 commune codes. */
async function resolvePlace(client: Db | Tx, input: Pick<ProfileInput, "provinceCode" | "communeCode" | "oldCommuneId">) {
  let provinceCode = input.provinceCode ?? null;
  let communeCode = input.communeCode ?? null;
  let oldCommuneId: number | null = null;
  if (input.oldCommuneId) {
    const mapping = await mapOldCommune(client, { id: input.oldCommuneId });
    if (!mapping) throw new Invalid("errors.fixBelow", { oldQuery: ["profile.errors.oldCommuneUnknown"] });
    // A commune picked in the list after the old one wins: the person chose it explicitly.
    if (!communeCode || communeCode === mapping.newCommune.code) {
      oldCommuneId = mapping.old.id;
      communeCode = mapping.newCommune.code;
      provinceCode = mapping.newCommune.province.code;
    }
  }
  if (communeCode) {
    const commune = await getCommune(client, communeCode);
    if (!commune) throw new Invalid("errors.fixBelow", { communeCode: ["errors.invalidChoice"] });
    if (provinceCode && commune.provinceCode !== provinceCode) {
      throw new Invalid("errors.fixBelow", { communeCode: ["profile.errors.communeNotInProvince"] });
    }
    provinceCode = commune.provinceCode;
  } else if (provinceCode && !(await client.province.findUnique({ where: { code: provinceCode }, select: { code: true } }))) {
    throw new Invalid("errors.fixBelow", { provinceCode: ["errors.invalidChoice"] });
  }
  return { provinceCode, communeCode, oldCommuneId };
}

/**
 * Saves the owner's edits. The status stays, except that a VERIFIED business whose legal form
 * or identifier changed goes back to PENDING for a new check. A new logo replaces the old one.
 */
export async function updateBusinessProfile(
  client: Db,
  { actor, businessId, input, logo }: { actor: Actor; businessId: string; input: ProfileInput; logo?: LogoUpload | null },
) {
  assertMember(actor, businessId, "business:profile:edit");
  const before = await client.business.findUnique({ where: { id: businessId }, select: profileSelect });
  if (!before) throw new NotFound();

  const ownerPersonalId = input.legalForm === "HOUSEHOLD" ? (input.ownerPersonalId ?? before.ownerPersonalId) : null;
  if (input.legalForm === "HOUSEHOLD" && !ownerPersonalId) {
    throw new Invalid("errors.fixBelow", { ownerPersonalId: ["profile.errors.personalIdRequired"] });
  }
  const place = await resolvePlace(client, input);

  const newLogo = logo && logo.bytes.length > 0 ? [logo] : [];
  const next = {
    legalForm: input.legalForm,
    name: input.name,
    enterpriseCode: input.enterpriseCode,
    ownerPersonalId,
    registrationNo: input.registrationNo,
    ...place,
    streetAddress: input.streetAddress ?? null,
    phone: input.phone,
    email: input.email ?? null,
    website: input.website ?? null,
    description: input.description ?? null,
  };
  const changed: string[] = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== before[key]);
  if (newLogo.length) changed.push("logoFileId");
  const identityChanged = changed.some((key) => ["legalForm", "enterpriseCode", "ownerPersonalId", "registrationNo"].includes(key));
  const backToPending = before.status === "VERIFIED" && identityChanged;

  try {
    const { result, released } = await transactionWithUploads(client, { files: newLogo, kind: "image" }, async (tx, prepared) => {
      const logoFile = prepared[0] ? await recordUpload(tx, prepared[0], { businessId, uploadedById: actor.userId, isPrivate: false }) : null;
      const updated = await tx.business.updateMany({
        // The status read above must still hold, or an office decision raced this edit.
        where: { id: businessId, status: before.status },
        data: {
          ...next,
          logoFileId: logoFile?.id ?? before.logoFileId,
          ...(backToPending ? { status: "PENDING", statusReason: null, verifiedAt: null } : {}),
        },
      });
      if (updated.count !== 1) throw new Conflict("profile.errors.changedMeanwhile");
      await recordAudit(tx, {
        actorId: actor.userId,
        action: backToPending ? "business.profile_update_reverify" : "business.profile_update",
        entityType: "Business",
        entityId: businessId,
        // Field names only: the audit log never holds the personal ID itself.
        data: { changed, status: backToPending ? "PENDING" : before.status },
      });
      await syncSearch(tx, { businessIds: [businessId] });
      // A replaced logo stops being served from this commit on.
      const released = logoFile ? await releaseFiles(tx, [before.logoFileId]) : { keys: [] };
      const row = await tx.business.findUniqueOrThrow({ where: { id: businessId }, select: profileSelect });
      return { result: { profile: toOwnView(row), backToPending }, released };
    });
    await removeReleasedBytes(released);
    return result;
  } catch (error) {
    if (error instanceof UploadRejected) throw new Invalid("errors.fixBelow", { logo: [UPLOAD_ERROR_KEYS[error.code]] });
    throw error;
  }
}

/** DRAFT or REJECTED → PENDING, once the profile is complete. */
export async function submitBusinessForVerification(client: Db, { actor, businessId }: { actor: Actor; businessId: string }) {
  assertMember(actor, businessId, "business:profile:edit");
  return client.$transaction(async (tx) => {
    const row = await tx.business.findUnique({ where: { id: businessId }, select: profileSelect });
    if (!row) throw new NotFound();
    if (row.status !== "DRAFT" && row.status !== "REJECTED") throw new Conflict("profile.errors.cannotSubmit");
    const missing = missingForVerification(row);
    if (missing.length) throw new Invalid("profile.errors.incomplete", { missing });
    const updated = await tx.business.updateMany({ where: { id: businessId, status: row.status }, data: { status: "PENDING" } });
    if (updated.count !== 1) throw new Conflict("profile.errors.changedMeanwhile");
    await recordAudit(tx, { actorId: actor.userId, action: "business.submit", entityType: "Business", entityId: businessId, data: { from: row.status } });
    return { status: "PENDING" as const };
  });
}

// ───────────────────────────── office ─────────────────────────────

function assertReviewer(actor: Actor) {
  if (!hasPermission(actor, "office:businesses:review")) throw new Forbidden();
}

export interface ReviewFilter {
  status?: BusinessStatus | "ALL";
  communeCode?: string;
  query?: string;
  page?: number;
  pageSize?: number;
}

export async function listBusinessesForReview(client: Db | Tx, { actor, ...filter }: { actor: Actor } & ReviewFilter) {
  assertReviewer(actor);
  const pageSize = filter.pageSize ?? REVIEW_PAGE_SIZE;
  const q = filter.query?.trim();
  const where: Prisma.BusinessWhereInput = {
    ...(filter.status && filter.status !== "ALL" ? { status: filter.status } : {}),
    ...(filter.communeCode ? { communeCode: filter.communeCode } : {}),
    ...(q
      ? {
          OR: [
            { name: { contains: q } },
            { enterpriseCode: { contains: q } },
            { registrationNo: { contains: q } },
            { email: { contains: q.toLowerCase() } },
          ],
        }
      : {}),
  };
  const total = await client.business.count({ where });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, filter.page ?? 1), pages);
  const items = await client.business.findMany({
    where,
    select: {
      id: true,
      name: true,
      legalForm: true,
      status: true,
      updatedAt: true,
      commune: { select: { name: true } },
      province: { select: { name: true } },
    },
    // Oldest waiting first: the queue is worked in order of arrival.
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return { items, total, page, pages };
}

/** Communes that have at least one business, for the queue's filter. */
export async function listBusinessCommunes(client: Db | Tx, { actor }: { actor: Actor }) {
  assertReviewer(actor);
  const groups = await client.business.groupBy({ by: ["communeCode"], where: { communeCode: { not: null } } });
  const codes = groups.map((g) => g.communeCode).filter((c): c is string => c !== null);
  return client.commune.findMany({
    where: { code: { in: codes } },
    select: { code: true, name: true, province: { select: { name: true } } },
    orderBy: { name: "asc" },
  });
}

/** The full profile for the office, personal ID included, with members and history. */
export async function getBusinessForReview(client: Db | Tx, { actor, businessId }: { actor: Actor; businessId: string }) {
  assertReviewer(actor);
  const row = await client.business.findUnique({
    where: { id: businessId },
    select: {
      ...profileSelect,
      createdAt: true,
      memberships: { select: { role: true, user: { select: { name: true, email: true, phone: true } } } },
    },
  });
  if (!row) throw new NotFound();
  const history = await listAudit(client, { entityType: "Business", entityId: businessId });
  return {
    business: row,
    missing: missingForVerification(row),
    history: history.map((h) => ({ id: h.id, action: h.action, createdAt: h.createdAt, actorName: h.actor?.name ?? null, data: h.data })),
    allowed: allowedDecisions(row.status),
  };
}

const TRANSITIONS: Record<Decision, { from: BusinessStatus; to: BusinessStatus }> = {
  verify: { from: "PENDING", to: "VERIFIED" },
  reject: { from: "PENDING", to: "REJECTED" },
  suspend: { from: "VERIFIED", to: "SUSPENDED" },
  reinstate: { from: "SUSPENDED", to: "VERIFIED" },
};

export function allowedDecisions(status: BusinessStatus): Decision[] {
  return (Object.keys(TRANSITIONS) as Decision[]).filter((d) => TRANSITIONS[d].from === status);
}

/** Renders the decision e-mail in the recipient's language. */
export type DecisionMail = (
  decision: Decision,
  args: { locale: string; businessName: string; reason: string | null; url: string },
) => { subject: string; text: string };

export async function decideBusiness(
  client: Db,
  {
    actor,
    businessId,
    decision,
    reason,
    mail,
    appUrl,
  }: { actor: Actor; businessId: string; decision: Decision; reason?: string | null; mail: DecisionMail; appUrl: string },
) {
  assertReviewer(actor);
  const transition = TRANSITIONS[decision];
  const needsReason = decision === "reject" || decision === "suspend";
  const why = reason?.trim() || null;
  if (needsReason && !why) throw new Invalid("errors.fixBelow", { reason: ["profile.errors.reasonRequired"] });

  return client.$transaction(async (tx) => {
    const business = await tx.business.findUnique({
      where: { id: businessId },
      select: {
        id: true,
        name: true,
        email: true,
        status: true,
        memberships: { where: { role: "OWNER" }, select: { user: { select: { email: true, locale: true, disabledAt: true } } } },
      },
    });
    if (!business) throw new NotFound();
    const updated = await tx.business.updateMany({
      where: { id: businessId, status: transition.from },
      data: {
        status: transition.to,
        statusReason: needsReason ? why : null,
        ...(decision === "verify" ? { verifiedAt: new Date() } : {}),
      },
    });
    if (updated.count !== 1) throw new Conflict("profile.errors.invalidTransition");
    await recordAudit(tx, {
      actorId: actor.userId,
      action: `business.${decision}`,
      entityType: "Business",
      entityId: businessId,
      data: { from: business.status, to: transition.to, ...(why && needsReason ? { reason: why } : {}) },
    });
    const recipients = new Map<string, string>();
    for (const m of business.memberships) if (!m.user.disabledAt) recipients.set(m.user.email, m.user.locale);
    if (business.email && !recipients.has(business.email.toLowerCase())) recipients.set(business.email.toLowerCase(), "vi");
    for (const [to, locale] of recipients) {
      await enqueueEmail(tx, {
        to,
        ...mail(decision, { locale, businessName: business.name, reason: needsReason ? why : null, url: `${appUrl}/business/profile` }),
      });
    }
    await syncSearch(tx, { businessIds: [businessId] });
    return { status: transition.to };
  });
}

export const verifyBusiness = (client: Db, args: Omit<Parameters<typeof decideBusiness>[1], "decision" | "reason">) =>
  decideBusiness(client, { ...args, decision: "verify" });
export const rejectBusiness = (client: Db, args: Omit<Parameters<typeof decideBusiness>[1], "decision"> & { reason: string }) =>
  decideBusiness(client, { ...args, decision: "reject" });
export const suspendBusiness = (client: Db, args: Omit<Parameters<typeof decideBusiness>[1], "decision"> & { reason: string }) =>
  decideBusiness(client, { ...args, decision: "suspend" });
export const reinstateBusiness = (client: Db, args: Omit<Parameters<typeof decideBusiness>[1], "decision" | "reason">) =>
  decideBusiness(client, { ...args, decision: "reinstate" });
