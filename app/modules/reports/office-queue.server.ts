// The office's to-do counts for its dashboard.
import { Forbidden } from "~/modules/errors";
import { hasPermission, type Actor } from "~/modules/identity/permissions";
import type { Db } from "~/utils/db.server";
import { addDays, fromVnLocal, vnDateKey } from "~/utils/dates";

export async function officeQueueCounts(client: Db, { actor, now = new Date() }: { actor: Actor; now?: Date }) {
  if (!hasPermission(actor, "office:access")) throw new Forbidden();
  // Counted by Vietnamese calendar day, like the expiring list: a certificate is valid through its expiry day.
  const today = vnDateKey(now);
  const from = fromVnLocal(today);
  const soon = fromVnLocal(addDays(today, 30), 1440);
  const [pendingBusinesses, pendingProducts, openComplaints, expiringCertificates] = await Promise.all([
    client.business.count({ where: { status: "PENDING" } }),
    client.product.count({ where: { status: "SUBMITTED" } }),
    client.complaint.count({ where: { status: { in: ["RECEIVED", "FORWARDED", "ESCALATED"] } } }),
    client.certificate.count({ where: { status: "ACTIVE", expiresOn: { gte: from, lte: soon } } }),
  ]);
  return { pendingBusinesses, pendingProducts, openComplaints, expiringCertificates };
}
