// Open data: public summary figures.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { complaintStats } from "~/modules/complaints/stats.server";
import { paymentTotals } from "~/modules/payments/payments.server";
import { publicStats } from "~/modules/reports/public-stats.server";
import { db, dbReady } from "~/utils/db.server";

export async function loader(_args: LoaderFunctionArgs) {
  await dbReady;
  const [stats, complaints, fees] = await Promise.all([publicStats(db), complaintStats(db), paymentTotals(db)]);
  return Response.json(
    {
      data: {
        ...stats,
        // Counts only, cells under the threshold suppressed (null); never text or who.
        complaints: { total: complaints.total, medianDaysToAnswer: complaints.medianDaysToAnswer, byMonth: complaints.byMonth, suppressBelow: complaints.suppressBelow },
        fees: { paidCount: fees.paidCount, paidVnd: fees.paidVnd, waivedCount: fees.waivedCount },
        generatedAt: new Date().toISOString(),
      },
    },
    { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } },
  );
}
