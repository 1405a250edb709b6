// The office's to-do counts for its dashboard.
import { Forbidden } from "~/modules/errors";
import { hasPermission, type Actor } from "~/modules/identity/permissions";
import type { Db } from "~/utils/db.server";

export async function officeQueueCounts(client: Db, { actor, now = new Date() }: { actor: Actor; now?: Date }) {
  if (!hasPermission(actor, "office:access")) throw new Forbidden();
  const soon = new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000);
  const [pendingBusinesses, pendingProducts, openComplaints, expiringCertificates] = await Promise.all([
    client.business.count({ where: { status: "PENDING" } }),
    client.product.count({ where: { status: "SUBMITTED" } }),
    client.complaint.count({ where: { status: { in: ["RECEIVED", "FORWARDED", "ESCALATED"] } } }),
    client.certificate.count({ where: { status: "ACTIVE", expiresOn: { gte: now, lte: soon } } }),
  ]);
  return { pendingBusinesses, pendingProducts, openComplaints, expiringCertificates };
}
