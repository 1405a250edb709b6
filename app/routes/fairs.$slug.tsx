// One fair for the public: description, dates in Vietnam time, venue with a map link, the
// accessible floor plan, booth types, the approved exhibitors, and "add to calendar".
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ProductLinks } from "~/components/catalog/product-links";
import { ErrorPage } from "~/components/error-page";
import { FloorPlan } from "~/components/fairs/floor-plan";
import { getLanguage, getT } from "~/i18next.server";
import { getPublicFair } from "~/modules/fairs/public.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { formatVnd } from "~/utils/money";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await dbReady;
  const [fair, t, language] = await Promise.all([getPublicFair(db, params.slug!), getT(request), getLanguage(request)]).catch((e: unknown) => {
    throw toHttpError(e);
  });
  const place = `${fair.venue}, ${fair.commune.name}, ${fair.province.name}`;
  const mapUrl =
    fair.latitude !== null && fair.longitude !== null
      ? `https://www.openstreetmap.org/?mlat=${fair.latitude}&mlon=${fair.longitude}#map=17/${fair.latitude}/${fair.longitude}`
      : `https://www.openstreetmap.org/search?query=${encodeURIComponent(place)}`;
  return {
    title: fair.name,
    fair: {
      slug: fair.slug,
      name: fair.name,
      description: fair.description,
      status: fair.status,
      cancelReason: fair.cancelReason,
      when: `${formatDateTime(fair.startsAt, language)} – ${formatDateTime(fair.endsAt, language)}`,
      window: `${formatDateTime(fair.registrationOpensAt, language)} – ${formatDateTime(fair.registrationClosesAt, language)}`,
      startsAtIso: fair.startsAt.toISOString(),
      endsAtIso: fair.endsAt.toISOString(),
      place,
      mapUrl,
    },
    boothTypes: fair.boothTypes.map((bt) => ({
      id: bt.id,
      label: t("fairs.boothTypeLine", { name: bt.name, width: bt.widthM, depth: bt.depthM, fee: formatVnd(bt.feeVnd) }),
      includes: [bt.includesTable && "table", bt.includesChairs && "chairs", bt.includesElectricity && "electricity"].filter(Boolean) as string[],
    })),
    plan: fair.plan,
    exhibitors: fair.exhibitors,
  };
}

export default function FairPage() {
  const { fair, boothTypes, plan, exhibitors } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <article aria-labelledby="fair-title" className="space-y-6">
      <p>
        <Link to="/fairs">← {t("fairs.title")}</Link>
      </p>
      <header className="space-y-2">
        <h1 id="fair-title" className="text-3xl font-bold">
          {fair.name}
        </h1>
        <p className="font-semibold">{t(`fairs.status.${fair.status}`)}</p>
        {fair.cancelReason ? (
          <p role="status" className="rounded border border-red-700 bg-red-50 p-2">
            {t("fairs.cancelledBecause", { reason: fair.cancelReason })}
          </p>
        ) : null}
      </header>
      {fair.description ? <p className="max-w-3xl whitespace-pre-line">{fair.description}</p> : null}
      <dl className="grid max-w-3xl grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("fairs.when")}</dt>
        <dd>
          <time dateTime={fair.startsAtIso}>{fair.when}</time> <span className="text-sm text-stone-700">({t("fairs.timeZoneNote")})</span>
        </dd>
        <dt className="font-semibold">{t("fairs.where")}</dt>
        <dd>
          {fair.place} — <a href={fair.mapUrl} rel="noopener noreferrer" target="_blank">{t("fairs.mapLink")}</a>
        </dd>
        <dt className="font-semibold">{t("fairs.registrationWindow")}</dt>
        <dd>{fair.window}</dd>
      </dl>
      <p>
        <a href={`/fairs/${fair.slug}.ics`} className="btn-secondary" download>
          {t("fairs.addToCalendar")}
        </a>
      </p>
      <section aria-labelledby="booth-types-title" className="space-y-2">
        <h2 id="booth-types-title" className="text-2xl font-bold">
          {t("fairs.boothTypes")}
        </h2>
        <ul className="list-disc pl-6">
          {boothTypes.map((bt) => (
            <li key={bt.id}>
              {bt.label}
              {bt.includes.length ? ` (${bt.includes.map((i) => t(`fairs.includes.${i}`)).join(", ")})` : ""}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="plan-section" className="space-y-2">
        <h2 id="plan-section" className="text-2xl font-bold">
          {t("fairs.plan.title")}
        </h2>
        <FloorPlan plan={plan} id="public-plan" />
      </section>
      <section aria-labelledby="exhibitors-title" className="space-y-2">
        <h2 id="exhibitors-title" className="text-2xl font-bold">
          {t("fairs.exhibitors.title")}
        </h2>
        {exhibitors.length === 0 ? <p>{t("fairs.exhibitors.none")}</p> : null}
        <ul className="space-y-2" aria-label={t("fairs.exhibitors.title")}>
          {exhibitors.map((e) => (
            <li key={e.id} className="rounded border border-stone-300 bg-white p-2">
              <p>
                <strong>{t("fairs.exhibitors.booth", { code: e.booth })}</strong> — <Link to={`/producers/${e.business.slug}`}>{e.business.name}</Link>
              </p>
              <ProductLinks products={e.products} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
