// Open data for rural sales trips: the JSON of /api/v1/trips and the iCalendar feeds
// (/api/v1/trips.ics, /trips/:slug.ics), one VEVENT per stop through the shared generator.
// Only public fields leave: no fees, capacity, participant states, pass codes or results.
import { absoluteUrl } from "~/modules/catalog/public.server";
import { renderCalendar, type IcalEvent } from "~/modules/events/ical";
import { vnDateKey } from "~/utils/dates";
import { stopLocation, type PublicStop, type PublicTrip } from "./public.server";

function host() {
  return new URL(absoluteUrl("/")).host;
}

// SEQUENCE must grow with every significant change (RFC 5545 §3.8.7.4), but no revision counter
// is stored: the minutes from this epoch to the latest change (a moved stop, the cancellation)
// grow with time, which is all calendars compare. 0 while nothing changed.
const SEQUENCE_EPOCH_MS = Date.UTC(2026, 0, 1);

export function revisionOf(changedAt: Date | null): number {
  if (!changedAt) return 0;
  return Math.max(1, Math.floor((changedAt.getTime() - SEQUENCE_EPOCH_MS) / 60_000));
}

function latest(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}

export function stopPlace(stop: PublicStop): string {
  return [stop.venue, stop.address, stop.commune.name, stop.commune.province.name].filter(Boolean).join(", ");
}

export function tripStopEvent(trip: PublicTrip, stop: PublicStop): IcalEvent {
  const cancelled = trip.status === "CANCELLED";
  const lines = [`Điểm dừng ${stop.position}/${trip.stops.length} của phiên chợ “${trip.name}”.`];
  if (cancelled) lines.push(`Phiên chợ đã bị hủy${trip.cancelReason ? `: ${trip.cancelReason}` : "."}`);
  if (stop.changedAt) lines.push("Lịch điểm dừng này đã thay đổi so với thông báo trước.");
  if (trip.description) lines.push(trip.description);
  const location = stopLocation(stop);
  return {
    uid: `trip-stop-${stop.id}@${host()}`,
    start: stop.startsAt,
    end: stop.endsAt,
    summary: `${trip.name} — ${stop.commune.name}`,
    description: lines.join("\n"),
    location: stopPlace(stop),
    url: absoluteUrl(`/trips/${trip.slug}`),
    geo: location,
    updated: latest(stop.updatedAt, trip.updatedAt),
    sequence: Math.max(revisionOf(stop.changedAt), cancelled ? revisionOf(trip.updatedAt) : 0),
    cancelled,
  };
}

/** A calendar of every stop of the given trips, or of one stop (`stopId`, "add this stop"). */
export function tripsCalendar(trips: PublicTrip[], { now = new Date(), stopId }: { now?: Date; stopId?: string } = {}): string {
  const events = trips.flatMap((trip) => trip.stops.filter((s) => !stopId || s.id === stopId).map((stop) => tripStopEvent(trip, stop)));
  return renderCalendar(events, { now, name: trips.length === 1 ? trips[0]!.name : "Phiên chợ hàng Việt về nông thôn", product: "Trips" });
}

export function tripJson(trip: PublicTrip) {
  return {
    id: trip.id,
    slug: trip.slug,
    name: trip.name,
    description: trip.description,
    status: trip.status,
    cancelReason: trip.status === "CANCELLED" ? trip.cancelReason : null,
    /** first and last day, Vietnamese calendar */
    startsOn: vnDateKey(trip.startsOn),
    endsOn: vnDateKey(trip.endsOn),
    url: absoluteUrl(`/trips/${trip.slug}`),
    ics: absoluteUrl(`/trips/${trip.slug}.ics`),
    stops: trip.stops.map((s) => ({
      id: s.id,
      position: s.position,
      venue: s.venue,
      address: s.address,
      commune: { code: s.commune.code, name: s.commune.name },
      province: { code: s.commune.province.code, name: s.commune.province.name },
      location: stopLocation(s),
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      changed: s.changedAt
        ? { at: s.changedAt.toISOString(), previousStartsAt: s.previousStartsAt?.toISOString() ?? null, previousVenue: s.previousVenue }
        : null,
      ics: absoluteUrl(`/trips/${trip.slug}.ics?stop=${encodeURIComponent(s.id)}`),
    })),
    participants: trip.participants.map((p) => ({ name: p.business.name, url: absoluteUrl(`/producers/${p.business.slug}`) })),
  };
}

export type TripJson = ReturnType<typeof tripJson>;
