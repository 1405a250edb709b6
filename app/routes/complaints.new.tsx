// /complaints/new: anyone files a complaint, without an account and without JavaScript.
// Picking what it is about is a plain GET search (?q=) whose results link back here with
// ?product=, ?producer= or ?salesPoint=; product, producer and sales-point pages link here the
// same way. On success the page shows the tracking code and PIN: the complaint has committed.
import type { SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Field, FormErrors } from "~/components/ui/field";
import { serverFormProps, serverInputProps, serverSelectProps, serverTextareaProps, useServerForm } from "~/components/ui/server-form";
import { HoneypotField } from "~/components/ui/honeypot";
import { PrintButton } from "~/components/ui/print-button";
import { getT } from "~/i18next.server";
import { IntakeSchema } from "~/modules/complaints/complaint.schema";
import { complaintConfig } from "~/modules/complaints/config.server";
import { EVIDENCE_UPLOAD_LIMITS, prepareEvidence } from "~/modules/complaints/evidence.server";
import { fileComplaint, resolveTarget, searchTargets } from "~/modules/complaints/intake.server";
import { REMEDIES, VULNERABLE_GROUPS } from "~/modules/complaints/model";
import { HONEYPOT_FIELD } from "~/modules/identity/honeypot";
import { db, dbReady } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { AttemptLimiter, clientIp } from "~/utils/rate-limit.server";
import { filesOf, readUploadForm } from "~/utils/upload-form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

const HOUR_MS = 60 * 60 * 1000;
const intakeLimiter = () => ((globalThis as { __complaintIntakeLimiter?: AttemptLimiter }).__complaintIntakeLimiter ??= new AttemptLimiter(complaintConfig().COMPLAINT_INTAKE_RATE_LIMIT, HOUR_MS));

function targetRef(params: URLSearchParams | FormData) {
  const get = (name: string) => {
    const value = params.get(name);
    return typeof value === "string" && value.trim() ? value.trim() : undefined;
  };
  return { productSlug: get("product") ?? get("productSlug"), producerSlug: get("producer") ?? get("producerSlug"), salesPointId: get("salesPoint") ?? get("salesPointId") };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const t = await getT(request);
  await dbReady;
  const target = await resolveTarget(db, targetRef(url.searchParams));
  const q = url.searchParams.get("q")?.slice(0, 100) ?? "";
  const results = q ? await searchTargets(db, q) : [];
  // The field constraints (required, lengths) are worked out here, so the page renders them
  // without shipping Zod to the browser; the action validates every submission on the server.
  return { title: t("complaints.new.title"), target, q, results, constraint: getZodConstraint(IntakeSchema) };
}

export async function action({ request }: ActionFunctionArgs) {
  const ip = clientIp(request);
  const limiter = intakeLimiter();
  const read = await readUploadForm(request, EVIDENCE_UPLOAD_LIMITS);
  if (!read.ok) {
    // The body could not be read, so nothing typed came back: with JavaScript the draft restores it.
    const result: SubmissionResult<string[]> = { status: "error", error: { evidence: [read.message] } };
    return data({ result, done: null, lost: true }, { status: read.status });
  }
  const formData = read.formData;
  if (formData.get(HONEYPOT_FIELD)) throw new Response("Bad Request", { status: 400 });
  const submission = parseWithZod(formData, { schema: IntakeSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ formErrors: ["complaints.errors.fixBelow"] }), done: null, lost: false }, { status: 400 });
  }
  if (limiter.retryAfterMs(ip) > 0) {
    return data({ result: submission.reply({ formErrors: ["complaints.new.tooMany"] }), done: null, lost: false }, { status: 429 });
  }
  await dbReady;
  const ref = targetRef(formData);
  const target = await resolveTarget(db, ref);
  if ((ref.productSlug || ref.producerSlug || ref.salesPointId) && !target) {
    return data({ result: submission.reply({ fieldErrors: { businessNameText: ["complaints.errors.targetGone"] } }), done: null, lost: false }, { status: 400 });
  }
  const evidence = await prepareEvidence(filesOf(formData, "evidence"));
  if (!evidence.ok) {
    return data({ result: submission.reply({ fieldErrors: { evidence: [evidence.message] } }), done: null, lost: false }, { status: 400 });
  }
  const t = await getT(request);
  const filed = await fileComplaint(db, {
    form: submission.value,
    target,
    evidence: evidence.prepared,
    mail: {
      subject: (code) => t("complaints.mail.ackSubject", { code }),
      text: (code, pin) => t("complaints.mail.ackText", { code, pin, url: `${env().APP_URL}/complaints/track`, interpolation: { escapeValue: false } }),
    },
  });
  limiter.fail(ip);
  return data({ result: null, done: { code: filed.code, pin: filed.pin, emailed: Boolean(submission.value.email) }, lost: false });
}

