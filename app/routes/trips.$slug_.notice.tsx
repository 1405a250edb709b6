// The printable A4 notice (thông báo) of a trip for the commune's notice board and the
// loudspeaker: the stops and times in large type, a text to read aloud, and a QR to the trip
// page. `?commune=` keeps only that commune's stops. In print only the sheet remains (the
// print stylesheet hides the site chrome; CSP allows inline styles, not inline scripts).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { useHydrated } from "~/components/sales-points/use-hydrated";
import { stopView, vnClock } from "~/components/trips/stop-view";
import { getLanguage, getT } from "~/i18next.server";
import { absoluteUrl } from "~/modules/catalog/public.server";
import { getPublicTrip, noticeQrSvg } from "~/modules/trips/public.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime, vnDateKey } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageMeta(data), { name: "robots", content: "noindex" }];

const PRINT_CSS = `
@page { size: A4 portrait; margin: 12mm; }
@media print {
  body > header, body > footer, body > a[href="#main"], nav, .no-print { display: none !important; }
  body, main { background: #fff !important; padding: 0 !important; margin: 0 !important; max-width: none !important; }
  .notice-sheet { border: none !important; box-shadow: none !important; width: 100% !important; min-height: 0 !important; }
}
`;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await dbReady;
  const [trip, t, language] = await Promise.all([getPublicTrip(db, params.slug!), getT(request), getLanguage(request)]).catch((e: unknown) => {
    throw toHttpError(e);
  });
  const communes = [...new Map(trip.stops.map((s) => [s.commune.code, { code: s.commune.code, name: s.commune.name }])).values()];
  const wanted = new URL(request.url).searchParams.get("commune") ?? "";
  const commune = communes.find((c) => c.code === wanted) ?? null;
  const stops = trip.stops.filter((s) => !commune || s.commune.code === commune.code);
  const url = absoluteUrl(`/trips/${trip.slug}`);
  const spoken = stops.map((s) => {
    const sameDay = vnDateKey(s.startsAt) === vnDateKey(s.endsAt);
    const when = sameDay
      ? t("tripsPublic.notice.announcementWhen", { day: stopView(s, t, language).dayText, from: vnClock(s.startsAt), to: vnClock(s.endsAt) })
      : t("tripsPublic.notice.announcementWhenSpan", { from: formatDateTime(s.startsAt, language), to: formatDateTime(s.endsAt, language) });
    return t("tripsPublic.notice.announcementStop", { when, venue: s.venue, commune: s.commune.name });
  });
  return {
    title: t("tripsPublic.notice.pageTitle", { name: trip.name }),
    trip: { slug: trip.slug, name: trip.name, status: trip.status, cancelReason: trip.cancelReason },
    communes,
    communeCode: commune?.code ?? "",
    stops: stops.map((s) => stopView(s, t, language)),
    announcement: t("tripsPublic.notice.announcement", { name: trip.name, stops: spoken.join(t("tripsPublic.notice.and")) }),
    url,
    qrSvg: await noticeQrSvg(url),
  };
}

export default function TripNoticePage() {
  const { trip, communes, communeCode, stops, announcement, url, qrSvg } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const hydrated = useHydrated();
  return (
    <section aria-labelledby="notice-title" className="space-y-4">
      {/* as HTML, not a text child: React would escape ">" and the quotes, and hydration would then disagree */}
      <style dangerouslySetInnerHTML={{ __html: PRINT_CSS }} />
      <div className="no-print space-y-2">
        <p>
          <Link to={`/trips/${trip.slug}`}>← {trip.name}</Link>
        </p>
        <h1 id="notice-title" className="text-3xl font-bold">
          {t("tripsPublic.notice.title")}
        </h1>
        <p>{t("tripsPublic.notice.lead")}</p>
        {communes.length > 1 ? (
          <Form method="get" className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="notice-commune" className="block font-semibold">
                {t("tripsPublic.notice.forCommune")}
              </label>
              <select id="notice-commune" name="commune" defaultValue={communeCode} className="input">
                <option value="">{t("tripsPublic.notice.allCommunes")}</option>
                {communes.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary">
              {t("tripsPublic.notice.show")}
            </button>
          </Form>
        ) : null}
        {hydrated ? (
          <button type="button" className="btn-primary" onClick={() => window.print()}>
            {t("tripsPublic.notice.print")}
          </button>
        ) : null}
        <p className="text-sm text-stone-700">{t("tripsPublic.notice.printHint")}</p>
      </div>
      <article
        aria-label={t("tripsPublic.notice.sheetLabel")}
        className="notice-sheet mx-auto flex min-h-[297mm] w-[210mm] max-w-full flex-col items-center gap-5 border-8 border-double border-brand-700 bg-white p-8 text-center"
      >
        <p className="text-base font-semibold uppercase tracking-wide text-brand-800">{t("tripsPublic.notice.campaign")}</p>
        <p className="text-5xl font-extrabold text-brand-700">{t("tripsPublic.notice.heading")}</p>
        <p className="text-2xl">{t("tripsPublic.notice.comes")}</p>
        <p className="text-4xl leading-tight font-bold">{trip.name}</p>
        {trip.status === "CANCELLED" ? (
          <p className="rounded border-4 border-red-700 p-3 text-3xl font-extrabold text-red-800">{t("tripsPublic.notice.cancelled", { reason: trip.cancelReason ?? "" })}</p>
        ) : null}
        <ol className="w-full space-y-4 text-left" aria-label={t("tripsPublic.detail.schedule")}>
          {stops.map((s) => (
            <li key={s.id} className="border-b-2 border-stone-300 pb-3">
              <p className="text-3xl font-bold">
                <time dateTime={s.startsAtIso}>{s.whenText}</time>
              </p>
              <p className="text-3xl">
                {s.venue}, {s.communeName}
              </p>
              {s.changed ? (
                <p className="text-xl font-semibold">
                  {t("tripsPublic.detail.changed")}
                  {s.changed.wasText ? ` — ${t("tripsPublic.detail.changedWas", { was: s.changed.wasText })}` : ""}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
        <div className="w-full rounded border-2 border-stone-400 p-4 text-left">
          <p className="text-lg font-semibold">{t("tripsPublic.notice.loudspeaker")}</p>
          <p className="mt-1 text-xl leading-relaxed">{announcement}</p>
        </div>
        <div className="mt-auto flex items-center gap-6 text-left">
          <div role="img" aria-label={t("tripsPublic.notice.qrLabel", { url })} className="w-44 shrink-0" dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <div>
            <p className="text-xl font-semibold">{t("tripsPublic.notice.scan")}</p>
            <p className="text-base break-all">{url}</p>
          </div>
        </div>
      </article>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
