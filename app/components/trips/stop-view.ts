// A trip stop as the public pages print it, built in loaders (language and t known there):
// the day with its weekday and the hours in Vietnam time; a stop that runs past midnight
// shows both dates, so "20:00–02:00" is never read as one day.
import type { TFunction } from "i18next";
import { formatDate, formatDateTime, vnDateKey, vnMinutesOfDay, vnWeekday } from "~/utils/dates";

export interface StopTimes {
  startsAt: Date;
  endsAt: Date;
}

export interface StopFacts extends StopTimes {
  id: string;
  position: number;
  venue: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  changedAt: Date | null;
  previousStartsAt: Date | null;
  previousVenue: string | null;
  commune: { code: string; name: string; province: { name: string } };
}

export interface StopView {
  id: string;
  position: number;
  venue: string;
  address: string | null;
  communeCode: string;
  communeName: string;
  provinceName: string;
  dayText: string;
  hoursText: string;
  /** day and hours in one line, e.g. "Thứ Bảy, 05/12/2026, 07:00–11:00" */
  whenText: string;
  startsAtIso: string;
  endsAtIso: string;
  /** what the stop was before it changed, when it did */
  changed: { wasText: string; atText: string } | null;
  location: { lat: number; lng: number } | null;
  mapUrl: string;
}

/** "07:00" in Vietnam time. */
export function vnClock(date: Date): string {
  const minutes = vnMinutesOfDay(date);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

export function dayLine(date: Date, t: TFunction, language: string): string {
  return t("tripsPublic.dayLine", { weekday: t(`tripsPublic.weekday.${vnWeekday(date)}`), date: formatDate(date, language) });
}

/** The hours of a stop: "07:00–11:00", or with both dates when it crosses midnight in Vietnam. */
export function hoursText({ startsAt, endsAt }: StopTimes, language: string): string {
  if (vnDateKey(startsAt) === vnDateKey(endsAt)) return `${vnClock(startsAt)}–${vnClock(endsAt)}`;
  return `${formatDateTime(startsAt, language)} – ${formatDateTime(endsAt, language)}`;
}

export function stopView(stop: StopFacts, t: TFunction, language: string): StopView {
  const dayText = dayLine(stop.startsAt, t, language);
  const hours = hoursText(stop, language);
  const location = stop.latitude !== null && stop.longitude !== null ? { lat: stop.latitude, lng: stop.longitude } : null;
  const place = [stop.venue, stop.address, stop.commune.name, stop.commune.province.name].filter(Boolean).join(", ");
  const was = [stop.previousStartsAt ? formatDateTime(stop.previousStartsAt, language) : null, stop.previousVenue].filter(Boolean).join(", ");
  return {
    id: stop.id,
    position: stop.position,
    venue: stop.venue,
    address: stop.address,
    communeCode: stop.commune.code,
    communeName: stop.commune.name,
    provinceName: stop.commune.province.name,
    dayText,
    hoursText: hours,
    whenText: vnDateKey(stop.startsAt) === vnDateKey(stop.endsAt) ? `${dayText}, ${hours}` : hours,
    startsAtIso: stop.startsAt.toISOString(),
    endsAtIso: stop.endsAt.toISOString(),
    changed: stop.changedAt ? { wasText: was, atText: formatDateTime(stop.changedAt, language) } : null,
    location,
    mapUrl: location
      ? `https://www.openstreetmap.org/?mlat=${location.lat}&mlon=${location.lng}#map=16/${location.lat}/${location.lng}`
      : `https://www.openstreetmap.org/search?query=${encodeURIComponent(place)}`,
  };
}