const DRAFT_KEY = "hv-complaint-draft";

/** With JavaScript, what was typed is kept in this browser until the complaint is sent. */
function useDraft(formId: string, sent: boolean, restore: boolean) {
  useEffect(() => {
    if (sent) {
      localStorage.removeItem(DRAFT_KEY);
      return;
    }
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    if (restore) {
      try {
        const draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "{}") as Record<string, string | boolean>;
        for (const [name, value] of Object.entries(draft)) {
          const elements = form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${CSS.escape(name)}"]`);
          for (const el of elements) {
            if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) el.checked = el.type === "checkbox" ? value === true : el.value === value;
            else if (!(el instanceof HTMLInputElement && (el.type === "file" || el.type === "hidden"))) el.value = String(value);
          }
        }
      } catch {
        localStorage.removeItem(DRAFT_KEY);
      }
    }
    const save = () => {
      const draft: Record<string, string | boolean> = {};
      for (const el of Array.from(form.elements) as HTMLInputElement[]) {
        if (!el.name || el.type === "file" || el.type === "hidden" || el.name === HONEYPOT_NAME) continue;
        if (el.type === "checkbox") draft[el.name] = el.checked;
        else if (el.type === "radio") {
          if (el.checked) draft[el.name] = el.value;
        } else draft[el.name] = el.value;
      }
      localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    };
    form.addEventListener("input", save);
    form.addEventListener("change", save);
    return () => {
      form.removeEventListener("input", save);
      form.removeEventListener("change", save);
    };
  }, [formId, sent, restore]);
}
const HONEYPOT_NAME = HONEYPOT_FIELD;

