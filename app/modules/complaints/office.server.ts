// The office's side: the queue (vulnerable first, then due date), the case file, and every
// triage action in one transaction with its audit entry. Contact data is never part of the case
// file: `revealContact` returns it to officers holding office:complaints:read-contact and
// audits each view.
import { recordAudit } from "~/modules/audit/audit.server";
import { Conflict, Forbidden, Invalid, NotFound } from "~/modules/errors";
import { hasPermission, type Actor } from "~/modules/identity/permissions";
import { discardPrepared, recordUpload, type PreparedUpload } from "~/modules/files/uploads.server";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import type { Db, Tx } from "~/utils/db.server";
import { businessDueAt, workingDaysLeft } from "~/utils/working-days";
import type { Prisma } from "~/generated/prisma/client";
import { isContactCopyRefused } from "./db-errors.server";
import { loadCalendar } from "./intake.server";
import { OFFICE_ONLY, OPEN_STATUSES, TO_BOTH, TO_COMPLAINANT, normaliseTrackingCode, type EventKind, type Outcome } from "./model";

type Reader = Db | Tx;

function requireHandler(actor: Actor) {
  if (!hasPermission(actor, "office:complaints:handle")) throw new Forbidden();
}

export interface QueueFilters {
  status?: string;
  communeCode?: string;
  businessId?: string;
  overdue?: boolean;
}

/** How many complaints one queue page lists. */
export const QUEUE_LIMIT = 500;

/** Vulnerable first, then by due date (a complaint not yet forwarded counts from its receipt). */
function byPriority(a: { vulnerable: boolean; businessDueAt: Date | null; receivedAt: Date }, b: typeof a): number {
  const dueOf = (r: typeof a) => (r.businessDueAt ?? r.receivedAt).getTime();
  return Number(b.vulnerable) - Number(a.vulnerable) || dueOf(a) - dueOf(b);
}

