// Editing a news article: change it, preview, publish or unpublish, replace or remove the cover.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { readNewsSubmission } from "~/components/news/news-action.server";
import { NewsForm } from "~/components/news/news-form";
import { getLanguage } from "~/i18next.server";
import { UploadRejected } from "~/modules/files/uploads.server";
import { NEWS_INTENTS } from "~/modules/news/news.schema";
import { getNewsForEdit, removeNewsCover, setNewsPublished, updateNews } from "~/modules/news/news.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:news:manage");
  await dbReady;
  const [language, item] = await Promise.all([
    getLanguage(request),
    getNewsForEdit(db, { actor, id: params.id ?? "" }).catch((error: unknown) => {
      throw toHttpError(error);
    }),
  ]);
  const published = !!item.publishedAt && item.publishedAt.getTime() <= Date.now();
  return {
    title: item.title,
    item: { id: item.id, slug: item.slug, title: item.title, summary: item.summary, body: item.body, coverFileId: item.coverFileId },
    published,
    publishedAt: item.publishedAt ? formatDateTime(item.publishedAt, language) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:news:manage");
  const id = params.id ?? "";
  const here = `/office/news/${id}`;
  const read = await readNewsSubmission(request);
  if (read.kind === "refused") return data({ result: null, preview: null, coverError: read.message }, { status: read.status });
  const { submission, cover } = read;
  if (submission.status !== "success") return data({ result: submission.reply(), preview: null, coverError: null }, { status: 400 });
  const value = submission.value;
  await dbReady;
  try {
    switch (value.intent) {
      case NEWS_INTENTS.preview: {
        const { intent: _intent, ...fields } = value;
        return { result: submission.reply(), preview: fields, coverError: null };
      }
      case NEWS_INTENTS.save: {
        const { intent: _intent, ...fields } = value;
        await updateNews({ actor, id, fields, cover });
        return redirectWithFlash(request, here, { kind: "success", message: "officeNews.saved" });
      }
      case NEWS_INTENTS.publish:
      case NEWS_INTENTS.unpublish:
        await setNewsPublished({ actor, id, published: value.intent === NEWS_INTENTS.publish });
        return redirectWithFlash(request, here, { kind: "success", message: value.intent === NEWS_INTENTS.publish ? "officeNews.publishedFlash" : "officeNews.unpublishedFlash" });
      case NEWS_INTENTS.removeCover:
        await removeNewsCover({ actor, id });
        return redirectWithFlash(request, here, { kind: "success", message: "officeNews.coverRemoved" });
    }
  } catch (error) {
    if (error instanceof UploadRejected) return data({ result: submission.reply(), preview: null, coverError: error.message }, { status: 400 });
    throw toHttpError(error);
  }
}

export default function EditNewsPage() {
  const { item, published, publishedAt } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <p>
        <Link to="/office/news">← {t("officeNews.title")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{item.title}</h1>
      <div className="card flex flex-wrap items-center gap-3">
        <p className="font-medium">{published ? t("officeNews.state.published", { date: publishedAt }) : t("officeNews.state.draft")}</p>
        {published ? <Link to={`/news/${item.slug}`}>{t("officeNews.viewPublic")}</Link> : null}
        <Form method="post" encType="multipart/form-data">
          <button type="submit" name="intent" value={published ? NEWS_INTENTS.unpublish : NEWS_INTENTS.publish} className={published ? "btn-secondary" : "btn-primary"}>
            {published ? t("officeNews.unpublish") : t("officeNews.publish")}
          </button>
        </Form>
      </div>
      {item.coverFileId ? (
        <figure className="card space-y-2">
          <img src={`/files/${item.coverFileId}`} alt={t("officeNews.coverAlt")} className="max-h-48 rounded" width={320} height={180} />
          <Form method="post" encType="multipart/form-data">
            <button type="submit" name="intent" value={NEWS_INTENTS.removeCover} className="btn-secondary">
              {t("officeNews.removeCover")}
            </button>
          </Form>
        </figure>
      ) : null}
      <NewsForm defaultValue={{ title: item.title, summary: item.summary, body: item.body }} lastResult={actionData?.result} preview={actionData?.preview} coverError={actionData?.coverError} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
