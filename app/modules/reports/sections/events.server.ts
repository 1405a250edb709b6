// Fairs, fees and the "Vì người nghèo" link for a period: fairs held, exhibitors, booths taken,
// check-ins, reported visitors and sales; fees collected; waivers granted (count and amount only —
// never who). One aggregate pass per table; scoped by the fair's commune.
import { ANNOUNCED_TRIP_STATUSES } from "~/modules/trips/visibility";
import type { Db } from "~/utils/db.server";
import type { Figure, ReportScope, ReportSection } from "../report.server";
import { aggregate, communeFilter, isoText } from "../sql.server";

async function compute(client: Db, scope: ReportScope): Promise<Figure[]> {
  const from = isoText(scope.from);
  const to = isoText(scope.to);
  const fairScope = communeFilter("f.communeCode", scope.communeCodes);
  const businessScope = communeFilter("b.communeCode", scope.communeCodes);
  const joinBusiness = scope.communeCodes ? "JOIN Business b ON b.id = p.businessId" : "";
  // Trips held: announced (the public rule of trips/visibility.ts, cancelled ones excluded), counted
  // by their stops in the period and, when scoped, in the scope's communes.
  const stopScope = communeFilter("s.communeCode", scope.communeCodes);
  const heldStop = `s.startsAt >= ? AND s.startsAt < ? AND t.status IN (${ANNOUNCED_TRIP_STATUSES.map((x) => `'${x}'`).join(", ")}) AND ${stopScope.sql}`;
  const heldParams = [from, to, ...stopScope.params];
  const [fairs, exhibitors, paid, waived, tripStops, tripParticipants, tripSales] = await Promise.all([
    aggregate<{ n_held: number }>(
      client,
      `SELECT COUNT(*) AS n_held FROM Fair f WHERE f.startsAt >= ? AND f.startsAt < ? AND f.status IN ('PUBLISHED', 'CLOSED', 'FINISHED') AND ${fairScope.sql}`,
      [from, to, ...fairScope.params],
    ),
    aggregate<{ n_exhibitors: number; n_booths: number; n_checkedIn: number; n_visitors: number; n_sales: number }>(
      client,
      `SELECT COUNT(DISTINCT r.businessId) AS n_exhibitors, COUNT(r.boothId) AS n_booths, COUNT(r.checkedInAt) AS n_checkedIn,
              COALESCE(SUM(r.visitors), 0) AS n_visitors, COALESCE(SUM(r.salesVnd), 0) AS n_sales
         FROM FairRegistration r JOIN Fair f ON f.id = r.fairId
        WHERE r.status = 'APPROVED' AND f.startsAt >= ? AND f.startsAt < ? AND f.status IN ('PUBLISHED', 'CLOSED', 'FINISHED') AND ${fairScope.sql}`,
      [from, to, ...fairScope.params],
    ),
    aggregate<{ n_count: number; n_amount: number }>(
      client,
      `SELECT COUNT(*) AS n_count, COALESCE(SUM(p.amountVnd), 0) AS n_amount FROM Payment p ${joinBusiness}
        WHERE p.status = 'PAID' AND p.paidAt >= ? AND p.paidAt < ? AND ${businessScope.sql}`,
      [from, to, ...businessScope.params],
    ),
    aggregate<{ n_count: number; n_amount: number }>(
      client,
      `SELECT COUNT(*) AS n_count, COALESCE(SUM(p.amountVnd), 0) AS n_amount FROM Payment p ${joinBusiness}
        WHERE p.status = 'WAIVED' AND p.updatedAt >= ? AND p.updatedAt < ? AND ${businessScope.sql}`,
      [from, to, ...businessScope.params],
    ),
    aggregate<{ n_trips: number; n_stops: number; n_visitors: number }>(
      client,
      `SELECT COUNT(DISTINCT t.id) AS n_trips, COUNT(*) AS n_stops, COALESCE(SUM(s.visitors), 0) AS n_visitors FROM TripStop s JOIN Trip t ON t.id = s.tripId WHERE ${heldStop}`,
      heldParams,
    ),
    aggregate<{ n_participants: number }>(
      client,
      `SELECT COUNT(DISTINCT p.id) AS n_participants FROM TripParticipant p JOIN TripStop s ON s.tripId = p.tripId JOIN Trip t ON t.id = s.tripId WHERE p.status = 'APPROVED' AND ${heldStop}`,
      heldParams,
    ),
    aggregate<{ n_sales: number }>(
      client,
      `SELECT COALESCE(SUM(x.salesVnd), 0) AS n_sales FROM TripStopSale x JOIN TripStop s ON s.id = x.stopId JOIN Trip t ON t.id = s.tripId WHERE ${heldStop}`,
      heldParams,
    ),
  ]);
  const e = exhibitors[0]!;
  return [
    { key: "events.fairsHeld", value: fairs[0]!.n_held },
    { key: "events.exhibitors", value: e.n_exhibitors },
    { key: "events.booths", value: e.n_booths },
    { key: "events.checkedIn", value: e.n_checkedIn },
    { key: "events.visitors", value: e.n_visitors },
    { key: "events.reportedSales", value: e.n_sales, unit: "vnd" },
    { key: "events.tripsHeld", value: tripStops[0]!.n_trips },
    { key: "events.tripStops", value: tripStops[0]!.n_stops },
    { key: "events.tripParticipants", value: tripParticipants[0]!.n_participants },
    { key: "events.tripVisitors", value: tripStops[0]!.n_visitors },
    { key: "events.tripSales", value: tripSales[0]!.n_sales, unit: "vnd" },
    { key: "fees.paidCount", value: paid[0]!.n_count },
    { key: "fees.paidAmount", value: paid[0]!.n_amount, unit: "vnd" },
    { key: "fees.waivedCount", value: waived[0]!.n_count },
    { key: "fees.waivedAmount", value: waived[0]!.n_amount, unit: "vnd" },
  ];
}

export const eventsSection: ReportSection = { key: "events", compute };
