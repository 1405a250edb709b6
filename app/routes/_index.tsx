import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getT } from "~/i18next.server";
import { latestNews, publicStats } from "~/modules/reports/public-stats.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} — Hàng Việt` : "Hàng Việt" },
  { property: "og:title", content: "Hàng Việt" },
  { property: "og:description", content: data?.description ?? "" },
  { property: "og:type", content: "website" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await dbReady;
  const [t, language, stats, news] = await Promise.all([getT(request), getLanguage(request), publicStats(db), latestNews(db)]);
  return {
    title: t("meta.tagline"),
    description: t("meta.description"),
    stats,
    news: news.map((n) => ({ ...n, publishedAt: n.publishedAt ? formatDate(n.publishedAt, language) : "" })),
  };
}

const OFFERS = [
  ["producers", "/producers"],
  ["products", "/products"],
  ["salesPoints", "/sales-points"],
  ["verify", "/verify"],
  ["search", "/search"],
  ["openData", "/open-data"],
] as const;

export default function HomePage() {
  const { stats, news } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title" className="rounded-xl bg-white p-6 shadow-sm">
        <p className="font-semibold text-brand-700">{t("meta.tagline")}</p>
        <h1 id="home-title" className="mt-1 text-3xl font-bold sm:text-4xl">
          {t("home.title")}
        </h1>
        <p className="mt-3 max-w-2xl text-lg">{t("home.lead")}</p>
        <p className="mt-5 flex flex-wrap gap-3">
          <Link to="/products" className="btn-primary">
            {t("home.ctaProducts")}
          </Link>
          <Link to="/sales-points" className="btn-secondary">
            {t("home.ctaSalesPoints")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="stats-title">
        <h2 id="stats-title" className="sr-only">
          {t("home.stats")}
        </h2>
        <ul className="grid grid-cols-3 gap-3 text-center">
          {(
            [
              [stats.producers, "home.statProducers"],
              [stats.products, "home.statProducts"],
              [stats.salesPoints, "home.statSalesPoints"],
            ] as const
          ).map(([count, label]) => (
            <li key={label} className="card">
              <span className="block text-3xl font-bold text-brand-700">{count}</span>
              <span className="text-sm">{t(label)}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="offers-title">
        <h2 id="offers-title" className="text-2xl font-bold">
          {t("home.offersTitle")}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {OFFERS.map(([key, to]) => (
            <li key={key} className="card">
              <h3 className="text-lg font-bold">
                <Link to={to}>{t(`home.offers.${key}.title`)}</Link>
              </h3>
              <p className="mt-1">{t(`home.offers.${key}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="business-cta-title" className="rounded-xl border-2 border-gold-400 bg-white p-6">
        <h2 id="business-cta-title" className="text-2xl font-bold">
          {t("home.businessTitle")}
        </h2>
        <p className="mt-2">{t("home.businessText")}</p>
        <p className="mt-4">
          <Link to="/signup" className="btn-primary">
            {t("home.businessCta")}
          </Link>
        </p>
      </section>

      {news.length > 0 ? (
        <section aria-labelledby="news-title">
          <h2 id="news-title" className="text-2xl font-bold">
            {t("home.latestNews")}
          </h2>
          <ul className="mt-4 space-y-3">
            {news.map((item) => (
              <li key={item.slug} className="card">
                <h3 className="font-bold">
                  <Link to={`/news/${item.slug}`}>{item.title}</Link>
                </h3>
                <p className="text-sm text-stone-700">{item.publishedAt}</p>
                <p>{item.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
