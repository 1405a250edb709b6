// Who may read a complaint's file. The StoredFile is private and owned by no business, so the
// generic /files/:id serves it only to office roles; this is the complaint's own door:
// the office (office:complaints:handle), the complainant holding the access cookie for that
// complaint when the attachment is marked for them, and the business the complaint was
// forwarded to when the attachment is marked for it.
import { hasPermission, type Actor } from "~/modules/identity/permissions";
import type { Db, Tx } from "~/utils/db.server";

export async function readableComplaintFile(
  client: Db | Tx,
  input: { attachmentId: string; actor: Actor | null; complainantComplaintId: string | null },
) {
  const attachment = await client.complaintAttachment.findUnique({
    where: { id: input.attachmentId },
    select: {
      complaintId: true,
      visibleToComplainant: true,
      visibleToBusiness: true,
      complaint: { select: { businessId: true, forwardedAt: true } },
      file: { select: { id: true, storageKey: true, thumbKey: true, mimeType: true, originalName: true } },
    },
  });
  if (!attachment) return null;
  const { actor } = input;
  const office = actor !== null && hasPermission(actor, "office:complaints:handle");
  const complainant = input.complainantComplaintId === attachment.complaintId && attachment.visibleToComplainant;
  const business =
    actor !== null &&
    actor.role === "BUSINESS" &&
    attachment.visibleToBusiness &&
    attachment.complaint.forwardedAt !== null &&
    attachment.complaint.businessId !== null &&
    actor.memberships.some((m) => m.businessId === attachment.complaint.businessId);
  return office || complainant || business ? attachment.file : null;
}
