// The schedule of a trip as an ordered timeline: one item per stop with its day, hours, venue
// and commune, a visible "Đã thay đổi" mark with what it was, and "add to calendar" per stop.
// Plain HTML: the page's main content with or without JavaScript (the map only repeats it).
import { useTranslation } from "react-i18next";
import type { StopView } from "./stop-view";

export function StopTimeline({ stops, tripSlug, id }: { stops: StopView[]; tripSlug: string; id: string }) {
  const { t } = useTranslation();
  return (
    <ol id={id} tabIndex={-1} className="relative space-y-4 border-l-4 border-brand-700 pl-6 focus:outline-none" aria-label={t("tripsPublic.detail.schedule")}>
      {stops.map((stop) => (
        <li key={stop.id} className="relative rounded border border-stone-300 bg-white p-3">
          <span
            aria-hidden="true"
            className="absolute top-3 -left-[2.3rem] flex h-7 w-7 items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white"
          >
            {stop.position}
          </span>
          <h3 className="text-lg font-bold">
            {t("tripsPublic.detail.stopLabel", { position: stop.position })}: {stop.communeName}
          </h3>
          {stop.changed ? (
            <p className="mt-1 inline-block rounded border-2 border-amber-700 bg-amber-50 px-2 py-1 font-semibold text-amber-950">
              <strong>{t("tripsPublic.detail.changed")}</strong>
              {stop.changed.wasText ? ` — ${t("tripsPublic.detail.changedWas", { was: stop.changed.wasText })}` : null}{" "}
              <span className="font-normal">({t("tripsPublic.detail.changedAt", { at: stop.changed.atText })})</span>
            </p>
          ) : null}
          <dl className="mt-2 grid grid-cols-1 gap-x-4 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("tripsPublic.detail.when")}</dt>
            <dd>
              <time dateTime={stop.startsAtIso}>{stop.whenText}</time>
            </dd>
            <dt className="font-semibold">{t("tripsPublic.detail.venue")}</dt>
            <dd>
              {stop.venue}
              {stop.address ? `, ${stop.address}` : ""} —{" "}
              <a href={stop.mapUrl} rel="noopener noreferrer" target="_blank">
                {t("tripsPublic.detail.mapLink")}
              </a>
            </dd>
            <dt className="font-semibold">{t("tripsPublic.detail.commune")}</dt>
            <dd>
              {stop.communeName}, {stop.provinceName}
            </dd>
          </dl>
          <p className="mt-2 flex flex-wrap gap-3">
            <a
              href={`/trips/${tripSlug}.ics?stop=${encodeURIComponent(stop.id)}`}
              className="btn-secondary"
              download
              aria-label={t("tripsPublic.detail.addStopToCalendarLabel", { position: stop.position, commune: stop.communeName })}
            >
              {t("tripsPublic.detail.addStopToCalendar")}
            </a>
            <a href={`/trips/${tripSlug}/notice?commune=${stop.communeCode}`}>{t("tripsPublic.detail.notice", { commune: stop.communeName })}</a>
          </p>
        </li>
      ))}
    </ol>
  );
}