/** Open complaints: vulnerable first, then by due date (a complaint not yet forwarded counts from its receipt). */
export async function officeQueue(client: Reader, { actor, filters, now = new Date() }: { actor: Actor; filters: QueueFilters; now?: Date }) {
  requireHandler(actor);
  const where: Prisma.ComplaintWhereInput = {
    mergedIntoId: null,
    status: filters.status ? (filters.status as Prisma.EnumComplaintStatusFilter["equals"]) : { in: [...OPEN_STATUSES, "RESOLVED"] },
    ...(filters.communeCode ? { communeCode: filters.communeCode } : {}),
    ...(filters.businessId ? { businessId: filters.businessId } : {}),
    ...(filters.overdue ? { status: "FORWARDED", businessDueAt: { lt: now } } : {}),
  };
  // The priority (a due date that falls back to the receipt) is not a column SQL can order by
  // through Prisma, so the page is chosen from a narrow read of every match and only then
  // loaded in full: the page is always the most urgent complaints, not any 500 of them.
  const candidates = await client.complaint.findMany({ where, select: { id: true, vulnerable: true, businessDueAt: true, receivedAt: true } });
  const page = candidates.sort(byPriority).slice(0, QUEUE_LIMIT).map((c) => c.id);
  const [rows, communes, businesses] = await Promise.all([
    client.complaint.findMany({
      where: { id: { in: page } },
      select: {
        id: true,
        code: true,
        status: true,
        subject: true,
        vulnerable: true,
        receivedAt: true,
        businessDueAt: true,
        escalationRequestedAt: true,
        firstAnsweredAt: true,
        businessId: true,
        productId: true,
        business: { select: { name: true } },
        businessNameText: true,
        commune: { select: { name: true } },
        assignedTo: { select: { name: true } },
      },
    }),
    client.commune.findMany({ where: { complaints: { some: {} } }, select: { code: true, name: true }, orderBy: { name: "asc" } }),
    client.business.findMany({ where: { complaints: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  rows.sort(byPriority);
  const items = rows.map((r) => ({
    ...r,
    overdue: r.status === "FORWARDED" && r.businessDueAt !== null && r.businessDueAt < now && r.firstAnsweredAt === null,
  }));
  return {
    items,
    forEscalation: items.filter((r) => r.status !== "ESCALATED" && (r.overdue || r.escalationRequestedAt !== null)),
    communes,
    businesses,
  };
}

/** One complaint for the office: everything except the complainant's contact data. */
export async function officeComplaint(client: Reader, { actor, id, now = new Date() }: { actor: Actor; id: string; now?: Date }) {
  requireHandler(actor);
  const c = await client.complaint.findUnique({
    where: { id },
    include: {
      business: { select: { id: true, name: true } },
      product: { select: { name: true } },
      salesPoint: { select: { name: true } },
      commune: { select: { name: true } },
      assignedTo: { select: { id: true, name: true } },
      mergedInto: { select: { id: true, code: true } },
      contact: { select: { complaintId: true } },
      events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true } } } },
      attachments: { orderBy: { createdAt: "asc" }, include: { file: { select: { originalName: true, mimeType: true } } } },
    },
  });
  if (!c) throw new NotFound();
  const { pinHash: _pin, contact, ...rest } = c;
  const or: Prisma.ComplaintWhereInput[] = [];
  if (c.productId) or.push({ productId: c.productId });
  if (c.businessId) or.push({ businessId: c.businessId });
  const similar = or.length
    ? await client.complaint.findMany({
        where: { id: { not: c.id }, mergedIntoId: null, status: { in: [...OPEN_STATUSES] }, OR: or },
        select: { id: true, code: true, subject: true, status: true, receivedAt: true },
        orderBy: { receivedAt: "asc" },
        take: 20,
      })
    : [];
  const calendar = await loadCalendar(client);
  return {
    complaint: rest,
    hasContact: contact !== null,
    similar,
    daysLeft: c.businessDueAt && (c.status === "FORWARDED" || c.status === "ANSWERED") ? workingDaysLeft(now, c.businessDueAt, calendar) : null,
    canReadContact: hasPermission(actor, "office:complaints:read-contact"),
  };
}

/** The complainant's contact and vulnerability detail; each view is audited. */
export async function revealContact(db: Db, { actor, id }: { actor: Actor; id: string }) {
  if (!hasPermission(actor, "office:complaints:read-contact")) throw new Forbidden();
  return db.$transaction(async (tx) => {
    const contact = await tx.complainantContact.findUnique({ where: { complaintId: id } });
    await recordAudit(tx, { actorId: actor.userId, action: "complaint.contact_view", entityType: "Complaint", entityId: id, data: { found: contact !== null } });
    return contact;
  });
}

export type OfficeAction =
  | { intent: "assign"; assigneeId?: string }
  | { intent: "reject"; reason: string }
  | { intent: "ask-info"; message: string }
  | { intent: "redact"; descriptionRedacted: string }
  | { intent: "forward"; note?: string }
  | { intent: "outside-contact"; note: string }
  | { intent: "escalate"; note?: string }
  | { intent: "close"; outcome: Exclude<Outcome, "MERGED">; note?: string }
  | { intent: "merge"; intoCode: string }
  | { intent: "note"; message: string };

export interface ForwardMail {
  subject: (code: string) => string;
  text: (args: { code: string; due: Date }) => string;
}


export async function officeAct(
  db: Db,
  { actor, id, action, mail, now = new Date() }: { actor: Actor; id: string; action: OfficeAction; mail?: ForwardMail; now?: Date },
): Promise<void> {
  requireHandler(actor);
  const calendar = action.intent === "forward" || action.intent === "outside-contact" ? await loadCalendar(db) : null;
  try {
    await db.$transaction(async (tx) => {
      const c = await tx.complaint.findUnique({
        where: { id },
        select: { id: true, code: true, status: true, businessId: true, description: true, descriptionRedacted: true, mergedIntoId: true },
      });
      if (!c) throw new NotFound();
      const closed = c.status === "CLOSED" || c.status === "REJECTED";
      if (closed && action.intent !== "note") throw new Conflict("complaints.errors.closed");
      const event = (kind: EventKind, message: string | null, visibility = OFFICE_ONLY) =>
        tx.complaintEvent.create({ data: { complaintId: id, kind, actorId: actor.userId, actorKind: "office", message, ...visibility, createdAt: now } });
      const triage = c.status === "RECEIVED" || c.status === "NEEDS_INFO";

      switch (action.intent) {
        case "assign": {
          const assigneeId = action.assigneeId || actor.userId;
          const assignee = await tx.user.findFirst({ where: { id: assigneeId, role: { in: ["OFFICER", "ADMIN"] } }, select: { name: true } });
          if (!assignee) throw new Invalid("complaints.errors.wrongStatus");
          await tx.complaint.update({ where: { id }, data: { assignedToId: assigneeId } });
          await event("assigned", assignee.name);
          break;
        }
        case "reject":
          if (!triage) throw new Conflict("complaints.errors.wrongStatus");
          await tx.complaint.update({ where: { id }, data: { status: "REJECTED", closedAt: now } });
          await event("rejected", action.reason, TO_COMPLAINANT);
          break;
        case "ask-info":
          if (!triage) throw new Conflict("complaints.errors.wrongStatus");
          await tx.complaint.update({ where: { id }, data: { status: "NEEDS_INFO" } });
          await event("info_requested", action.message, TO_COMPLAINANT);
          break;
        case "redact":
          await tx.complaint.update({ where: { id }, data: { descriptionRedacted: action.descriptionRedacted } });
          await event("redacted", null);
          break;
        case "forward":
        case "outside-contact": {
          if (!triage) throw new Conflict("complaints.errors.wrongStatus");
          if (action.intent === "forward" && !c.businessId) throw new Invalid("complaints.errors.noBusiness");
          const due = businessDueAt(now, calendar!);
          await tx.complaint.update({
            where: { id },
            // Without a redaction the office forwards the text as written; the trigger still
            // refuses it if it carries the complainant's phone or e-mail.
            data: { status: "FORWARDED", forwardedAt: now, businessDueAt: due, descriptionRedacted: c.descriptionRedacted ?? c.description },
          });
          // Evidence reaches the business only as its redacted copy when one exists.
          await tx.complaintAttachment.updateMany({
            where: { complaintId: id, addedBy: { in: ["complainant", "office"] }, redactions: { none: {} } },
            data: { visibleToBusiness: true },
          });
          if (action.intent === "forward") {
            await event("forwarded", action.note ?? null, TO_BOTH);
            const owners = await tx.businessMembership.findMany({ where: { businessId: c.businessId!, role: "OWNER" }, select: { user: { select: { email: true } } } });
            if (mail) for (const o of owners) await enqueueEmail(tx, { to: o.user.email, subject: mail.subject(c.code), text: mail.text({ code: c.code, due }) });
          } else {
            await event("outside_contact", action.note, TO_COMPLAINANT);
          }
          break;
        }
        case "escalate":
          if (!["FORWARDED", "ANSWERED", "RESOLVED"].includes(c.status)) throw new Conflict("complaints.errors.wrongStatus");
          await tx.complaint.update({ where: { id }, data: { status: "ESCALATED", escalatedAt: now } });
          await event("escalated", action.note ?? null, TO_BOTH);
          break;
        case "close":
          await tx.complaint.update({ where: { id }, data: { status: "CLOSED", outcome: action.outcome, closedAt: now } });
          await event("closed", action.note ?? null, TO_BOTH);
          break;
        case "merge": {
          const code = normaliseTrackingCode(action.intoCode);
          const into = code
            ? await tx.complaint.findFirst({ where: { code, id: { not: id }, mergedIntoId: null, status: { in: [...OPEN_STATUSES] } }, select: { id: true, code: true } })
            : null;
          if (!into) throw new Invalid("complaints.errors.mergeTarget", { intoCode: ["complaints.errors.mergeTarget"] });
          await tx.complaint.update({ where: { id }, data: { status: "CLOSED", outcome: "MERGED", closedAt: now, mergedIntoId: into.id } });
          await event("merged", into.code, TO_COMPLAINANT);
          break;
        }
        case "note":
          await event("note", action.message);
          break;
      }
      await recordAudit(tx, { actorId: actor.userId, action: `complaint.${action.intent}`, entityType: "Complaint", entityId: id });
    });
  } catch (error) {
    if (isContactCopyRefused(error)) {
      throw new Invalid("complaints.errors.contactInText", { descriptionRedacted: ["complaints.errors.contactInText"] });
    }
    throw error;
  }
}

/**
 * The referral to the Department of Industry and Trade: the redacted description, the contact
 * only when the complainant agreed to share it, the full timeline and the list of documents.
 */
export async function referral(db: Db, { actor, id }: { actor: Actor; id: string }) {
  requireHandler(actor);
  const detail = await officeComplaint(db, { actor, id });
  const contact = detail.complaint.consentShareContact ? await db.complainantContact.findUnique({ where: { complaintId: id }, select: { name: true, phone: true, email: true } }) : null;
  return {
    complaint: detail.complaint,
    description: detail.complaint.descriptionRedacted ?? detail.complaint.description,
    contact,
    documents: detail.complaint.attachments.filter((a) => a.visibleToBusiness || a.addedBy === "business"),
  };
}

/** One piece of evidence for the redaction page: the original, and the copy the business reads if any. */
export async function officeAttachment(client: Reader, { actor, complaintId, attachmentId }: { actor: Actor; complaintId: string; attachmentId: string }) {
  requireHandler(actor);
  const attachment = await client.complaintAttachment.findFirst({
    where: { id: attachmentId, complaintId },
    select: {
      id: true,
      addedBy: true,
      redactedFromId: true,
      visibleToBusiness: true,
      file: { select: { originalName: true, mimeType: true } },
      complaint: { select: { code: true, status: true, forwardedAt: true } },
      redactions: { select: { id: true, visibleToBusiness: true, createdAt: true, file: { select: { originalName: true, mimeType: true } } }, orderBy: { createdAt: "desc" } },
    },
  });
  if (!attachment) throw new NotFound();
  return { ...attachment, redactable: isRedactable(attachment) && !isClosed(attachment.complaint.status) };
}

const isClosed = (status: string) => status === "CLOSED" || status === "REJECTED";
/** Only evidence that came from outside the business is redacted, and a copy is never redacted again. */
const isRedactable = (a: { addedBy: string; redactedFromId: string | null }) => a.addedBy !== "business" && a.redactedFromId === null;

/**
 * Replaces what the business can read of one piece of evidence with a copy the officer redacted
 * (inspected and re-encoded by `prepareUpload` before this call, ADR 0009). The original stays
 * with the office and the complainant: it is never marked for the business again, because
 * forwarding only opens evidence without a redaction. A copy made earlier is replaced, not kept
 * beside the new one, so the business reads exactly one version.
 */
export async function redactAttachment(
  db: Db,
  { actor, complaintId, attachmentId, prepared, now = new Date() }: { actor: Actor; complaintId: string; attachmentId: string; prepared: PreparedUpload; now?: Date },
): Promise<{ copyId: string }> {
  let superseded: { storageKey: string; thumbKey: string | null }[] = [];
  try {
    requireHandler(actor);
    const result = await db.$transaction(async (tx) => {
      const original = await tx.complaintAttachment.findFirst({
        where: { id: attachmentId, complaintId },
        select: {
          addedBy: true,
          redactedFromId: true,
          complaint: { select: { status: true, forwardedAt: true } },
          redactions: { select: { id: true, fileId: true, file: { select: { storageKey: true, thumbKey: true } } } },
        },
      });
      if (!original) throw new NotFound();
      if (isClosed(original.complaint.status)) throw new Conflict("complaints.errors.closed");
      if (!isRedactable(original)) throw new Invalid("complaints.errors.notRedactable", { redacted: ["complaints.errors.notRedactable"] });
      if (original.redactions.length) {
        await tx.complaintAttachment.deleteMany({ where: { id: { in: original.redactions.map((r) => r.id) } } });
        await tx.storedFile.deleteMany({ where: { id: { in: original.redactions.map((r) => r.fileId) } } });
      }
      const file = await recordUpload(tx, prepared, { isPrivate: true, uploadedById: actor.userId });
      const event = await tx.complaintEvent.create({
        data: { complaintId, kind: "redacted", actorId: actor.userId, actorKind: "office", message: null, ...OFFICE_ONLY, createdAt: now },
      });
      const copy = await tx.complaintAttachment.create({
        data: {
          complaintId,
          eventId: event.id,
          fileId: file.id,
          addedBy: "office",
          redactedFromId: attachmentId,
          // Before forwarding, forwarding opens it (it has no redaction of its own).
          visibleToBusiness: original.complaint.forwardedAt !== null,
          visibleToComplainant: false,
          createdAt: now,
        },
      });
      await tx.complaintAttachment.update({ where: { id: attachmentId }, data: { visibleToBusiness: false } });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "complaint.redact_attachment",
        entityType: "Complaint",
        entityId: complaintId,
        data: { attachmentId, copyId: copy.id, replaced: original.redactions.map((r) => r.id) },
      });
      superseded = original.redactions.map((r) => r.file);
      return { copyId: copy.id };
    });
    // The replaced copy's bytes go once its rows are gone; a failure here leaves an orphan the sweep removes.
    await Promise.allSettled(superseded.flatMap((f) => [prepared.store.remove(f.storageKey), ...(f.thumbKey ? [prepared.store.remove(f.thumbKey)] : [])]));
    return result;
  } catch (error) {
    await discardPrepared([prepared]);
    throw error;
  }
}

/** Officers and admins a complaint can be assigned to. */
export function listOfficers(client: Reader) {
  return client.user.findMany({ where: { role: { in: ["OFFICER", "ADMIN"] }, disabledAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
