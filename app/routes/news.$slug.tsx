import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NewsBody } from "~/components/news/news-body";
import { getLanguage } from "~/i18next.server";
import { getPublishedNews } from "~/modules/reports/public-stats.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { notFound } from "~/utils/http.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.title} — Hàng Việt` },
        { name: "description", content: data.summary },
        { property: "og:title", content: data.title },
        { property: "og:description", content: data.summary },
        { property: "og:type", content: "article" },
      ]
    : [{ title: "Hàng Việt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await dbReady;
  const item = await getPublishedNews(db, params.slug ?? "");
  if (!item) throw notFound();
  const language = await getLanguage(request);
  return { ...item, publishedAt: item.publishedAt ? formatDate(item.publishedAt, language) : "" };
}

export default function NewsArticle() {
  const item = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <article aria-labelledby="article-title" className="mx-auto max-w-3xl space-y-4">
      <p>
        <Link to="/news">{t("news.back")}</Link>
      </p>
      <h1 id="article-title" className="text-3xl font-bold">
        {item.title}
      </h1>
      <p className="text-sm text-stone-700">{t("news.publishedOn", { date: item.publishedAt })}</p>
      <p className="text-lg font-semibold">{item.summary}</p>
      {item.coverFileId ? <img src={`/files/${item.coverFileId}`} alt="" className="h-auto w-full rounded" width={960} height={540} /> : null}
      <NewsBody body={item.body} />
    </article>
  );
}
