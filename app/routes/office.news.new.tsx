// Writing a news article: saved as a draft, previewed, then published from its edit page.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { readNewsSubmission } from "~/components/news/news-action.server";
import { NewsForm } from "~/components/news/news-form";
import { getT } from "~/i18next.server";
import { UploadRejected } from "~/modules/files/uploads.server";
import { createNews, newsDraftForFair } from "~/modules/news/news.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:news:manage");
  await dbReady;
  const fairId = new URL(request.url).searchParams.get("fair");
  const [t, draft] = await Promise.all([getT(request), fairId ? newsDraftForFair(db, { actor, fairId }) : Promise.resolve(null)]);
  return { title: t("officeNews.new"), draft };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:news:manage");
  const read = await readNewsSubmission(request);
  if (read.kind === "refused") return data({ result: null, preview: null, coverError: read.message }, { status: read.status });
  const { submission, cover } = read;
  if (submission.status !== "success") return data({ result: submission.reply(), preview: null, coverError: null }, { status: 400 });
  const value = submission.value;
  if (value.intent === "preview") {
    const { intent: _intent, ...fields } = value;
    return { result: submission.reply(), preview: fields, coverError: null };
  }
  if (value.intent !== "save") return data({ result: submission.reply({ formErrors: ["officeNews.errors.saveFirst"] }), preview: null, coverError: null }, { status: 400 });
  await dbReady;
  const { intent: _intent, ...fields } = value;
  try {
    const item = await createNews({ actor, fields, cover });
    return redirectWithFlash(request, `/office/news/${item.id}`, { kind: "success", message: "officeNews.saved" });
  } catch (error) {
    if (error instanceof UploadRejected) return data({ result: submission.reply(), preview: null, coverError: error.message }, { status: 400 });
    throw toHttpError(error);
  }
}

export default function NewNewsPage() {
  const actionData = useActionData<typeof action>();
  const { draft } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <p>
        <Link to="/office/news">← {t("officeNews.title")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("officeNews.new")}</h1>
      <NewsForm defaultValue={draft ?? undefined} lastResult={actionData?.result} preview={actionData?.preview} coverError={actionData?.coverError} />
    </div>
  );
}
