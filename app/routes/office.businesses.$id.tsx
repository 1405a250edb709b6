// One business as the office reviews it: the full profile (personal ID included, for the
// officer only), the old → new address, its history and the decisions its status allows.
import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { Field, FormErrors } from "~/components/ui/field";
import { getLanguage, getT, remixI18n } from "~/i18next.server";
import { DecisionSchema, type Decision } from "~/modules/catalog/business.schema";
import { decideBusiness, getBusinessForReview, type DecisionMail } from "~/modules/catalog/businesses.server";
import { DomainError } from "~/modules/errors";
import { db, dbReady } from "~/utils/db.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:businesses:review");
  await dbReady;
  const review = await getBusinessForReview(db, { actor, businessId: params.id ?? "" }).catch((e: unknown) => {
    throw toHttpError(e);
  });
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const { business } = review;
  return {
    title: `${business.name} — ${t("profile.office.title")}`,
    business: {
      ...business,
      createdAt: formatDate(business.createdAt, language),
      verifiedAt: business.verifiedAt ? formatDate(business.verifiedAt, language) : null,
      updatedAt: formatDateTime(business.updatedAt, language),
    },
    missing: review.missing,
    allowed: review.allowed,
    history: review.history.map((h) => {
      const parsed = h.data ? (JSON.parse(h.data) as { reason?: unknown }) : {};
      return {
        id: h.id,
        action: h.action,
        actorName: h.actorName,
        at: formatDateTime(h.createdAt, language),
        reason: typeof parsed.reason === "string" ? parsed.reason : null,
      };
    }),
  };
}

