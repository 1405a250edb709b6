import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getT } from "~/i18next.server";
import { latestNews } from "~/modules/reports/public-stats.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { catalogMeta } from "~/components/catalog/meta";
import { absoluteUrl } from "~/modules/catalog/public.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => catalogMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await dbReady;
  const [t, language, news] = await Promise.all([getT(request), getLanguage(request), latestNews(db, { take: 50 })]);
  return {
    title: t("news.title"),
    description: t("meta.description"),
    canonicalUrl: absoluteUrl("/news"),
    news: news.map((n) => ({ ...n, publishedAt: n.publishedAt ? formatDate(n.publishedAt, language) : "" })),
  };
}

export default function NewsIndex() {
  const { news } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="news-title" className="space-y-4">
      <h1 id="news-title" className="text-3xl font-bold">
        {t("news.title")}
      </h1>
      <p>{t("news.lead")}</p>
      {news.length === 0 ? (
        <p>{t("news.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {news.map((item) => (
            <li key={item.slug} className="card">
              <h2 className="text-xl font-bold">
                <Link to={`/news/${item.slug}`}>{item.title}</Link>
              </h2>
              <p className="text-sm text-stone-700">{t("news.publishedOn", { date: item.publishedAt })}</p>
              <p>{item.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
