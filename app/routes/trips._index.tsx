// Public list of rural sales trips: upcoming first, then past; filter by province; "coming near
// me" from a chosen commune or a position (ADR 0026). Three GET forms, all usable without
// JavaScript; with it, the commune list follows the province and "Gần tôi" fills the position.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { PlaceOptions } from "~/components/places/place-options";
import { NearMeButton } from "~/components/sales-points/near-me-button";
import { CommunePicker } from "~/components/trips/commune-picker";
import { stopView } from "~/components/trips/stop-view";
import { getLanguage, getT } from "~/i18next.server";
import { listCommunes, listProvinces, getCommune } from "~/modules/places/places.server";
import { formatDistance, parseLatLng } from "~/modules/sales-points/geo";
import { listPublicTrips, nearbyStops } from "~/modules/trips/public.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

const PROVINCE_CODE = /^\d{1,3}$/;
const COMMUNE_CODE = /^\d{4,6}$/;

function codeParam(params: URLSearchParams, name: string, pattern: RegExp): string | undefined {
  const value = params.get(name)?.trim() ?? "";
  return pattern.test(value) ? value : undefined;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await dbReady;
  const params = new URL(request.url).searchParams;
  const province = codeParam(params, "province", PROVINCE_CODE);
  let nearProvince = codeParam(params, "nearProvince", PROVINCE_CODE);
  let commune = codeParam(params, "commune", COMMUNE_CODE);
  const rawNear = params.get("near")?.trim() ?? "";
  const point = rawNear ? parseLatLng(rawNear) : null;

  const [t, language, list, provinces] = await Promise.all([getT(request), getLanguage(request), listPublicTrips(db, { province }), listProvinces(db)]);
  if (commune) {
    const found = await getCommune(db, commune);
    // a commune left over from another province (the no-JS "choose province" step) no longer applies
    if (!found || (nearProvince && found.provinceCode !== nearProvince)) commune = undefined;
    else nearProvince = found.provinceCode;
  }
  const communes = nearProvince ? await listCommunes(db, nearProvince) : [];
  const near = point ? await nearbyStops(db, { point }) : commune ? await nearbyStops(db, { communeCode: commune }) : null;

  const tripView = (trip: (typeof list.upcoming)[number]) => ({
    slug: trip.slug,
    name: trip.name,
    status: trip.status,
    cancelReason: trip.cancelReason,
    dates: t("tripsPublic.dates", { from: formatDate(trip.firstStartsAt, language), to: formatDate(trip.lastEndsAt, language) }),
    stopCount: trip.stops.length,
    route: trip.stops.map((s) => s.commune.name).join(" → "),
  });

  let nearView = null;
  if (near) {
    const origin = near.origin;
    const place = origin.kind === "location" ? t("tripsPublic.near.yourLocation") : origin.commune.name;
    const explanation =
      origin.kind === "location"
        ? t("tripsPublic.near.byDistanceFromLocation")
        : origin.point
          ? t("tripsPublic.near.byDistanceFromCommune", { commune: origin.commune.name })
          : t("tripsPublic.near.byDateInProvince", { commune: origin.commune.name });
    nearView = {
      heading: t("tripsPublic.near.results", { place }),
      explanation,
      stops: near.stops.map((n) => ({
        ...stopView(n.stop, t, language),
        trip: n.trip,
        inCommune: n.inCommune,
        distanceText: n.distanceKm === null ? null : formatDistance(n.distanceKm, language),
      })),
    };
  }

  return {
    title: t("tripsPublic.title"),
    filters: { province: province ?? "", nearProvince: nearProvince ?? "", commune: commune ?? "", near: rawNear, nearInvalid: rawNear !== "" && !point },
    tripProvinces: list.provinces,
    provinces: provinces.map((p) => ({ code: p.code, name: p.name })),
    communes: communes.map((c) => ({ code: c.code, name: c.name })),
    upcoming: list.upcoming.map(tripView),
    past: list.past.map(tripView),
    near: nearView,
  };
}

type TripItem = ReturnType<typeof useLoaderData<typeof loader>>["upcoming"][number];

function TripList({ trips, labelledBy }: { trips: TripItem[]; labelledBy: string }) {
  const { t } = useTranslation();
  if (trips.length === 0) return <p>{t("tripsPublic.none")}</p>;
  return (
    <ul className="space-y-3" aria-labelledby={labelledBy}>
      {trips.map((trip) => (
        <li key={trip.slug} className="rounded border border-stone-300 bg-white p-3">
          <h3 className="text-lg font-bold">
            <Link to={`/trips/${trip.slug}`}>{trip.name}</Link>
          </h3>
          <p>
            {trip.dates} · {t("tripsPublic.stopCount", { count: trip.stopCount })}
          </p>
          {trip.route ? <p>{trip.route}</p> : null}
          <p className={`text-sm font-semibold ${trip.status === "CANCELLED" ? "text-red-800" : ""}`}>
            {trip.status === "CANCELLED" && trip.cancelReason
              ? t("tripsPublic.cancelledBecause", { reason: trip.cancelReason })
              : t(`tripsPublic.status.${trip.status}`)}
          </p>
        </li>
      ))}
    </ul>
  );
}

