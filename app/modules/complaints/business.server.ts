// The business's side: only complaints forwarded to it, only what is marked for it, the
// redacted description, and the complainant's name and contact only with their consent —
// never the vulnerability detail. Anything else is NotFound, exactly like an unknown id.
import { Conflict, NotFound } from "~/modules/errors";
import { recordUpload, discardPrepared, type PreparedUpload } from "~/modules/files/uploads.server";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Prisma } from "~/generated/prisma/client";
import type { Db, Tx } from "~/utils/db.server";
import { workingDaysLeft } from "~/utils/working-days";
import { loadCalendar } from "./intake.server";
import { TO_BOTH } from "./model";

type Reader = Db | Tx;

const forwardedTo = (businessId: string): Prisma.ComplaintWhereInput => ({ businessId, forwardedAt: { not: null }, mergedIntoId: null });

function firstLine(text: string | null): string {
  const line = (text ?? "").split(/\r?\n/)[0]!.trim();
  return line.length > 100 ? `${line.slice(0, 97)}…` : line;
}

export async function businessComplaints(client: Reader, { businessId, now = new Date() }: { businessId: string; now?: Date }) {
  const [rows, calendar] = await Promise.all([
    client.complaint.findMany({
      where: forwardedTo(businessId),
      orderBy: { businessDueAt: "asc" },
      select: { id: true, code: true, status: true, descriptionRedacted: true, forwardedAt: true, businessDueAt: true, product: { select: { name: true } } },
    }),
    loadCalendar(client),
  ]);
  return rows.map(({ descriptionRedacted, ...r }) => ({
    ...r,
    summary: firstLine(descriptionRedacted),
    daysLeft: r.businessDueAt && r.status === "FORWARDED" ? workingDaysLeft(now, r.businessDueAt, calendar) : null,
  }));
}

export async function businessComplaint(client: Reader, { businessId, id, now = new Date() }: { businessId: string; id: string; now?: Date }) {
  const c = await client.complaint.findFirst({
    where: { AND: [forwardedTo(businessId), { id }] },
    select: {
      id: true,
      code: true,
      status: true,
      descriptionRedacted: true,
      happenedOn: true,
      remedy: true,
      remedyNote: true,
      forwardedAt: true,
      businessDueAt: true,
      consentShareContact: true,
      product: { select: { name: true } },
      salesPoint: { select: { name: true } },
      events: {
        where: { visibleToBusiness: true },
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, actorKind: true, message: true, createdAt: true, attachments: { where: { visibleToBusiness: true }, select: { id: true, file: { select: { originalName: true } } } } },
      },
      attachments: { where: { visibleToBusiness: true, eventId: null }, select: { id: true, file: { select: { originalName: true } } } },
    },
  });
  if (!c) throw new NotFound();
  // Name, phone and e-mail only: never the address or the vulnerability detail.
  const contact = c.consentShareContact
    ? await client.complainantContact.findUnique({ where: { complaintId: id }, select: { name: true, phone: true, email: true } })
    : null;
  const evidence = await client.complaintAttachment.findMany({
    where: { complaintId: id, visibleToBusiness: true, addedBy: { not: "business" } },
    select: { id: true, file: { select: { originalName: true } } },
  });
  const calendar = await loadCalendar(client);
  return {
    ...c,
    evidence,
    contact,
    daysLeft: c.businessDueAt && c.status === "FORWARDED" ? workingDaysLeft(now, c.businessDueAt, calendar) : null,
    canAnswer: c.status === "FORWARDED" || c.status === "ANSWERED",
  };
}

export type BusinessAction = { intent: "answer"; message: string; proposal?: string } | { intent: "agreed"; message?: string };

export async function businessAct(
  db: Db,
  input: { actorId: string; businessId: string; id: string; action: BusinessAction; attachments?: PreparedUpload[]; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  try {
    await db.$transaction(async (tx) => {
      const c = await tx.complaint.findFirst({ where: { AND: [forwardedTo(input.businessId), { id: input.id }] }, select: { status: true, firstAnsweredAt: true } });
      if (!c) throw new NotFound();
      if (c.status !== "FORWARDED" && c.status !== "ANSWERED") throw new Conflict("complaints.errors.wrongStatus");
      const { action } = input;
      const message = action.intent === "answer" && action.proposal ? `${action.message}\n\n— ${action.proposal}` : (action.message ?? null);
      const event = await tx.complaintEvent.create({
        data: { complaintId: input.id, kind: action.intent === "answer" ? "business_reply" : "agreed", actorId: input.actorId, actorKind: "business", message, ...TO_BOTH, createdAt: now },
      });
      await tx.complaint.update({
        where: { id: input.id },
        data: action.intent === "answer" ? { status: "ANSWERED", firstAnsweredAt: c.firstAnsweredAt ?? now } : { status: "RESOLVED", agreedAt: now, firstAnsweredAt: c.firstAnsweredAt ?? now },
      });
      for (const prepared of input.attachments ?? []) {
        // Owned by no business (the trigger insists): the complaint's door decides who reads it.
        const file = await recordUpload(tx, prepared, { isPrivate: true, uploadedById: input.actorId });
        await tx.complaintAttachment.create({
          data: { complaintId: input.id, eventId: event.id, fileId: file.id, addedBy: "business", visibleToBusiness: true, visibleToComplainant: true },
        });
      }
      await recordAudit(tx, { actorId: input.actorId, action: `complaint.business_${action.intent}`, entityType: "Complaint", entityId: input.id });
    });
  } catch (error) {
    await discardPrepared(input.attachments ?? []);
    throw error;
  }
}
