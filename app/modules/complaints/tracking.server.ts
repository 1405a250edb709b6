// The complainant's side, opened by tracking code + PIN. Wrong pairs are counted per typed
// code in the database (5 per 15 minutes, surviving restarts); an unknown code is checked
// against a dummy hash and counted the same way, so the answer and its timing say nothing
// about which codes exist.
import { hashPassword, verifyPassword } from "~/modules/identity/password.server";
import { discardPrepared, recordUpload, type PreparedUpload } from "~/modules/files/uploads.server";
import { Conflict, Invalid, NotFound } from "~/modules/errors";
import type { Db, Tx } from "~/utils/db.server";
import { PIN_MAX_FAILURES, PIN_WINDOW_MS } from "./config.server";
import { isContactCopyRefused } from "./db-errors.server";
import { loadCalendar } from "./intake.server";
import { normaliseTrackingCode, TO_BOTH, TO_COMPLAINANT } from "./model";
import { workingDaysLeft } from "~/utils/working-days";

type Reader = Db | Tx;

let dummyHash: Promise<string> | undefined;

export type OpenResult = { ok: true; complaintId: string } | { ok: false; reason: "invalid" } | { ok: false; reason: "locked"; retryAfterMs: number };

export async function openComplaint(db: Db, input: { code: string; pin: string; now?: Date }): Promise<OpenResult> {
  const now = input.now ?? new Date();
  const code = normaliseTrackingCode(input.code) ?? input.code.trim().toUpperCase().slice(0, 30);
  const since = new Date(now.getTime() - PIN_WINDOW_MS);
  const failures = await db.complaintAccessFailure.findMany({
    where: { code, createdAt: { gt: since } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  if (failures.length >= PIN_MAX_FAILURES) {
    const oldest = failures[failures.length - PIN_MAX_FAILURES]!.createdAt.getTime();
    return { ok: false, reason: "locked", retryAfterMs: oldest + PIN_WINDOW_MS - now.getTime() };
  }
  const complaint = await db.complaint.findUnique({ where: { code }, select: { id: true, pinHash: true } });
  const hash = complaint?.pinHash.startsWith("$argon2") ? complaint.pinHash : await (dummyHash ??= hashPassword("no-such-complaint"));
  const ok = (await verifyPassword(hash, input.pin)) && complaint !== null && complaint.pinHash === hash;
  if (ok) return { ok: true, complaintId: complaint.id };
  await db.complaintAccessFailure.create({ data: { code, complaintId: complaint?.id ?? null, createdAt: now } });
  return { ok: false, reason: "invalid" };
}

/** What the complainant sees: their own words, the events meant for them, the deadline. */
export async function complainantView(client: Reader, complaintId: string, now = new Date()) {
  const c = await client.complaint.findUnique({
    where: { id: complaintId },
    select: {
      id: true,
      code: true,
      status: true,
      subject: true,
      description: true,
      happenedOn: true,
      remedy: true,
      receivedAt: true,
      forwardedAt: true,
      businessDueAt: true,
      outcome: true,
      escalationRequestedAt: true,
      businessNameText: true,
      business: { select: { name: true } },
      product: { select: { name: true } },
      salesPoint: { select: { name: true } },
      events: {
        where: { visibleToComplainant: true },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          actorKind: true,
          message: true,
          createdAt: true,
          attachments: { where: { visibleToComplainant: true }, select: { id: true, file: { select: { originalName: true, mimeType: true } } } },
        },
      },
    },
  });
  if (!c) throw new NotFound();
  const calendar = await loadCalendar(client);
  const daysLeft = c.businessDueAt && ["FORWARDED", "ANSWERED"].includes(c.status) ? workingDaysLeft(now, c.businessDueAt, calendar) : null;
  return {
    ...c,
    target: c.product?.name ?? c.salesPoint?.name ?? c.business?.name ?? c.businessNameText ?? null,
    businessName: c.business?.name ?? c.businessNameText ?? null,
    daysLeft,
    canAddInfo: !["CLOSED", "REJECTED"].includes(c.status),
    canReply: c.status === "ANSWERED" || c.status === "FORWARDED",
    canConclude: c.status === "ANSWERED" && !c.escalationRequestedAt,
  };
}

export type ComplainantAction =
  | { intent: "add-info"; message: string }
  | { intent: "reply"; message: string }
  | { intent: "resolved"; message?: string }
  | { intent: "not-satisfied"; message?: string };


/** The complainant adds information, replies to the business, or concludes. */
export async function complainantAct(
  db: Db,
  input: { complaintId: string; action: ComplainantAction; evidence?: PreparedUpload[]; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  const { action } = input;
  try {
    await db.$transaction(async (tx) => {
      const c = await tx.complaint.findUnique({ where: { id: input.complaintId }, select: { status: true, escalationRequestedAt: true } });
      if (!c) throw new NotFound();
      if (c.status === "CLOSED" || c.status === "REJECTED") throw new Conflict("complaints.errors.closed");
      let eventId: string;
      if (action.intent === "add-info") {
        // Office first: what the complainant adds may need redacting before a business reads it.
        const e = await tx.complaintEvent.create({
          data: { complaintId: input.complaintId, kind: "info_added", actorKind: "complainant", message: action.message, ...TO_COMPLAINANT, createdAt: now },
        });
        eventId = e.id;
        if (c.status === "NEEDS_INFO") await tx.complaint.update({ where: { id: input.complaintId }, data: { status: "RECEIVED" } });
      } else if (action.intent === "reply") {
        if (c.status !== "ANSWERED" && c.status !== "FORWARDED") throw new Conflict("complaints.errors.notWithBusiness");
        const e = await tx.complaintEvent.create({
          data: { complaintId: input.complaintId, kind: "complainant_reply", actorKind: "complainant", message: action.message, ...TO_BOTH, createdAt: now },
        });
        eventId = e.id;
      } else {
        if (c.status !== "ANSWERED") throw new Conflict("complaints.errors.notAnswered");
        const resolved = action.intent === "resolved";
        const e = await tx.complaintEvent.create({
          data: {
            complaintId: input.complaintId,
            kind: resolved ? "complainant_resolved" : "complainant_not_satisfied",
            actorKind: "complainant",
            message: action.message ?? null,
            ...TO_BOTH,
            createdAt: now,
          },
        });
        eventId = e.id;
        await tx.complaint.update({
          where: { id: input.complaintId },
          data: resolved ? { status: "RESOLVED" } : { escalationRequestedAt: now },
        });
      }
      for (const prepared of input.evidence ?? []) {
        const file = await recordUpload(tx, prepared, { isPrivate: true });
        await tx.complaintAttachment.create({
          data: { complaintId: input.complaintId, eventId, fileId: file.id, addedBy: "complainant", visibleToComplainant: true, visibleToBusiness: false },
        });
      }
    });
  } catch (error) {
    await discardPrepared(input.evidence ?? []);
    if (isContactCopyRefused(error)) {
      throw new Invalid("complaints.errors.contactInText", { message: ["complaints.errors.contactInText"] });
    }
    throw error;
  }
}