/** Decision e-mails in each recipient's language. */
async function decisionMail(): Promise<DecisionMail> {
  const [vi, en] = await Promise.all([remixI18n.getFixedT("vi", "common"), remixI18n.getFixedT("en", "common")]);
  return (decision, { locale, businessName, reason, url }) => {
    const t = locale === "en" ? en : vi;
    return {
      subject: t(`profile.email.${decision}Subject`, { businessName }),
      text: t(`profile.email.${decision}Body`, { businessName, reason: reason ?? "", url }),
    };
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:businesses:review");
  const businessId = params.id ?? "";
  const submission = parseWithZod(await request.formData(), { schema: DecisionSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  await dbReady;
  try {
    const decision = submission.value.intent;
    await decideBusiness(db, {
      actor,
      businessId,
      decision,
      reason: "reason" in submission.value ? submission.value.reason : null,
      mail: await decisionMail(),
      appUrl: env().APP_URL,
    });
    const review = await getBusinessForReview(db, { actor, businessId });
    return redirectWithFlash(request, `/office/businesses/${businessId}`, {
      kind: "success",
      message: `profile.office.done.${decision}`,
      params: { name: review.business.name },
    });
  } catch (error) {
    if (error instanceof DomainError && (error.code === "conflict" || error.code === "invalid")) {
      return data(submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }), { status: 409 });
    }
    throw toHttpError(error);
  }
}

export default function OfficeBusinessPage() {
  const { business, missing, allowed, history } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  const none = t("profile.fields.none");
  const identifiers: [string, string | null][] = [
    [t("profile.fields.enterpriseCode"), business.enterpriseCode],
    [t("profile.fields.registrationNo"), business.registrationNo],
    [t("profile.fields.ownerPersonalId"), business.ownerPersonalId],
  ];
  const address = [business.streetAddress, business.commune?.name, business.province?.name].filter(Boolean).join(", ");
  return (
    <article aria-labelledby="business-title" className="space-y-6">
      <p>
        <Link to="/office/businesses" className="underline">
          {t("profile.office.backToList")}
        </Link>
      </p>
      <header className="space-y-1">
        <h1 id="business-title" className="text-3xl font-bold">
          {business.name}
        </h1>
        <p>
          {t(`legalForm.${business.legalForm}`)} · <strong>{t("profile.statusLabel")}:</strong> {t(`business.status.${business.status}`)}
        </p>
        {business.statusReason ? (
          <p>
            <strong>{t("profile.reasonLabel")}:</strong> {business.statusReason}
          </p>
        ) : null}
      </header>

      <section aria-labelledby="ids-title" className="card space-y-2">
        <h2 id="ids-title" className="text-xl font-bold">
          {t("profile.office.identifiers")}
        </h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          {identifiers
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd className="font-mono">{value}</dd>
              </div>
            ))}
        </dl>
        {business.ownerPersonalId ? <p className="text-sm text-stone-700">{t("profile.office.personalIdNote")}</p> : null}
        {identifiers.every(([, v]) => !v) ? <p>{none}</p> : null}
      </section>

      <section aria-labelledby="address-title" className="card space-y-2">
        <h2 id="address-title" className="text-xl font-bold">
          {t("profile.office.address")}
        </h2>
        <p>{address || none}</p>
        {business.oldCommune && business.commune && business.province ? (
          <p>
            {t("profile.fields.oldToNew", { old: business.oldCommune.oldName, new: business.commune.name, province: business.province.name })}
            <span className="block text-sm text-stone-700">
              {t("profile.fields.oldDetail", {
                old: business.oldCommune.oldName,
                district: business.oldCommune.oldDistrictName,
                province: business.oldCommune.oldProvinceName,
              })}
            </span>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="contact-title" className="card space-y-2">
        <h2 id="contact-title" className="text-xl font-bold">
          {t("profile.office.contact")}
        </h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("profile.fields.phone")}</dt>
          <dd>{business.phone ?? none}</dd>
          <dt className="font-semibold">{t("profile.fields.email")}</dt>
          <dd>{business.email ?? none}</dd>
          <dt className="font-semibold">{t("profile.fields.website")}</dt>
          <dd>{business.website ?? none}</dd>
          <dt className="font-semibold">{t("profile.office.createdAt")}</dt>
          <dd>{business.createdAt}</dd>
          <dt className="font-semibold">{t("profile.office.verifiedAt")}</dt>
          <dd>{business.verifiedAt ?? none}</dd>
        </dl>
        <h3 className="font-bold">{t("profile.fields.description")}</h3>
        <p className="whitespace-pre-line">{business.description ?? none}</p>
        {business.logoFileId ? (
          <img src={`/files/${business.logoFileId}?size=thumb`} alt={t("profile.fields.logoCurrent")} className="h-24 w-auto rounded border border-stone-200" />
        ) : null}
        <h3 className="font-bold">{t("profile.office.members")}</h3>
        <ul className="list-disc pl-6">
          {business.memberships.map((m) => (
            <li key={m.user.email}>
              {m.user.name} ({t(`business.membership.${m.role}`)}) — {m.user.email}
              {m.user.phone ? ` · ${m.user.phone}` : ""}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="missing-title" className="card space-y-2">
        <h2 id="missing-title" className="text-xl font-bold">
          {t("profile.office.missing")}
        </h2>
        {missing.length ? (
          <ul className="list-disc pl-6">
            {missing.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        ) : (
          <p>{t("profile.office.complete")}</p>
        )}
      </section>

      <section aria-labelledby="decisions-title" className="card space-y-4">
        <h2 id="decisions-title" className="text-xl font-bold">
          {t("profile.office.decisions")}
        </h2>
        {allowed.length === 0 ? <p>{t("profile.office.noDecisions")}</p> : null}
        {allowed.map((decision) => (
          <DecisionForm
            key={decision}
            decision={decision}
            lastResult={lastResult?.initialValue?.intent === decision ? lastResult : undefined}
          />
        ))}
      </section>

      <section aria-labelledby="history-title" className="card space-y-2">
        <h2 id="history-title" className="text-xl font-bold">
          {t("profile.office.history")}
        </h2>
        {history.length === 0 ? (
          <p>{t("profile.office.noHistory")}</p>
        ) : (
          <ol className="space-y-2">
            {history.map((h) => (
              <li key={h.id}>
                <strong>{t(`profile.office.actions.${h.action.replace(/\./g, "_")}`, { defaultValue: h.action })}</strong> — {h.at}
                {h.actorName ? ` — ${h.actorName}` : ""}
                {h.reason ? <span className="block">{`${t("profile.reasonLabel")}: ${h.reason}`}</span> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}

function DecisionForm({ decision, lastResult }: { decision: Decision; lastResult?: SubmissionResult<string[]> }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const needsReason = decision === "reject" || decision === "suspend";
  const [form, fields] = useForm({
    id: `decision-${decision}`,
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: DecisionSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-2 border-t border-stone-200 pt-3 first-of-type:border-t-0 first-of-type:pt-0">
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value={decision} />
      {needsReason ? (
        <Field id={`${decision}-reason`} label={t("profile.office.reason")} errors={fields.reason.errors}>
          {(aria) => <textarea {...getTextareaProps(fields.reason)} {...aria} rows={3} className="input" />}
        </Field>
      ) : null}
      <button type="submit" className={decision === "verify" || decision === "reinstate" ? "btn-primary" : "btn-secondary"} disabled={navigation.state === "submitting"}>
        {t(`profile.office.${decision}`)}
      </button>
    </Form>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
