// /office/complaints/:id: the case file and every triage action (one form per action, each a
// plain POST). Contact details appear only after "show contact" (read-contact permission,
// audited), for that one response.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorList, FormErrors } from "~/components/ui/field";
import { getLanguage, getT } from "~/i18next.server";
import { OfficeActionSchema } from "~/modules/complaints/complaint.schema";
import { formatDateTime } from "~/utils/dates";
import { OUTCOMES } from "~/modules/complaints/model";
import { listOfficers, officeAct, officeComplaint, revealContact } from "~/modules/complaints/office.server";
import { DomainError } from "~/modules/errors";
import { db, dbReady } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

async function load(request: Request, id: string) {
  const actor = await requirePermission(request, "office:complaints:handle");
  await dbReady;
  const [t, locale] = await Promise.all([getT(request), getLanguage(request)]);
  const [detail, officers] = await Promise.all([officeComplaint(db, { actor, id }), listOfficers(db)]).catch((error: unknown) => {
    throw toHttpError(error);
  });
  const c = detail.complaint;
  return {
    title: `${t("complaints.office.title")} ${c.code}`,
    c: {
      id: c.id,
      code: c.code,
      status: c.status,
      subject: c.subject,
      description: c.description,
      descriptionRedacted: c.descriptionRedacted,
      remedy: c.remedy,
      remedyNote: c.remedyNote,
      happenedOn: c.happenedOn,
      vulnerable: c.vulnerable,
      consent: c.consentShareContact,
      target: c.product?.name ?? c.salesPoint?.name ?? null,
      business: c.business?.name ?? c.businessNameText ?? null,
      onPlatform: c.businessId !== null,
      commune: c.commune?.name ?? null,
      received: formatDateTime(c.receivedAt, locale),
      due: c.businessDueAt ? formatDateTime(c.businessDueAt, locale) : null,
      outcome: c.outcome,
      assignee: c.assignedTo?.name ?? null,
      mergedInto: c.mergedInto,
      events: c.events.map((e) => ({
        id: e.id,
        kind: e.kind,
        message: e.message,
        by: e.actor?.name ?? null,
        at: formatDateTime(e.createdAt, locale),
        toComplainant: e.visibleToComplainant,
        toBusiness: e.visibleToBusiness,
      })),
      attachments: c.attachments.map((a) => ({
        id: a.id,
        name: a.file.originalName ?? a.id,
        addedBy: a.addedBy,
        toBusiness: a.visibleToBusiness,
        redactedCopy: a.redactedFromId !== null,
        hasCopy: c.attachments.some((other) => other.redactedFromId === a.id),
      })),
    },
    similar: detail.similar.map((s) => ({ ...s, receivedAt: formatDateTime(s.receivedAt, locale) })),
    daysLeft: detail.daysLeft,
    hasContact: detail.hasContact,
    canReadContact: detail.canReadContact,
    officers,
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  return load(request, params.id ?? "");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:complaints:handle");
  const id = params.id ?? "";
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: OfficeActionSchema });
  if (submission.status !== "success") return data({ intent: String(formData.get("intent")), result: submission.reply(), contact: null }, { status: 400 });
  await dbReady;
  const action = submission.value;
  try {
    if (action.intent === "reveal-contact") {
      const contact = await revealContact(db, { actor, id });
      return { intent: action.intent, result: null, contact };
    }
    const t = await getT(request);
    await officeAct(db, {
      actor,
      id,
      action,
      mail: {
        subject: (code) => t("complaints.mail.forwardedSubject", { code }),
        text: ({ code, due }) =>
          t("complaints.mail.forwardedText", { code, due: formatDateTime(due), url: `${env().APP_URL}/business/complaints`, interpolation: { escapeValue: false } }),
      },
    });
    return { intent: action.intent, result: submission.reply({ resetForm: true }), contact: null };
  } catch (error) {
    if (error instanceof DomainError && error.code !== "not_found" && error.code !== "forbidden") {
      return data({ intent: action.intent, result: submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }), contact: null }, { status: 409 });
    }
    throw toHttpError(error);
  }
}

