// The office's news: every article with its state; write a new one.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getT } from "~/i18next.server";
import { listNewsForOffice } from "~/modules/news/news.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:news:manage");
  await dbReady;
  const [t, language, items] = await Promise.all([
    getT(request),
    getLanguage(request),
    listNewsForOffice(db, { actor }).catch((error: unknown) => {
      throw toHttpError(error);
    }),
  ]);
  const now = Date.now();
  return {
    title: t("officeNews.title"),
    items: items.map((item) => ({
      id: item.id,
      title: item.title,
      published: !!item.publishedAt && item.publishedAt.getTime() <= now,
      publishedAt: item.publishedAt ? formatDateTime(item.publishedAt, language) : null,
      updatedAt: formatDateTime(item.updatedAt, language),
    })),
  };
}

export default function OfficeNewsList() {
  const { items } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("officeNews.title")}</h1>
      <p>
        <Link to="/office/news/new" className="btn-primary">
          {t("officeNews.new")}
        </Link>
      </p>
      {items.length ? (
        <ul className="space-y-2">
          {items.map((item) => (
            <li key={item.id} className="card flex flex-wrap items-baseline justify-between gap-2">
              <Link to={`/office/news/${item.id}`} className="font-semibold">
                {item.title}
              </Link>
              <span className="text-sm">
                {item.published ? t("officeNews.state.published", { date: item.publishedAt }) : t("officeNews.state.draft")} · {t("officeNews.updated", { date: item.updatedAt })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("officeNews.empty")}</p>
      )}
    </div>
  );
}
