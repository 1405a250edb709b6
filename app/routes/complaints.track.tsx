// /complaints/track: code + PIN (posted, never in the URL) open one complaint for a short while
// (signed cookie). The timeline shows only the events meant for the complainant; the actions
// add information or evidence, reply to the business, or conclude ("resolved" / "not satisfied").
import type { SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Field, FormErrors } from "~/components/ui/field";
import { serverFormProps, serverInputProps, useServerForm } from "~/components/ui/server-form";
import { getLanguage, getT } from "~/i18next.server";
import { complaintAccess, grantComplaintAccess, revokeComplaintAccess } from "~/modules/complaints/access-cookie.server";
import { ComplainantActionSchema, TrackSchema } from "~/modules/complaints/complaint.schema";
import { EVIDENCE_UPLOAD_LIMITS, prepareEvidence, type PreparedEvidence } from "~/modules/complaints/evidence.server";
import { complainantAct, complainantView, openComplaint } from "~/modules/complaints/tracking.server";
import { DomainError } from "~/modules/errors";
import { formatDateTime } from "~/utils/dates";
import { db, dbReady } from "~/utils/db.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { filesOf, readUploadForm } from "~/utils/upload-form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getT(request);
  const complaintId = await complaintAccess(request);
  await dbReady;
  const view = complaintId ? await complainantView(db, complaintId).catch(() => null) : null;
  return {
    title: t("complaints.track.title"),
    locale: await getLanguage(request),
    // rendered as field constraints without shipping Zod to the browser; the action validates
    trackConstraint: getZodConstraint(TrackSchema),
    view: view && {
      ...view,
      receivedAt: view.receivedAt.toISOString(),
      businessDueAt: view.businessDueAt?.toISOString() ?? null,
      events: view.events.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const read = await readUploadForm(request, EVIDENCE_UPLOAD_LIMITS);
  if (!read.ok) {
    const result: SubmissionResult<string[]> = { status: "error", error: { message: [read.message] } };
    return data({ form: "action" as const, intent: "add-info", result }, { status: read.status });
  }
  const formData = read.formData;
  const intent = formData.get("intent");
  await dbReady;

  if (intent === "open") {
    const submission = parseWithZod(formData, { schema: TrackSchema });
    if (submission.status !== "success") return data({ form: "open" as const, result: submission.reply({ hideFields: ["pin"] }) }, { status: 400 });
    const opened = await openComplaint(db, submission.value);
    if (!opened.ok) {
      const t = await getT(request);
      const message =
        opened.reason === "locked" ? t("complaints.track.locked", { minutes: Math.max(1, Math.ceil(opened.retryAfterMs / 60_000)) }) : "complaints.track.invalid";
      return data({ form: "open" as const, result: submission.reply({ formErrors: [message], hideFields: ["pin"] }) }, { status: opened.reason === "locked" ? 429 : 400 });
    }
    throw redirect("/complaints/track", { headers: { "Set-Cookie": await grantComplaintAccess(opened.complaintId) } });
  }
  if (intent === "sign-out") {
    throw redirect("/complaints/track", { headers: { "Set-Cookie": await revokeComplaintAccess() } });
  }

  const complaintId = await complaintAccess(request);
  if (!complaintId) {
    const result: SubmissionResult<string[]> = { status: "error", error: { "": ["complaints.track.expired"] } };
    return data({ form: "open" as const, result }, { status: 401 });
  }
  const submission = parseWithZod(formData, { schema: ComplainantActionSchema });
  const submitted = String(intent ?? "");
  if (submission.status !== "success") return data({ form: "action" as const, intent: submitted, result: submission.reply() }, { status: 400 });
  const evidence = submission.value.intent === "add-info" ? await prepareEvidence(filesOf(formData, "evidence")) : ({ ok: true, prepared: [] } as PreparedEvidence);
  if (!evidence.ok) {
    return data({ form: "action" as const, intent: submitted, result: submission.reply({ fieldErrors: { message: [evidence.message] } }) }, { status: 400 });
  }
  try {
    await complainantAct(db, { complaintId, action: submission.value, evidence: evidence.prepared });
  } catch (error) {
    if (error instanceof DomainError) {
      return data(
        { form: "action" as const, intent: submitted, result: submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }) },
        { status: 409 },
      );
    }
    throw error;
  }
  throw redirect("/complaints/track");
}

export default function TrackPage() {
  const { view } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{t("complaints.track.title")}</h1>
      {view ? <Timeline /> : <OpenForm />}
    </div>
  );
}

function OpenForm() {
  const { trackConstraint } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const [form, fields] = useServerForm<z.input<typeof TrackSchema>>({
    id: "track",
    lastResult: actionData?.form === "open" ? actionData.result : undefined,
    constraint: trackConstraint,
  });
  return (
    <>
      <p className="mt-2 text-lg">{t("complaints.track.lead")}</p>
      <Form method="post" {...serverFormProps(form)} className="card mt-6 space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="open" />
        <Field id={fields.code.id} label={t("complaints.track.code")} errors={fields.code.errors}>
          {(aria) => <input {...serverInputProps(fields.code, { type: "text" })} {...aria} autoCapitalize="characters" autoComplete="off" className="input font-mono text-xl" />}
        </Field>
        <Field id={fields.pin.id} label={t("complaints.track.pin")} errors={fields.pin.errors}>
          {(aria) => (
            <input {...serverInputProps(fields.pin, { type: "password" })} {...aria} inputMode="numeric" autoComplete="off" className="input font-mono text-xl" />
          )}
        </Field>
        <button type="submit" className="btn-primary w-full text-lg" disabled={navigation.state === "submitting"}>
          {t("complaints.track.submit")}
        </button>
      </Form>
    </>
  );
}