export default function OfficeComplaintPage() {
  const { c, similar, daysLeft, hasContact, canReadContact, officers } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const o = (key: string) => t(`complaints.office.${key}`);
  const errorsOf = (intent: string) => (actionData?.intent === intent ? actionData.result?.error : undefined);
  const open = !["CLOSED", "REJECTED"].includes(c.status);
  const triage = c.status === "RECEIVED" || c.status === "NEEDS_INFO";
  return (
    <div className="space-y-6">
      <header>
        <p>
          <Link to="/office/complaints">← {o("title")}</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">
          <span className="font-mono">{c.code}</span> — {t(`complaints.status.${c.status}`)}
        </h1>
        {c.vulnerable ? <p className="mt-1 font-bold text-red-800">{t("complaints.new.vulnerable")}</p> : null}
      </header>
      <dl className="card grid gap-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{o("business")}</dt>
        <dd>
          {c.business ?? "—"}
          {c.target ? ` — ${c.target}` : null}
          {c.commune ? ` (${c.commune})` : null}
        </dd>
        <dt className="font-semibold">{o("received")}</dt>
        <dd>{c.received}</dd>
        <dt className="font-semibold">{o("due")}</dt>
        <dd>
          {c.due ?? "—"}
          {daysLeft !== null ? ` (${daysLeft > 0 ? t("complaints.track.daysLeft", { count: daysLeft }) : t("complaints.track.overdue")})` : null}
        </dd>
        <dt className="font-semibold">{t("complaints.new.remedy")}</dt>
        <dd>
          {t(`complaints.new.remedies.${c.remedy}`)}
          {c.remedyNote ? `: ${c.remedyNote}` : null}
        </dd>
        <dt className="font-semibold">{o("consent")}</dt>
        <dd>{c.consent ? o("yes") : o("no")}</dd>
        <dt className="font-semibold">{o("assignee")}</dt>
        <dd>{c.assignee ?? "—"}</dd>
        {c.outcome ? (
          <>
            <dt className="font-semibold">{o("outcome")}</dt>
            <dd>{t(`complaints.outcomes.${c.outcome}`)}</dd>
          </>
        ) : null}
      </dl>
      {actionData?.result?.status === "success" ? <p role="status">{o("done")}</p> : null}

      <section aria-labelledby="contact-heading" className="card space-y-2">
        <h2 id="contact-heading" className="text-xl font-bold">
          {o("contact")}
        </h2>
        {!hasContact ? (
          <p>{o("contactErased")}</p>
        ) : actionData?.contact ? (
          <dl className="grid gap-1 sm:grid-cols-[auto_1fr]" data-testid="complainant-contact">
            <dt className="font-semibold">{t("complaints.new.name")}</dt>
            <dd>{actionData.contact.name}</dd>
            <dt className="font-semibold">{t("complaints.new.phone")}</dt>
            <dd>{actionData.contact.phone ?? "—"}</dd>
            <dt className="font-semibold">{t("complaints.new.email")}</dt>
            <dd>{actionData.contact.email ?? "—"}</dd>
            <dt className="font-semibold">{t("complaints.new.vulnerableGroup")}</dt>
            <dd>{actionData.contact.vulnerableGroup ? t(`complaints.new.groups.${actionData.contact.vulnerableGroup}`) : "—"}</dd>
          </dl>
        ) : canReadContact ? (
          <Form method="post">
            <button type="submit" name="intent" value="reveal-contact" className="btn-secondary">
              {o("reveal")}
            </button>
          </Form>
        ) : (
          <p>{o("noContactPermission")}</p>
        )}
      </section>

      <section aria-labelledby="description-heading" className="card space-y-3">
        <h2 id="description-heading" className="text-xl font-bold">
          {o("original")}
        </h2>
        <p className="whitespace-pre-line">{c.description}</p>
        {c.descriptionRedacted !== null ? (
          <>
            <h3 className="font-bold">{o("redacted")}</h3>
            <p className="whitespace-pre-line" data-testid="redacted-description">
              {c.descriptionRedacted}
            </p>
          </>
        ) : null}
        {open ? (
          <ActionForm intent="redact" title={o("redact")} errors={errorsOf("redact")}>
            <TextArea name="descriptionRedacted" label={o("redacted")} hint={o("redactHint")} defaultValue={c.descriptionRedacted ?? c.description} errors={errorsOf("redact")?.descriptionRedacted} />
          </ActionForm>
        ) : null}
      </section>

      {c.attachments.length ? (
        <section aria-labelledby="attachments-heading" className="card">
          <h2 id="attachments-heading" className="text-xl font-bold">
            {o("attachments")}
          </h2>
          <ul>
            {c.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/complaints/files/${a.id}`}>{a.name}</a> ({a.addedBy}
                {a.redactedCopy ? `, ${o("redactedCopy")}` : ""}
                {a.toBusiness ? `, ${o("toBusiness")}` : a.hasCopy ? `, ${o("hasRedactedCopy")}, ${o("notForBusiness")}` : ""})
                {open && a.addedBy !== "business" && !a.redactedCopy ? (
                  <>
                    {" "}
                    <Link to={`/office/complaints/${c.id}/attachments/${a.id}`} aria-label={`${o("redactFile")}: ${a.name}`}>
                      {o("redactFile")}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {similar.length ? (
        <section aria-labelledby="similar-heading" className="card">
          <h2 id="similar-heading" className="text-xl font-bold">
            {o("similar")}
          </h2>
          <ul>
            {similar.map((s) => (
              <li key={s.id}>
                <Link to={`/office/complaints/${s.id}`} className="font-mono">
                  {s.code}
                </Link>{" "}
                — {s.subject} ({t(`complaints.status.${s.status}`)}, {s.receivedAt})
              </li>
            ))}
          </ul>
          {open ? (
            <ActionForm intent="merge" title={o("merge")} errors={errorsOf("merge")}>
              <label className="block">
                <span className="font-semibold">{o("code")}</span>
                <input name="intoCode" className="input" />
              </label>
            </ActionForm>
          ) : null}
        </section>
      ) : null}

      {open ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <ActionForm intent="assign" title={o("assign")} errors={errorsOf("assign")}>
            <label className="block">
              <span className="font-semibold">{o("assignee")}</span>
              <select name="assigneeId" className="input" defaultValue="">
                <option value="">{o("assignToMe")}</option>
                {officers.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </label>
          </ActionForm>
          {triage && c.onPlatform ? (
            <ActionForm intent="forward" title={o("forward")} hint={o("forwardHint")} errors={errorsOf("forward")}>
              <TextArea name="note" label={o("message")} />
            </ActionForm>
          ) : null}
          {triage && !c.onPlatform ? (
            <ActionForm intent="outside-contact" title={o("outsideContact")} errors={errorsOf("outside-contact")}>
              <TextArea name="note" label={o("message")} errors={errorsOf("outside-contact")?.note} />
            </ActionForm>
          ) : null}
          {triage ? (
            <ActionForm intent="ask-info" title={o("askInfo")} errors={errorsOf("ask-info")}>
              <TextArea name="message" label={o("message")} errors={errorsOf("ask-info")?.message} />
            </ActionForm>
          ) : null}
          {triage ? (
            <ActionForm intent="reject" title={o("reject")} errors={errorsOf("reject")}>
              <TextArea name="reason" label={o("reason")} errors={errorsOf("reject")?.reason} />
            </ActionForm>
          ) : null}
          {["FORWARDED", "ANSWERED", "RESOLVED"].includes(c.status) ? (
            <ActionForm intent="escalate" title={o("escalate")} errors={errorsOf("escalate")}>
              <TextArea name="note" label={o("message")} />
            </ActionForm>
          ) : null}
          <ActionForm intent="close" title={o("close")} errors={errorsOf("close")}>
            <label className="block">
              <span className="font-semibold">{o("outcome")}</span>
              <select name="outcome" className="input" defaultValue="">
                <option value="">{t("complaints.new.choose")}</option>
                {OUTCOMES.map((outcome) => (
                  <option key={outcome} value={outcome}>
                    {t(`complaints.outcomes.${outcome}`)}
                  </option>
                ))}
              </select>
            </label>
            <ErrorList errors={errorsOf("close")?.outcome} />
            <TextArea name="note" label={o("message")} />
          </ActionForm>
        </div>
      ) : null}
      {c.status === "ESCALATED" || c.status === "CLOSED" ? (
        <p>
          <Link to={`/office/complaints/${c.id}/referral`} className="btn-secondary">
            {o("referral")}
          </Link>
        </p>
      ) : null}
      <ActionForm intent="note" title={o("note")} errors={errorsOf("note")}>
        <TextArea name="message" label={o("message")} errors={errorsOf("note")?.message} />
      </ActionForm>

      <section aria-labelledby="timeline-heading" className="card">
        <h2 id="timeline-heading" className="text-xl font-bold">
          {o("timeline")}
        </h2>
        <ol className="mt-2 space-y-3 border-l-4 border-brand-700 pl-4">
          {c.events.map((e) => (
            <li key={e.id}>
              <p className="font-semibold">{t(`complaints.events.${e.kind}`)}</p>
              <p className="text-sm text-stone-700">
                {e.at}
                {e.by ? ` — ${e.by}` : null} — {o("visibleTo")}:{" "}
                {[e.toComplainant ? o("toComplainant") : null, e.toBusiness ? o("toBusiness") : null].filter(Boolean).join(", ") || o("officeOnly")}
              </p>
              {e.message ? <p className="whitespace-pre-line">{e.message}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function ActionForm({ intent, title, hint, errors, children }: { intent: string; title: string; hint?: string; errors?: Record<string, string[] | null>; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="card space-y-2" aria-label={title}>
      <h2 className="text-lg font-bold">{title}</h2>
      {hint ? <p className="text-sm text-stone-700">{hint}</p> : null}
      <FormErrors errors={errors?.[""] ?? null} />
      {children}
      <button type="submit" name="intent" value={intent} className="btn-primary">
        {title || t("complaints.office.submit")}
      </button>
    </Form>
  );
}

function TextArea({ name, label, hint, defaultValue, errors }: { name: string; label: string; hint?: string; defaultValue?: string; errors?: string[] | null }) {
  return (
    <label className="block">
      <span className="font-semibold">{label}</span>
      {hint ? <span className="block text-sm text-stone-700">{hint}</span> : null}
      <textarea name={name} rows={3} defaultValue={defaultValue} className="input" />
      <ErrorList errors={errors} />
    </label>
  );
}
