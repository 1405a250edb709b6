// Open data for fairs: JSON for /api/v1/fairs and iCalendar for the .ics feeds.
import { absoluteUrl } from "~/modules/catalog/public.server";
import { renderCalendar, type IcalEvent } from "~/modules/events/ical";
import type { FeedFair } from "./public.server";

function host() {
  return new URL(absoluteUrl("/")).host;
}

export function fairEvent(f: FeedFair): IcalEvent {
  return {
    uid: `fair-${f.id}@${host()}`,
    start: f.startsAt,
    end: f.endsAt,
    summary: f.name,
    description: f.description,
    location: [f.venue, f.commune.name, f.province.name].join(", "),
    url: absoluteUrl(`/fairs/${f.slug}`),
    geo: f.latitude !== null && f.longitude !== null ? { lat: f.latitude, lng: f.longitude } : null,
    updated: f.updatedAt,
    cancelled: f.status === "CANCELLED",
  };
}

export function fairsCalendar(fairs: FeedFair[], now = new Date()) {
  return renderCalendar(fairs.map(fairEvent), { now, name: "Hội chợ Hàng Việt", product: "Fairs" });
}

export function fairJson(f: FeedFair) {
  return {
    id: f.id,
    slug: f.slug,
    name: f.name,
    description: f.description,
    status: f.status,
    venue: f.venue,
    province: f.province,
    commune: f.commune,
    location: f.latitude !== null && f.longitude !== null ? { lat: f.latitude, lng: f.longitude } : null,
    startsAt: f.startsAt.toISOString(),
    endsAt: f.endsAt.toISOString(),
    registrationOpensAt: f.registrationOpensAt.toISOString(),
    registrationClosesAt: f.registrationClosesAt.toISOString(),
    booths: f._count.booths,
    url: absoluteUrl(`/fairs/${f.slug}`),
    ics: absoluteUrl(`/fairs/${f.slug}.ics`),
  };
}
