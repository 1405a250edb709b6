// Public list of fairs: upcoming first, then past; filters by province and month (GET form).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { PlaceOptions } from "~/components/places/place-options";
import { getLanguage, getT } from "~/i18next.server";
import { PublicFairFiltersSchema } from "~/modules/fairs/fair.schema";
import { listPublicFairs } from "~/modules/fairs/public.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await dbReady;
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filters = PublicFairFiltersSchema.parse({ province: params.province || undefined, month: params.month || undefined });
  const [{ upcoming, past, provinces }, t, language] = await Promise.all([listPublicFairs(db, filters), getT(request), getLanguage(request)]);
  const view = (f: (typeof upcoming)[number]) => ({
    slug: f.slug,
    name: f.name,
    status: f.status,
    dates: `${formatDate(f.startsAt, language)} – ${formatDate(f.endsAt, language)}`,
    place: `${f.venue}, ${f.commune.name}, ${f.province.name}`,
  });
  return { title: t("fairs.title"), filters, provinces, upcoming: upcoming.map(view), past: past.map(view) };
}

function FairList({ fairs, label }: { fairs: ReturnType<typeof useLoaderData<typeof loader>>["upcoming"]; label: string }) {
  const { t } = useTranslation();
  if (fairs.length === 0) return <p>{t("fairs.none")}</p>;
  return (
    <ul className="space-y-3" aria-label={label}>
      {fairs.map((f) => (
        <li key={f.slug} className="rounded border border-stone-300 bg-white p-3">
          <h3 className="text-lg font-bold">
            <Link to={`/fairs/${f.slug}`}>{f.name}</Link>
          </h3>
          <p>{f.dates}</p>
          <p>{f.place}</p>
          <p className="text-sm font-semibold">{t(`fairs.status.${f.status}`)}</p>
        </li>
      ))}
    </ul>
  );
}

export default function FairsPage() {
  const { filters, provinces, upcoming, past } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="fairs-title" className="space-y-6">
      <h1 id="fairs-title" className="text-3xl font-bold">
        {t("fairs.title")}
      </h1>
      <p>{t("fairs.lead")}</p>
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="filter-province" className="block font-semibold">
            {t("fairs.filters.province")}
          </label>
          <select id="filter-province" name="province" defaultValue={filters.province ?? ""} className="input">
            <option value="">{t("fairs.filters.all")}</option>
            <PlaceOptions places={provinces} />
          </select>
        </div>
        <div>
          <label htmlFor="filter-month" className="block font-semibold">
            {t("fairs.filters.month")}
          </label>
          <input id="filter-month" name="month" type="month" defaultValue={filters.month ?? ""} className="input" />
        </div>
        <button type="submit" className="btn-secondary">
          {t("fairs.filters.apply")}
        </button>
      </Form>
      <section aria-labelledby="upcoming-title" className="space-y-2">
        <h2 id="upcoming-title" className="text-2xl font-bold">
          {t("fairs.upcoming")}
        </h2>
        <FairList fairs={upcoming} label={t("fairs.upcoming")} />
      </section>
      <section aria-labelledby="past-title" className="space-y-2">
        <h2 id="past-title" className="text-2xl font-bold">
          {t("fairs.past")}
        </h2>
        <FairList fairs={past} label={t("fairs.past")} />
      </section>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