export default function TripsPage() {
  const { filters, tripProvinces, provinces, communes, upcoming, past, near } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("tripsPublic.title")}</h1>
        <p className="mt-2 max-w-3xl">{t("tripsPublic.lead")}</p>
      </header>

      <section aria-labelledby="near-title" className="card space-y-4">
        <h2 id="near-title" className="text-2xl font-bold">
          {t("tripsPublic.near.title")}
        </h2>
        <p>{t("tripsPublic.near.lead")}</p>
        {/* Keyed by the URL so the uncontrolled fields show what was asked after each navigation. */}
        <Form key={`commune-${location.search}`} method="get" className="flex flex-wrap items-end gap-3" aria-label={t("tripsPublic.near.byCommuneForm")}>
          <CommunePicker
            provinces={provinces}
            communes={communes}
            provinceCode={filters.nearProvince}
            communeCode={filters.commune}
            labels={{
              province: t("tripsPublic.near.province"),
              chooseProvince: t("tripsPublic.near.chooseProvince"),
              commune: t("tripsPublic.near.commune"),
              communeHint: t("tripsPublic.near.communeHint"),
              none: t("tripsPublic.near.none"),
            }}
          />
          <button type="submit" className="btn-primary">
            {t("tripsPublic.near.submit")}
          </button>
        </Form>
        <Form key={`near-${location.search}`} method="get" className="space-y-1" aria-label={t("tripsPublic.near.byLocationForm")}>
          <label htmlFor="near-location" className="block font-semibold">
            {t("tripsPublic.near.location")}
          </label>
          <p id="near-location-hint" className="text-sm text-stone-700">
            {t("tripsPublic.near.locationHint")}
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <input
              id="near-location"
              name="near"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={filters.near}
              className="input max-w-xs"
              aria-describedby={filters.nearInvalid ? "near-location-hint near-location-error" : "near-location-hint"}
              {...(filters.nearInvalid ? { "aria-invalid": true } : {})}
            />
            <NearMeButton inputId="near-location" />
            <button type="submit" className="btn-secondary">
              {t("tripsPublic.near.submit")}
            </button>
          </div>
          {filters.nearInvalid ? (
            <p id="near-location-error" className="text-sm font-medium text-red-800">
              {t("tripsPublic.near.locationInvalid")}
            </p>
          ) : null}
        </Form>
        {near ? (
          <section aria-labelledby="near-results-title" className="space-y-2">
            <h3 id="near-results-title" className="text-xl font-bold">
              {near.heading}
            </h3>
            <p>{near.explanation}</p>
            {near.stops.length === 0 ? <p>{t("tripsPublic.near.empty")}</p> : null}
            <ol className="space-y-2" aria-labelledby="near-results-title">
              {near.stops.map((stop) => (
                <li key={stop.id} className="rounded border border-stone-300 bg-white p-3">
                  <p className="font-bold">
                    <Link to={`/trips/${stop.trip.slug}`}>{stop.trip.name}</Link>
                  </p>
                  <p>
                    <time dateTime={stop.startsAtIso}>{stop.whenText}</time>
                  </p>
                  <p>
                    {stop.venue}, {stop.communeName}, {stop.provinceName}
                  </p>
                  <p className="text-sm font-semibold">
                    {stop.inCommune
                      ? t("tripsPublic.near.inCommune")
                      : stop.distanceText
                        ? t("tripsPublic.near.distance", { distance: stop.distanceText })
                        : t("tripsPublic.near.noDistance")}
                    {stop.changed ? ` · ${t("tripsPublic.detail.changed")}` : ""}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </section>

      <Form key={`province-${location.search}`} method="get" className="flex flex-wrap items-end gap-3" aria-label={t("tripsPublic.filters.legend")}>
        <div>
          <label htmlFor="filter-province" className="block font-semibold">
            {t("tripsPublic.filters.province")}
          </label>
          <select id="filter-province" name="province" defaultValue={filters.province} className="input">
            <option value="">{t("tripsPublic.filters.all")}</option>
            <PlaceOptions places={tripProvinces} />
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t("tripsPublic.filters.apply")}
        </button>
        {filters.province ? <Link to="/trips">{t("tripsPublic.filters.reset")}</Link> : null}
      </Form>

      <section aria-labelledby="upcoming-title" className="space-y-2">
        <h2 id="upcoming-title" className="text-2xl font-bold">
          {t("tripsPublic.upcoming")}
        </h2>
        <TripList trips={upcoming} labelledBy="upcoming-title" />
      </section>
      <section aria-labelledby="past-title" className="space-y-2">
        <h2 id="past-title" className="text-2xl font-bold">
          {t("tripsPublic.past")}
        </h2>
        <TripList trips={past} labelledBy="past-title" />
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
