// The office's view of a fair's outcome: allocation, registrations by status, fees
// due/paid/waived, check-ins and the exhibitors' reported results, with totals (sales as
// BigInt: totals easily pass 2.1 billion đồng). Feeds the evaluation reports.
import { NotFound } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import { csvCell } from "~/utils/csv";
import type { Db } from "~/utils/db.server";
import { feeOpen, registrationFeeStates, type FeeState } from "./fees.server";
import { requireOffice, waitlistPosition } from "./registrations.server";

export async function listFairRegistrations(db: Db, { actor, fairId }: { actor: Actor; fairId: string }) {
  requireOffice(actor);
  const fair = await db.fair.findUnique({ where: { id: fairId }, select: { id: true, name: true, slug: true, status: true, startsAt: true } });
  if (!fair) throw new NotFound();
  const rows = await db.fairRegistration.findMany({
    where: { fairId },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    include: {
      business: { select: { name: true, slug: true } },
      booth: { select: { code: true } },
      boothType: { select: { name: true } },
      payments: { select: { id: true, status: true } },
      exhibits: { select: { product: { select: { name: true } } } },
    },
  });
  const feeStates = await registrationFeeStates(db, rows);
  const registrations = [];
  for (const r of rows) {
    registrations.push({
      id: r.id,
      business: r.business,
      status: r.status,
      booth: r.booth?.code ?? null,
      boothType: r.boothType.name,
      feeVnd: r.feeVnd,
      feeStatus: feeStates.get(r.id)!,
      feeOpen: feeOpen(feeStates.get(r.id)!),
      waiverRequested: r.waiverRequested,
      note: r.note,
      decisionReason: r.decisionReason,
      holdExpiresAt: r.holdExpiresAt,
      checkedInAt: r.checkedInAt,
      position: r.status === "WAITLISTED" ? await waitlistPosition(db, r) : null,
      products: r.exhibits.map((e) => e.product.name),
      salesVnd: r.salesVnd,
      visitors: r.visitors,
      contacts: r.contacts,
      resultComment: r.resultComment,
    });
  }
  return { fair, registrations };
}

export async function fairResults(db: Db, { actor, fairId }: { actor: Actor; fairId: string }) {
  const { fair, registrations } = await listFairRegistrations(db, { actor, fairId });
  const byStatus: Record<string, number> = { PENDING: 0, APPROVED: 0, WAITLISTED: 0, REJECTED: 0, CANCELLED: 0 };
  // due/paid/waived/no fee: every state not settled and carrying a fee still counts as due
  const fees: Record<Extract<FeeState, "due" | "paid" | "waived" | "no_fee">, { count: number; amountVnd: number }> = {
    due: { count: 0, amountVnd: 0 },
    paid: { count: 0, amountVnd: 0 },
    waived: { count: 0, amountVnd: 0 },
    no_fee: { count: 0, amountVnd: 0 },
  };
  let salesVnd = 0n;
  let visitors = 0;
  let contacts = 0;
  let reported = 0;
  for (const r of registrations) {
    byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    if (r.status === "PENDING" || r.status === "APPROVED") {
      const bucket = r.feeStatus === "paid" || r.feeStatus === "waived" || r.feeStatus === "no_fee" ? r.feeStatus : "due";
      fees[bucket].count++;
      fees[bucket].amountVnd += r.feeVnd;
    }
    if (r.salesVnd !== null) {
      reported++;
      salesVnd += r.salesVnd;
      visitors += r.visitors ?? 0;
      contacts += r.contacts ?? 0;
    }
  }
  const approved = registrations.filter((r) => r.status === "APPROVED");
  return {
    fair,
    registrations,
    byStatus,
    fees,
    checkIns: { checkedIn: approved.filter((r) => r.checkedInAt).length, expected: approved.length },
    totals: { reported, salesVnd, visitors, contacts },
  };
}


/** One row per registration; a leading BOM so spreadsheet programs read UTF-8 Vietnamese. */
export function resultsCsv(results: Awaited<ReturnType<typeof fairResults>>): string {
  const header = ["business", "status", "booth", "booth_type", "fee_vnd", "fee_status", "waiver_requested", "checked_in_at", "sales_vnd", "visitors", "contacts", "comment"];
  const lines = [header.join(",")];
  for (const r of results.registrations) {
    lines.push(
      [r.business.name, r.status, r.booth, r.boothType, r.feeVnd, r.feeStatus, r.waiverRequested ? "yes" : "no", r.checkedInAt?.toISOString(), r.salesVnd, r.visitors, r.contacts, r.resultComment]
        .map(csvCell)
        .join(","),
    );
  }
  lines.push(["TOTAL", "", "", "", "", "", "", String(results.checkIns.checkedIn), results.totals.salesVnd, results.totals.visitors, results.totals.contacts, ""].map(csvCell).join(","));
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}