function Timeline() {
  const { view, locale } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  if (!view) return null;
  const failed = actionData?.form === "action" ? actionData : undefined;
  const errorsFor = (intent: string) => (failed?.intent === intent ? failed.result.error?.message : undefined);
  return (
    <div className="mt-4 space-y-6">
      <dl className="card grid gap-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("complaints.done.code")}</dt>
        <dd className="font-mono text-xl">{view.code}</dd>
        <dt className="font-semibold">{t("complaints.track.status")}</dt>
        <dd data-testid="complaint-status">{t(`complaints.status.${view.status}`)}</dd>
        {view.target ? (
          <>
            <dt className="font-semibold">{t("complaints.track.about")}</dt>
            <dd>{view.target}</dd>
          </>
        ) : null}
        {view.businessDueAt && view.daysLeft !== null ? (
          <>
            <dt className="font-semibold">{t("complaints.track.deadline")}</dt>
            <dd>
              {formatDateTime(new Date(view.businessDueAt), locale)} —{" "}
              {view.daysLeft > 0 ? t("complaints.track.daysLeft", { count: view.daysLeft }) : t("complaints.track.overdue")}
            </dd>
          </>
        ) : null}
        {view.outcome ? (
          <>
            <dt className="font-semibold">{t("complaints.office.outcome")}</dt>
            <dd>{t(`complaints.outcomes.${view.outcome}`)}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="words-heading">
        <h2 id="words-heading" className="text-xl font-bold">
          {t("complaints.track.yourWords")}
        </h2>
        <p className="mt-1 whitespace-pre-line">{view.description}</p>
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="text-xl font-bold">
          {t("complaints.track.timeline")}
        </h2>
        <ol className="mt-2 space-y-3 border-l-4 border-brand-700 pl-4">
          {view.events.map((e) => (
            <li key={e.id}>
              <p className="font-semibold">{t(`complaints.events.${e.kind}`)}</p>
              <p className="text-sm text-stone-700">{formatDateTime(new Date(e.createdAt), locale)}</p>
              {e.message ? <p className="whitespace-pre-line">{e.message}</p> : null}
              {e.attachments.length ? (
                <ul className="text-sm">
                  {e.attachments.map((a) => (
                    <li key={a.id}>
                      <a href={`/complaints/files/${a.id}`}>{a.file.originalName ?? t("complaints.track.file")}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <FormErrors errors={failed?.result.error?.[""] ?? null} />
      {view.canConclude ? (
        <Form method="post" className="card space-y-3">
          <h2 className="text-xl font-bold">{t("complaints.track.conclude")}</h2>
          <div className="flex flex-wrap gap-3">
            <button type="submit" name="intent" value="resolved" className="btn-primary">
              {t("complaints.track.resolved")}
            </button>
            <button type="submit" name="intent" value="not-satisfied" className="btn-secondary">
              {t("complaints.track.notSatisfied")}
            </button>
          </div>
        </Form>
      ) : null}
      {view.canReply ? <MessageForm intent="reply" title={t("complaints.track.reply")} errors={errorsFor("reply")} /> : null}
      {view.canAddInfo ? <MessageForm intent="add-info" title={t("complaints.track.addInfo")} errors={errorsFor("add-info")} withFiles /> : null}
      <Form method="post">
        <button type="submit" name="intent" value="sign-out" className="btn-secondary">
          {t("complaints.track.signOut")}
        </button>
      </Form>
    </div>
  );
}

function MessageForm({ intent, title, errors, withFiles = false }: { intent: string; title: string; errors?: string[] | null; withFiles?: boolean }) {
  const { t } = useTranslation();
  const id = `${intent}-message`;
  return (
    <Form method="post" encType={withFiles ? "multipart/form-data" : undefined} className="card space-y-3" aria-labelledby={`${intent}-heading`}>
      <h2 id={`${intent}-heading`} className="text-xl font-bold">
        {title}
      </h2>
      <input type="hidden" name="intent" value={intent} />
      <Field id={id} label={t("complaints.track.message")} errors={errors}>
        {(aria) => <textarea {...aria} name="message" rows={4} className="input" />}
      </Field>
      {withFiles ? (
        <Field id={`${intent}-evidence`} label={t("complaints.new.evidence")} hint={t("complaints.new.evidenceHint")}>
          {(aria) => <input {...aria} name="evidence" type="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf" className="input" />}
        </Field>
      ) : null}
      <button type="submit" className="btn-primary">
        {t("complaints.track.send")}
      </button>
    </Form>
  );
}
