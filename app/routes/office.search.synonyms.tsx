// The office keeps the synonym groups search expands queries with: list, add (comma-separated
// words, folded and de-duplicated; a word belongs to one group only), delete. Officers who
// review products may edit them; every change is audited and takes effect on the next search.
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { Field, FormErrors } from "~/components/ui/field";
import { getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import { addSynonymGroup, deleteSynonymGroup, formatSynonymGroup, listSynonymGroups, synonymsChanged } from "~/modules/search/synonyms-admin.server";
import { SYNONYM_INTENTS, SynonymFormSchema } from "~/modules/search/synonyms.schema";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

const PATH = "/office/search/synonyms";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:products:review");
  await dbReady;
  const [groups, t] = await Promise.all([listSynonymGroups(db, { actor }), getT(request)]);
  return { title: t("searchUi.synonyms.title"), groups: groups.map(({ id, terms }) => ({ id, terms, text: formatSynonymGroup(terms) })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:products:review");
  const submission = parseWithZod(await request.formData(), { schema: SynonymFormSchema });
  if (submission.status !== "success") return data(submission.reply({ formErrors: ["errors.fixBelow"] }), { status: 400 });
  const value = submission.value;
  await dbReady;
  try {
    if (value.intent === SYNONYM_INTENTS.add) {
      await addSynonymGroup(db, { actor, terms: value.terms });
    } else {
      await deleteSynonymGroup(db, { actor, groupId: value.groupId });
    }
  } catch (error) {
    if (error instanceof DomainError && (error.code === "invalid" || error.code === "conflict")) {
      return data(submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }), { status: 400 });
    }
    throw toHttpError(error);
  }
  await synonymsChanged();
  const message = value.intent === SYNONYM_INTENTS.add ? "searchUi.synonyms.added" : "searchUi.synonyms.deleted";
  return redirectWithFlash(request, PATH, { kind: "success", message });
}

export default function SynonymsPage() {
  const { groups } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "synonym-add",
    lastResult: navigation.state === "idle" ? lastResult : null,
    constraint: getZodConstraint(SynonymFormSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SynonymFormSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <section aria-labelledby="synonyms-title" className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 id="synonyms-title" className="text-3xl font-bold">
          {t("searchUi.synonyms.title")}
        </h1>
        <p>{t("searchUi.synonyms.lead")}</p>
      </header>

      <Form method="post" {...getFormProps(form)} className="card space-y-4" aria-labelledby="synonym-add-title">
        <h2 id="synonym-add-title" className="text-xl font-bold">
          {t("searchUi.synonyms.addTitle")}
        </h2>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value={SYNONYM_INTENTS.add} />
        <Field id={fields.terms.id} label={t("searchUi.synonyms.terms")} hint={t("searchUi.synonyms.termsHint")} errors={fields.terms.errors}>
          {(aria) => <input {...getInputProps(fields.terms, { type: "text" })} {...aria} className="input" />}
        </Field>
        <button type="submit" className="btn-primary" disabled={navigation.state === "submitting"}>
          {t("searchUi.synonyms.add")}
        </button>
      </Form>

      <section aria-labelledby="synonym-list-title" className="space-y-2">
        <h2 id="synonym-list-title" className="text-xl font-bold">
          {t("searchUi.synonyms.listTitle")}
        </h2>
        {groups.length ? (
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 pr-3">
                  {t("searchUi.synonyms.termsColumn")}
                </th>
                <th scope="col" className="py-2">
                  {t("searchUi.synonyms.actionsColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => {
                const text = group.text;
                return (
                  <tr key={group.id} className="border-b border-stone-200">
                    <td className="py-2 pr-3">{text}</td>
                    <td className="py-2">
                      <Form method="post">
                        <input type="hidden" name="intent" value={SYNONYM_INTENTS.delete} />
                        <input type="hidden" name="groupId" value={group.id} />
                        <button type="submit" className="btn-secondary" aria-label={t("searchUi.synonyms.deleteLabel", { terms: text })}>
                          {t("searchUi.synonyms.delete")}
                        </button>
                      </Form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p>{t("searchUi.synonyms.empty")}</p>
        )}
      </section>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
