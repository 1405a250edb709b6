// /business/complaints/:id: one forwarded complaint (redacted text, contact only with consent),
// the answer form (message, proposed resolution, attachments) and "agreed with the consumer".
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorList, FormErrors } from "~/components/ui/field";
import { getLanguage, getT } from "~/i18next.server";
import { businessAct, businessComplaint } from "~/modules/complaints/business.server";
import { BusinessAnswerSchema } from "~/modules/complaints/complaint.schema";
import { EVIDENCE_UPLOAD_LIMITS, prepareEvidence, type PreparedEvidence } from "~/modules/complaints/evidence.server";
import { DomainError } from "~/modules/errors";
import { formatDateTime } from "~/utils/dates";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { requireBusiness } from "~/utils/session.server";
import { filesOf, readUploadForm } from "~/utils/upload-form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { businessId } = await requireBusiness(request, "business:complaints:answer");
  await dbReady;
  const [t, locale] = await Promise.all([getT(request), getLanguage(request)]);
  const c = await businessComplaint(db, { businessId, id: params.id ?? "" }).catch((error: unknown) => {
    throw toHttpError(error);
  });
  return {
    title: `${t("complaints.business.title")} ${c.code}`,
    c: {
      id: c.id,
      code: c.code,
      status: c.status,
      description: c.descriptionRedacted ?? "",
      remedy: c.remedy,
      remedyNote: c.remedyNote,
      target: c.product?.name ?? c.salesPoint?.name ?? null,
      due: c.businessDueAt ? formatDateTime(c.businessDueAt, locale) : null,
      daysLeft: c.daysLeft,
      contact: c.contact,
      canAnswer: c.canAnswer,
      evidence: c.evidence.map((a) => ({ id: a.id, name: a.file.originalName ?? a.id })),
      events: c.events.map((e) => ({
        id: e.id,
        kind: e.kind,
        message: e.message,
        at: formatDateTime(e.createdAt, locale),
        attachments: e.attachments.map((a) => ({ id: a.id, name: a.file.originalName ?? a.id })),
      })),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:complaints:answer");
  const read = await readUploadForm(request, EVIDENCE_UPLOAD_LIMITS);
  if (!read.ok) return data({ error: { attachments: [read.message] } as Record<string, string[] | null | undefined> }, { status: read.status });
  const submission = parseWithZod(read.formData, { schema: BusinessAnswerSchema });
  if (submission.status !== "success") return data({ error: submission.reply().error ?? {} }, { status: 400 });
  const files: PreparedEvidence = submission.value.intent === "answer" ? await prepareEvidence(filesOf(read.formData, "attachments")) : { ok: true, prepared: [] };
  if (!files.ok) return data({ error: { attachments: [files.message] } as Record<string, string[] | null | undefined> }, { status: 400 });
  await dbReady;
  try {
    await businessAct(db, { actorId: actor.userId, businessId, id: params.id ?? "", action: submission.value, attachments: files.prepared });
  } catch (error) {
    if (error instanceof DomainError && error.code === "conflict") return data({ error: { "": [error.message] } as Record<string, string[] | null | undefined> }, { status: 409 });
    throw toHttpError(error);
  }
  throw redirect(`/business/complaints/${params.id}`);
}

export default function BusinessComplaintPage() {
  const { c } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const b = (key: string) => t(`complaints.business.${key}`);
  return (
    <div className="space-y-6">
      <p>
        <Link to="/business/complaints">← {b("title")}</Link>
      </p>
      <h1 className="text-3xl font-bold">
        <span className="font-mono">{c.code}</span> — {t(`complaints.status.${c.status}`)}
      </h1>
      <dl className="card grid gap-2 sm:grid-cols-[auto_1fr]">
        {c.target ? (
          <>
            <dt className="font-semibold">{t("complaints.track.about")}</dt>
            <dd>{c.target}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{b("due")}</dt>
        <dd>
          {c.due ?? "—"}
          {c.daysLeft !== null ? ` (${c.daysLeft > 0 ? t("complaints.track.daysLeft", { count: c.daysLeft }) : t("complaints.track.overdue")})` : null}
        </dd>
        <dt className="font-semibold">{t("complaints.new.remedy")}</dt>
        <dd>
          {t(`complaints.new.remedies.${c.remedy}`)}
          {c.remedyNote ? `: ${c.remedyNote}` : null}
        </dd>
      </dl>
      <section aria-labelledby="description-heading" className="card">
        <h2 id="description-heading" className="text-xl font-bold">
          {b("description")}
        </h2>
        <p className="whitespace-pre-line" data-testid="business-description">
          {c.description}
        </p>
        {c.evidence.length ? (
          <ul className="mt-2">
            {c.evidence.map((a) => (
              <li key={a.id}>
                <a href={`/complaints/files/${a.id}`}>{a.name}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="contact-heading" className="card">
        <h2 id="contact-heading" className="text-xl font-bold">
          {b("contact")}
        </h2>
        {c.contact ? (
          <p data-testid="business-contact">{[c.contact.name, c.contact.phone, c.contact.email].filter(Boolean).join(" — ")}</p>
        ) : (
          <p>{b("noConsent")}</p>
        )}
      </section>
      <section aria-labelledby="timeline-heading" className="card">
        <h2 id="timeline-heading" className="text-xl font-bold">
          {t("complaints.track.timeline")}
        </h2>
        <ol className="mt-2 space-y-3 border-l-4 border-brand-700 pl-4">
          {c.events.map((e) => (
            <li key={e.id}>
              <p className="font-semibold">{t(`complaints.events.${e.kind}`)}</p>
              <p className="text-sm text-stone-700">{e.at}</p>
              {e.message ? <p className="whitespace-pre-line">{e.message}</p> : null}
              {e.attachments.map((a) => (
                <a key={a.id} href={`/complaints/files/${a.id}`} className="block text-sm">
                  {a.name}
                </a>
              ))}
            </li>
          ))}
        </ol>
      </section>
      {c.canAnswer ? (
        <>
          <FormErrors errors={actionData?.error?.[""] ?? null} />
          <Form method="post" encType="multipart/form-data" className="card space-y-3" aria-labelledby="answer-heading">
            <h2 id="answer-heading" className="text-xl font-bold">
              {b("answer")}
            </h2>
            <label className="block">
              <span className="font-semibold">{t("complaints.track.message")}</span>
              <textarea name="message" rows={4} className="input" aria-describedby={actionData?.error?.message ? "answer-message-error" : undefined} />
              <ErrorList id="answer-message-error" errors={actionData?.error?.message} />
            </label>
            <label className="block">
              <span className="font-semibold">{b("proposal")}</span>
              <input name="proposal" className="input" />
            </label>
            <label className="block">
              <span className="font-semibold">{b("attachments")}</span>
              <input name="attachments" type="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf" className="input" />
              <ErrorList errors={actionData?.error?.attachments} />
            </label>
            <button type="submit" name="intent" value="answer" className="btn-primary">
              {b("answer")}
            </button>
          </Form>
          <Form method="post" encType="multipart/form-data" className="card">
            <button type="submit" name="intent" value="agreed" className="btn-secondary">
              {b("agreed")}
            </button>
          </Form>
        </>
      ) : null}
    </div>
  );
}
