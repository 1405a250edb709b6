// The office's news form (new and edit): title, summary, body, cover photo; "Preview" renders
// the article without saving. Works without JavaScript; errors next to each field.
import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorList, Field, FormErrors } from "~/components/ui/field";
import { NEWS_INTENTS, NewsFieldsSchema } from "~/modules/news/news.schema";
import { NewsBody } from "./news-body";

export interface NewsFormValues {
  title: string;
  summary: string;
  body: string;
}

export function NewsForm({
  defaultValue,
  lastResult,
  preview,
  coverError,
}: {
  defaultValue?: NewsFormValues;
  lastResult?: SubmissionResult<string[]> | null;
  preview?: NewsFormValues | null;
  coverError?: string | null;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "news-form",
    lastResult,
    defaultValue,
    constraint: getZodConstraint(NewsFieldsSchema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onBlur",
  });
  return (
    <div className="space-y-6">
      {preview ? (
        <section aria-labelledby="news-preview" className="card space-y-3 border-2 border-dashed border-stone-400">
          <h2 id="news-preview" className="text-sm font-bold uppercase tracking-wide text-stone-700">
            {t("officeNews.previewHeading")}
          </h2>
          <p className="text-2xl font-bold">{preview.title}</p>
          <p className="text-lg font-semibold">{preview.summary}</p>
          <NewsBody body={preview.body} />
        </section>
      ) : null}
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="card space-y-4" noValidate>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field label={t("officeNews.fields.title")} id={fields.title.id} errors={fields.title.errors}>
          {(aria) => <input {...getInputProps(fields.title, { type: "text" })} {...aria} className="input" />}
        </Field>
        <Field label={t("officeNews.fields.summary")} id={fields.summary.id} errors={fields.summary.errors}>
          {(aria) => <textarea {...getTextareaProps(fields.summary)} {...aria} rows={2} className="input" />}
        </Field>
        <Field label={t("officeNews.fields.body")} hint={t("officeNews.fields.bodyHint")} id={fields.body.id} errors={fields.body.errors}>
          {(aria) => <textarea {...getTextareaProps(fields.body)} {...aria} rows={12} className="input" />}
        </Field>
        <div className="space-y-1">
          <label htmlFor="news-cover" className="block font-semibold">
            {t("officeNews.fields.cover")}
          </label>
          <p id="news-cover-hint" className="text-sm text-stone-700">
            {t("officeNews.fields.coverHint")}
          </p>
          <input
            id="news-cover"
            name="cover"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby={coverError ? "news-cover-hint news-cover-error" : "news-cover-hint"}
            aria-invalid={coverError ? true : undefined}
            className="block"
          />
          <ErrorList id="news-cover-error" errors={coverError ? [coverError] : null} />
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value={NEWS_INTENTS.save} className="btn-primary">
            {t("officeNews.save")}
          </button>
          <button type="submit" name="intent" value={NEWS_INTENTS.preview} className="btn-secondary">
            {t("officeNews.preview")}
          </button>
        </div>
      </Form>
    </div>
  );
}