export default function NewComplaintPage() {
  const { target, q, results, constraint } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const done = actionData?.done ?? null;
  const [form, fields] = useServerForm<z.input<typeof IntakeSchema>>({
    id: "complaint",
    lastResult: actionData?.result ?? undefined,
    constraint,
  });
  useDraft(form.id, Boolean(done), !actionData || actionData.lost);

  if (done) return <Acknowledgement code={done.code} pin={done.pin} emailed={done.emailed} />;

  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{t("complaints.new.title")}</h1>
      <p className="mt-2 text-lg text-stone-800">{t("complaints.new.lead")}</p>

      <section aria-labelledby="target-heading" className="card mt-6 space-y-3">
        <h2 id="target-heading" className="text-xl font-bold">
          {t("complaints.new.targetHeading")}
        </h2>
        {target ? (
          <p>
            {t("complaints.new.targetChosen")} <strong>{target.label}</strong>
            {target.label !== target.businessName ? ` (${target.businessName})` : null}.{" "}
            <Link to="/complaints/new">{t("complaints.new.targetChange")}</Link>
          </p>
        ) : (
          <>
            <Form method="get" action="/complaints/new" className="space-y-2" role="search">
              <label htmlFor="target-q" className="block font-semibold">
                {t("complaints.new.searchLabel")}
              </label>
              <p id="target-q-hint" className="text-sm text-stone-700">
                {t("complaints.new.searchHint")}
              </p>
              <div className="flex gap-2">
                <input id="target-q" name="q" type="search" defaultValue={q} aria-describedby="target-q-hint" className="input flex-1" />
                <button type="submit" className="btn-secondary">
                  {t("complaints.new.searchSubmit")}
                </button>
              </div>
            </Form>
            {q ? (
              results.length ? (
                <div>
                  <p className="font-semibold">{t("complaints.new.searchResults")}</p>
                  <ul className="mt-1 space-y-1">
                    {results.map((r) => (
                      <li key={`${r.param}:${r.value}`}>
                        <Link to={`/complaints/new?${r.param}=${encodeURIComponent(r.value)}`}>{r.label}</Link>
                        {r.detail ? <span className="text-stone-700"> — {r.detail}</span> : null}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : (
                <p role="status">{t("complaints.new.searchNone")}</p>
              )
            ) : null}
          </>
        )}
      </section>

      <Form method="post" encType="multipart/form-data" {...serverFormProps(form)} className="card relative mt-6 space-y-5">
        <FormErrors id={form.errorId} errors={form.errors} />
        <HoneypotField />
        {target ? (
          <input
            type="hidden"
            name={target.kind === "product" ? "productSlug" : target.kind === "producer" ? "producerSlug" : "salesPointId"}
            value={target.key}
          />
        ) : (
          <fieldset className="space-y-3">
            <legend className="font-semibold">{t("complaints.new.notOnPlatform")}</legend>
            <Field id={fields.businessNameText.id} label={t("complaints.new.businessNameText")} errors={fields.businessNameText.errors}>
              {(aria) => <input {...serverInputProps(fields.businessNameText, { type: "text" })} {...aria} className="input" />}
            </Field>
            <Field id={fields.placeText.id} label={t("complaints.new.placeText")} errors={fields.placeText.errors}>
              {(aria) => <input {...serverInputProps(fields.placeText, { type: "text" })} {...aria} className="input" />}
            </Field>
          </fieldset>
        )}

        <h2 className="text-xl font-bold">{t("complaints.new.whatHeading")}</h2>
        <Field id={fields.description.id} label={t("complaints.new.description")} hint={t("complaints.new.descriptionHint")} errors={fields.description.errors}>
          {(aria) => <textarea {...serverTextareaProps(fields.description)} {...aria} rows={6} className="input" />}
        </Field>
        <Field id={fields.happenedOn.id} label={t("complaints.new.happenedOn")} errors={fields.happenedOn.errors}>
          {(aria) => <input {...serverInputProps(fields.happenedOn, { type: "date" })} {...aria} className="input" />}
        </Field>
        <fieldset aria-describedby={fields.remedy.errors ? fields.remedy.errorId : undefined}>
          <legend className="font-semibold">{t("complaints.new.remedy")}</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {REMEDIES.map((remedy) => (
              <label key={remedy} className="flex items-center gap-2 py-1">
                <input type="radio" name={fields.remedy.name} value={remedy} defaultChecked={fields.remedy.initialValue === remedy} className="h-5 w-5" />
                {t(`complaints.new.remedies.${remedy}`)}
              </label>
            ))}
          </div>
          {fields.remedy.errors ? (
            <p id={fields.remedy.errorId} className="mt-1 text-sm font-medium text-red-800">
              {t(fields.remedy.errors[0]!)}
            </p>
          ) : null}
        </fieldset>
        <Field id={fields.remedyNote.id} label={t("complaints.new.remedyNote")} errors={fields.remedyNote.errors}>
          {(aria) => <input {...serverInputProps(fields.remedyNote, { type: "text" })} {...aria} className="input" />}
        </Field>
        <Field id="evidence" label={t("complaints.new.evidence")} hint={t("complaints.new.evidenceHint")} errors={actionData?.result?.error?.evidence ?? undefined}>
          {(aria) => <input {...aria} name="evidence" type="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf" className="input" />}
        </Field>

        <h2 className="text-xl font-bold">{t("complaints.new.contactHeading")}</h2>
        <p className="text-stone-800">{t("complaints.new.contactLead")}</p>
        <Field id={fields.name.id} label={t("complaints.new.name")} errors={fields.name.errors}>
          {(aria) => <input {...serverInputProps(fields.name, { type: "text" })} {...aria} autoComplete="name" className="input" />}
        </Field>
        <Field id={fields.phone.id} label={t("complaints.new.phone")} hint={t("complaints.new.phoneOrEmail")} errors={fields.phone.errors}>
          {(aria) => <input {...serverInputProps(fields.phone, { type: "tel" })} {...aria} autoComplete="tel" className="input" />}
        </Field>
        <Field id={fields.email.id} label={t("complaints.new.email")} errors={fields.email.errors}>
          {(aria) => <input {...serverInputProps(fields.email, { type: "email" })} {...aria} autoComplete="email" className="input" />}
        </Field>
        <div className="flex items-start gap-2">
          <input {...serverInputProps(fields.consentShareContact, { type: "checkbox" })} className="mt-1 h-5 w-5" />
          <label htmlFor={fields.consentShareContact.id}>{t("complaints.new.consent")}</label>
        </div>
        <div>
          <div className="flex items-start gap-2">
            <input {...serverInputProps(fields.vulnerable, { type: "checkbox" })} aria-describedby="vulnerable-hint" className="mt-1 h-5 w-5" />
            <label htmlFor={fields.vulnerable.id}>{t("complaints.new.vulnerable")}</label>
          </div>
          <p id="vulnerable-hint" className="ml-7 text-sm text-stone-700">
            {t("complaints.new.vulnerableHint")}
          </p>
        </div>
        <Field id={fields.vulnerableGroup.id} label={t("complaints.new.vulnerableGroup")} errors={fields.vulnerableGroup.errors}>
          {(aria) => (
            <select {...serverSelectProps(fields.vulnerableGroup)} {...aria} className="input">
              <option value="">{t("complaints.new.choose")}</option>
              {VULNERABLE_GROUPS.map((group) => (
                <option key={group} value={group}>
                  {t(`complaints.new.groups.${group}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="btn-primary w-full text-lg" disabled={navigation.state === "submitting"}>
          {t("complaints.new.submit")}
        </button>
        <p className="text-sm text-stone-700">{t("complaints.new.draftKept")}</p>
      </Form>
    </div>
  );
}

function Acknowledgement({ code, pin, emailed }: { code: string; pin: string; emailed: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-2xl">
      {/* Announced as a status, and still the page's heading (a role on the h1 would hide it). */}
      <div role="status">
        <h1 className="text-3xl font-bold">{t("complaints.done.title")}</h1>
      </div>
      <p className="mt-2 text-lg">{t("complaints.done.lead")}</p>
      <dl className="card mt-6 grid gap-4 text-center">
        <div>
          <dt className="text-lg font-semibold">{t("complaints.done.code")}</dt>
          <dd className="font-mono text-4xl font-bold tracking-wider" data-testid="complaint-code">
            {code}
          </dd>
        </div>
        <div>
          <dt className="text-lg font-semibold">{t("complaints.done.pin")}</dt>
          <dd className="font-mono text-4xl font-bold tracking-[0.3em]" data-testid="complaint-pin">
            {pin}
          </dd>
        </div>
      </dl>
      {emailed ? <p className="mt-4">{t("complaints.done.emailed")}</p> : null}
      <div className="mt-6 flex flex-wrap gap-3 print:hidden">
        <PrintButton label={t("complaints.done.print")} />
        <Link to="/complaints/track" className="btn-secondary">
          {t("complaints.done.track")}
        </Link>
      </div>
    </div>
  );
}
