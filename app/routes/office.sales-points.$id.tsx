// One sales point for the office: what the business declared, its applications with their
// inspections, and the decisions — record an inspection, certify, reject, and for a
// certificate renew, suspend, reinstate or revoke. Each form posts an `intent`; plain HTML
// forms, so the page works without JavaScript.
import type { SubmissionResult } from "@conform-to/react";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { ErrorList, FormErrors } from "~/components/ui/field";
import { getLanguage, getT } from "~/i18next.server";
import { MAX_IMAGE_BYTES } from "~/modules/files/uploads.server";
import { parseWithZod } from "~/utils/parse-form";
import { filesOf, readUploadForm, refusalMessageKey, type UploadLimits } from "~/utils/upload-form.server";
import { certificatePublicState, type CertificateStatus } from "~/modules/certification/certificate-state";
import { DomainError } from "~/modules/errors";
import { formatMinutes } from "~/modules/sales-points/opening-hours";
import {
  certifySalesPoint,
  getSalesPointForOffice,
  MAX_INSPECTION_PHOTOS,
  readProgramme,
  recordInspection,
  reinstateCertificate,
  rejectApplication,
  renewCertificate,
  revokeCertificate,
  suggestCertificateNumber,
  suspendCertificate,
} from "~/modules/sales-points/programme.server";
import { OFFICE_INTENTS, OfficeActionSchema } from "~/modules/sales-points/sales-point.schema";
import { db, dbReady } from "~/utils/db.server";
import { addMonths, formatDate, formatDateTime, fromVnLocal, vnDateKey } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:sales-points:certify");
  await dbReady;
  const point = await getSalesPointForOffice(db, { actor, salesPointId: params.id ?? "" }).catch((e: unknown) => {
    throw toHttpError(e);
  });
  const now = new Date();
  const today = vnDateKey(now);
  const [programme, suggestedNumber, t, language] = await Promise.all([
    readProgramme(db),
    suggestCertificateNumber(db, { year: Number(today.slice(0, 4)) }),
    getT(request),
    getLanguage(request),
  ]);
  const english = language === "en";
  const open = point.applications.find((a) => a.status === "SUBMITTED" || a.status === "INSPECTED") ?? null;
  const renewedIds = new Set(point.certificates.map((c) => c.renewsId).filter(Boolean));
  return {
    title: t("salesPoints.office.pageTitle", { name: point.name }),
    today,
    suggestedNumber,
    maxInspectionPhotos: MAX_INSPECTION_PHOTOS,
    programme: { ...programme, expiryIfToday: formatDate(fromVnLocal(addMonths(today, programme.validityMonths)), language) },
    point: {
      id: point.id,
      name: point.name,
      status: point.status,
      business: point.business,
      address: [point.streetAddress, point.commune.name, point.province.name].join(", "),
      coordinates: point.latitude !== null && point.longitude !== null ? `${point.latitude}, ${point.longitude}` : null,
      phone: point.phone,
      share: point.vietGoodsShare,
      categories: point.categories.map(({ category }) => (english ? category.nameEn : category.nameVi)),
      hours: point.hours.map((h) => ({
        id: h.id,
        weekday: h.weekday,
        text: `${formatMinutes(h.opensAt)}–${formatMinutes(h.closesAt)}`,
        overnight: h.closesAt < h.opensAt,
      })),
      photos: point.photos,
    },
    openApplication: open ? { id: open.id, status: open.status, hasInspection: open.inspections.length > 0 } : null,
    applications: point.applications.map((a) => ({
      id: a.id,
      status: a.status,
      createdAt: formatDateTime(a.createdAt, language),
      decidedAt: a.decidedAt ? formatDateTime(a.decidedAt, language) : null,
      decisionNote: a.decisionNote,
      inspections: a.inspections.map((i) => ({
        id: i.id,
        inspectedAt: formatDateTime(i.inspectedAt, language),
        inspector: i.inspector.name,
        observedShare: i.observedShare,
        notes: i.notes,
        checklist: i.checklist,
        photos: i.photos,
      })),
    })),
    certificates: point.certificates.map((c) => ({
      id: c.id,
      number: c.number,
      issuer: c.issuer,
      issuedOn: formatDate(c.issuedOn, language),
      expiresOn: c.expiresOn ? formatDate(c.expiresOn, language) : "—",
      status: c.status,
      state: certificatePublicState({ status: c.status as CertificateStatus, expiresOn: c.expiresOn }, now),
      statusReason: c.statusReason,
      statusChangedAt: c.statusChangedAt ? formatDateTime(c.statusChangedAt, language) : null,
      verificationCode: c.verificationCode,
      renewed: renewedIds.has(c.id),
    })),
  };
}

type ActionReply = { intent: string; result: SubmissionResult<string[]> };

/** Only the inspection form sends files: at most MAX_INSPECTION_PHOTOS images of 5 MB. */
const UPLOAD_LIMITS: UploadLimits = { maxFileBytes: MAX_IMAGE_BYTES, maxFiles: MAX_INSPECTION_PHOTOS, maxTotalBytes: 40 * 1024 * 1024 };

const FLASH: Record<string, string> = {
  [OFFICE_INTENTS.inspect]: "salesPoints.office.inspected",
  [OFFICE_INTENTS.certify]: "salesPoints.office.certifiedFlash",
  [OFFICE_INTENTS.reject]: "salesPoints.office.rejected",
  [OFFICE_INTENTS.renew]: "salesPoints.office.renewed",
  [OFFICE_INTENTS.suspend]: "salesPoints.office.suspended",
  [OFFICE_INTENTS.reinstate]: "salesPoints.office.reinstated",
  [OFFICE_INTENTS.revoke]: "salesPoints.office.revoked",
};

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:sales-points:certify");
  const salesPointId = params.id ?? "";
  await dbReady;
  const read = await readUploadForm(request, UPLOAD_LIMITS);
  if (!read.ok) {
    const key = refusalMessageKey(read.code, "salesPoints.errors.upload_too_large");
    return data({ intent: OFFICE_INTENTS.inspect, result: { status: "error", error: { photos: [key] } } } satisfies ActionReply, { status: read.status });
  }
  const formData = read.formData;
  const intent = String(formData.get("intent") ?? "");
  const submission = parseWithZod(formData, { schema: OfficeActionSchema });
  if (submission.status !== "success") {
    return data({ intent, result: submission.reply({ formErrors: ["errors.fixBelow"] }) } satisfies ActionReply, { status: 400 });
  }
  const value = submission.value;
  try {
    switch (value.intent) {
      case OFFICE_INTENTS.inspect: {
        const files = filesOf(formData, "photos");
        const photos = await Promise.all(files.map(async (f) => ({ bytes: Buffer.from(await f.arrayBuffer()), name: f.name })));
        await recordInspection(db, { actor, salesPointId, input: value, photos });
        break;
      }
      case OFFICE_INTENTS.certify:
        await certifySalesPoint(db, { actor, salesPointId, input: value });
        break;
      case OFFICE_INTENTS.reject:
        await rejectApplication(db, { actor, salesPointId, reasons: value.reasons });
        break;
      case OFFICE_INTENTS.renew:
        await renewCertificate(db, { actor, salesPointId, certificateId: value.certificateId, input: value });
        break;
      case OFFICE_INTENTS.suspend:
        await suspendCertificate(db, { actor, salesPointId, certificateId: value.certificateId, reason: value.reason });
        break;
      case OFFICE_INTENTS.reinstate:
        await reinstateCertificate(db, { actor, salesPointId, certificateId: value.certificateId });
        break;
      case OFFICE_INTENTS.revoke:
        await revokeCertificate(db, { actor, salesPointId, certificateId: value.certificateId, reason: value.reason });
        break;
    }
  } catch (error) {
    if (error instanceof DomainError && (error.code === "conflict" || error.code === "invalid")) {
      return data({ intent, result: submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }) } satisfies ActionReply, {
        status: error.code === "conflict" ? 409 : 400,
      });
    }
    throw toHttpError(error);
  }
  return redirectWithFlash(request, `/office/sales-points/${salesPointId}`, { kind: "success", message: FLASH[value.intent]! });
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function OfficeSalesPointPage() {
  const loaderData = useLoaderData<typeof loader>();
  const { point, openApplication, certificates } = loaderData;
  const reply = useActionData<typeof action>() as ActionReply | undefined;
  const { t } = useTranslation();
  const current = certificates.find((c) => !c.renewed) ?? null;
  const errorsFor = (intent: string) => (reply?.intent === intent ? reply.result : null);
  return (
    <section aria-labelledby="office-sales-point-title" className="space-y-6">
      <p>
        <Link to="/office/sales-points">{t("salesPoints.office.backToList")}</Link>
      </p>
      <h1 id="office-sales-point-title" className="text-3xl font-bold">
        {point.name}
      </h1>
      <Details data={loaderData} />
      {openApplication ? (
        <section aria-labelledby="decide-title" className="space-y-4">
          <h2 id="decide-title" className="text-2xl font-bold">
            {t("salesPoints.office.decideTitle")} — {t(`salesPoints.applicationStatus.${openApplication.status}`)}
          </h2>
          <InspectionForm result={errorsFor(OFFICE_INTENTS.inspect)} />
          {openApplication.status === "INSPECTED" ? <CertifyForm result={errorsFor(OFFICE_INTENTS.certify)} /> : null}
          <ReasonForm
            intent={OFFICE_INTENTS.reject}
            title={t("salesPoints.office.rejectTitle")}
            label={t("salesPoints.office.rejectReasons")}
            field="reasons"
            submit={t("salesPoints.office.rejectButton")}
            result={errorsFor(OFFICE_INTENTS.reject)}
          />
        </section>
      ) : null}
      {current ? <CertificateActions certificate={current} reply={reply ?? null} /> : null}
      <History data={loaderData} />
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Details({ data: { point } }: { data: LoaderData }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="details-title" className="card space-y-3">
      <h2 id="details-title" className="text-xl font-bold">
        {t("salesPoints.office.details")}
      </h2>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <Row label={t("salesPoints.office.business")}>
          <Link to={`/office/businesses/${point.business.id}`}>{point.business.name}</Link> ({t(`business.status.${point.business.status}`)})
        </Row>
        <Row label={t("salesPoints.columns.status")}>{t(`salesPoints.status.${point.status}`)}</Row>
        <Row label={t("salesPoints.columns.address")}>{point.address}</Row>
        <Row label={t("salesPoints.office.coordinates")}>{point.coordinates ?? "—"}</Row>
        <Row label={t("salesPoints.fields.phone")}>{point.phone ?? "—"}</Row>
        <Row label={t("salesPoints.office.declaredShare")}>{point.share} %</Row>
        <Row label={t("salesPoints.sections.categories")}>{point.categories.join(", ") || "—"}</Row>
        <Row label={t("salesPoints.sections.hours")}>
          {point.hours.length ? (
            <ul>
              {point.hours.map((h) => (
                <li key={h.id}>
                  {t(`salesPoints.weekday.${h.weekday}`)}: {h.text}
                  {h.overnight ? ` (${t("salesPoints.office.nextDay")})` : null}
                </li>
              ))}
            </ul>
          ) : (
            "—"
          )}
        </Row>
      </dl>
      {point.photos.length ? (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {point.photos.map((photo, index) => (
            <li key={photo.id}>
              <img src={`/files/${photo.fileId}?size=thumb`} alt={t("salesPoints.photos.alt", { name: point.name, n: index + 1 })} className="aspect-square w-full rounded object-cover" />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function InspectionForm({ result }: { result: SubmissionResult<string[]> | null }) {
  const { programme, maxInspectionPhotos } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const navigation = useNavigation();
  const error = result?.error ?? {};
  return (
    <Form method="post" encType="multipart/form-data" className="card space-y-4" aria-labelledby="inspect-title">
      <h3 id="inspect-title" className="text-xl font-bold">
        {t("salesPoints.office.inspectTitle")}
      </h3>
      <input type="hidden" name="intent" value={OFFICE_INTENTS.inspect} />
      <FormErrors errors={error[""]} />
      <ErrorList id="checklist-error" errors={error.checklist} />
      {programme.checklist.map((item, index) => (
        <fieldset key={index} className="rounded-md border border-stone-200 p-3" aria-describedby={error[`checklist[${index}]`] ? `checklist-${index}-error` : undefined}>
          <legend className="px-1 font-semibold">
            {index + 1}. {item}
          </legend>
          <div className="flex flex-wrap gap-6">
            <div className="flex items-center gap-2">
              <input type="radio" id={`checklist-${index}-pass`} name={`checklist[${index}]`} value="pass" required className="h-5 w-5" />
              <label htmlFor={`checklist-${index}-pass`}>{t("salesPoints.office.passed")}</label>
            </div>
            <div className="flex items-center gap-2">
              <input type="radio" id={`checklist-${index}-fail`} name={`checklist[${index}]`} value="fail" className="h-5 w-5" />
              <label htmlFor={`checklist-${index}-fail`}>{t("salesPoints.office.failed")}</label>
            </div>
          </div>
          <ErrorList id={`checklist-${index}-error`} errors={error[`checklist[${index}]`]} />
        </fieldset>
      ))}
      <div className="space-y-1">
        <label htmlFor="observedShare" className="block font-semibold">
          {t("salesPoints.office.observedShare")}
        </label>
        <p id="observedShare-hint" className="text-sm text-stone-700">
          {t("salesPoints.office.observedShareHint", { min: programme.minVietGoodsShare })}
        </p>
        <input
          id="observedShare"
          name="observedShare"
          type="number"
          min={0}
          max={100}
          step={1}
          required
          aria-describedby={error.observedShare ? "observedShare-hint observedShare-error" : "observedShare-hint"}
          aria-invalid={error.observedShare ? true : undefined}
          className="input max-w-40"
        />
        <ErrorList id="observedShare-error" errors={error.observedShare} />
      </div>
      <div className="space-y-1">
        <label htmlFor="notes" className="block font-semibold">
          {t("salesPoints.office.notes")} {t("common.optional")}
        </label>
        <textarea id="notes" name="notes" rows={4} className="input" />
        <ErrorList id="notes-error" errors={error.notes} />
      </div>
      <div className="space-y-1">
        <label htmlFor="inspection-photos" className="block font-semibold">
          {t("salesPoints.office.inspectionPhotos")} {t("common.optional")}
        </label>
        <p id="inspection-photos-hint" className="text-sm text-stone-700">
          {t("salesPoints.office.inspectionPhotosHint", { max: maxInspectionPhotos })}
        </p>
        <input
          id="inspection-photos"
          name="photos"
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={error.photos ? "inspection-photos-hint inspection-photos-error" : "inspection-photos-hint"}
          className="block"
        />
        <ErrorList id="inspection-photos-error" errors={error.photos} />
      </div>
      <button type="submit" className="btn-primary" disabled={navigation.state === "submitting"}>
        {t("salesPoints.office.inspectButton")}
      </button>
    </Form>
  );
}

function CertifyForm({ result }: { result: SubmissionResult<string[]> | null }) {
  const { today, suggestedNumber, programme } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const navigation = useNavigation();
  const error = result?.error ?? {};
  return (
    <Form method="post" className="card space-y-4" aria-labelledby="certify-title">
      <h3 id="certify-title" className="text-xl font-bold">
        {t("salesPoints.office.certifyTitle")}
      </h3>
      <p>{t("salesPoints.office.certifyLead", { months: programme.validityMonths, min: programme.minVietGoodsShare })}</p>
      <input type="hidden" name="intent" value={OFFICE_INTENTS.certify} />
      <FormErrors errors={error[""]} />
      <NumberAndDate idPrefix="certify" defaultNumber={suggestedNumber} today={today} error={error} expiryHint={t("salesPoints.office.expiryHint", { months: programme.validityMonths, date: programme.expiryIfToday })} />
      <button type="submit" className="btn-primary" disabled={navigation.state === "submitting"}>
        {t("salesPoints.office.certifyButton")}
      </button>
    </Form>
  );
}

function NumberAndDate({
  idPrefix,
  defaultNumber,
  today,
  error,
  expiryHint,
}: {
  idPrefix: string;
  defaultNumber: string;
  today: string;
  error: Record<string, string[] | null | undefined>;
  expiryHint: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}-number`} className="block font-semibold">
          {t("salesPoints.certificate.number")}
        </label>
        <input
          id={`${idPrefix}-number`}
          name="number"
          type="text"
          required
          defaultValue={defaultNumber}
          aria-invalid={error.number ? true : undefined}
          aria-describedby={error.number ? `${idPrefix}-number-error` : undefined}
          className="input"
        />
        <ErrorList id={`${idPrefix}-number-error`} errors={error.number} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}-issuedOn`} className="block font-semibold">
          {t("salesPoints.certificate.issuedOn")}
        </label>
        <p id={`${idPrefix}-issuedOn-hint`} className="text-sm text-stone-700">
          {expiryHint}
        </p>
        <input
          id={`${idPrefix}-issuedOn`}
          name="issuedOn"
          type="date"
          required
          max={today}
          defaultValue={today}
          aria-invalid={error.issuedOn ? true : undefined}
          aria-describedby={error.issuedOn ? `${idPrefix}-issuedOn-hint ${idPrefix}-issuedOn-error` : `${idPrefix}-issuedOn-hint`}
          className="input"
        />
        <ErrorList id={`${idPrefix}-issuedOn-error`} errors={error.issuedOn} />
      </div>
    </div>
  );
}

function ReasonForm({
  intent,
  title,
  label,
  field,
  submit,
  result,
  certificateId,
}: {
  intent: string;
  title: string;
  label: string;
  field: "reason" | "reasons";
  submit: string;
  result: SubmissionResult<string[]> | null;
  certificateId?: string;
}) {
  const navigation = useNavigation();
  const error = result?.error ?? {};
  const id = `${intent}-${field}`;
  return (
    <Form method="post" className="card space-y-3" aria-labelledby={`${intent}-title`}>
      <h3 id={`${intent}-title`} className="text-xl font-bold">
        {title}
      </h3>
      <input type="hidden" name="intent" value={intent} />
      {certificateId ? <input type="hidden" name="certificateId" value={certificateId} /> : null}
      <FormErrors errors={error[""]} />
      <div className="space-y-1">
        <label htmlFor={id} className="block font-semibold">
          {label}
        </label>
        <textarea
          id={id}
          name={field}
          rows={3}
          required
          minLength={3}
          aria-invalid={error[field] ? true : undefined}
          aria-describedby={error[field] ? `${id}-error` : undefined}
          className="input"
        />
        <ErrorList id={`${id}-error`} errors={error[field]} />
      </div>
      <button type="submit" className="btn-secondary" disabled={navigation.state === "submitting"}>
        {submit}
      </button>
    </Form>
  );
}

function CertificateActions({ certificate, reply }: { certificate: LoaderData["certificates"][number]; reply: ActionReply | null }) {
  const { today, suggestedNumber, programme, point } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const navigation = useNavigation();
  const errorsFor = (intent: string) => (reply?.intent === intent ? reply.result : null);
  const renewError = errorsFor(OFFICE_INTENTS.renew)?.error ?? {};
  const reinstateError = errorsFor(OFFICE_INTENTS.reinstate)?.error ?? {};
  const inForce = certificate.status === "ACTIVE" || certificate.status === "SUSPENDED";
  return (
    <section aria-labelledby="certificate-title" className="space-y-4">
      <h2 id="certificate-title" className="text-2xl font-bold">
        {t("salesPoints.certificate.title")}
      </h2>
      <dl className="card grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <Row label={t("salesPoints.certificate.number")}>{certificate.number}</Row>
        <Row label={t("salesPoints.certificate.issuer")}>{certificate.issuer}</Row>
        <Row label={t("salesPoints.certificate.issuedOn")}>{certificate.issuedOn}</Row>
        <Row label={t("salesPoints.certificate.expiresOn")}>{certificate.expiresOn}</Row>
        <Row label={t("salesPoints.certificate.state")}>
          <strong>{t(`salesPoints.certificateState.${certificate.state}`)}</strong>
        </Row>
        {certificate.statusReason ? (
          <Row label={t("salesPoints.certificate.reason")}>
            {certificate.statusReason}
            {certificate.statusChangedAt ? ` (${certificate.statusChangedAt})` : null}
          </Row>
        ) : null}
        <Row label={t("salesPoints.certificate.verificationCode")}>
          <Link to={`/verify/${certificate.verificationCode}`}>{certificate.verificationCode}</Link>
        </Row>
      </dl>
      {inForce ? (
        <p>
          <Link to={`/office/sales-points/${point.id}/poster`}>{t("salesPoints.certificate.poster")}</Link>
        </p>
      ) : null}
      {certificate.status === "ACTIVE" || certificate.status === "EXPIRED" ? (
        <Form method="post" className="card space-y-4" aria-labelledby="renew-title">
          <h3 id="renew-title" className="text-xl font-bold">
            {t("salesPoints.office.renewTitle")}
          </h3>
          <p>{t("salesPoints.office.renewLead")}</p>
          <input type="hidden" name="intent" value={OFFICE_INTENTS.renew} />
          <input type="hidden" name="certificateId" value={certificate.id} />
          <FormErrors errors={renewError[""]} />
          <NumberAndDate
            idPrefix="renew"
            defaultNumber={suggestedNumber}
            today={today}
            error={renewError}
            expiryHint={t("salesPoints.office.expiryHint", { months: programme.validityMonths, date: programme.expiryIfToday })}
          />
          <button type="submit" className="btn-secondary" disabled={navigation.state === "submitting"}>
            {t("salesPoints.office.renewButton")}
          </button>
        </Form>
      ) : null}
      {certificate.status === "ACTIVE" ? (
        <ReasonForm
          intent={OFFICE_INTENTS.suspend}
          certificateId={certificate.id}
          title={t("salesPoints.office.suspendTitle")}
          label={t("salesPoints.office.reason")}
          field="reason"
          submit={t("salesPoints.office.suspendButton")}
          result={errorsFor(OFFICE_INTENTS.suspend)}
        />
      ) : null}
      {certificate.status === "SUSPENDED" ? (
        <Form method="post" className="card space-y-3" aria-labelledby="reinstate-title">
          <h3 id="reinstate-title" className="text-xl font-bold">
            {t("salesPoints.office.reinstateTitle")}
          </h3>
          <input type="hidden" name="intent" value={OFFICE_INTENTS.reinstate} />
          <input type="hidden" name="certificateId" value={certificate.id} />
          <FormErrors errors={reinstateError[""]} />
          <button type="submit" className="btn-secondary" disabled={navigation.state === "submitting"}>
            {t("salesPoints.office.reinstateButton")}
          </button>
        </Form>
      ) : null}
      {inForce ? (
        <ReasonForm
          intent={OFFICE_INTENTS.revoke}
          certificateId={certificate.id}
          title={t("salesPoints.office.revokeTitle")}
          label={t("salesPoints.office.reason")}
          field="reason"
          submit={t("salesPoints.office.revokeButton")}
          result={errorsFor(OFFICE_INTENTS.revoke)}
        />
      ) : null}
    </section>
  );
}

function History({ data: { applications, certificates } }: { data: LoaderData }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="history-title" className="space-y-3">
      <h2 id="history-title" className="text-2xl font-bold">
        {t("salesPoints.office.history")}
      </h2>
      {applications.length === 0 ? <p>{t("salesPoints.office.noApplications")}</p> : null}
      {applications.map((a) => (
        <article key={a.id} className="card space-y-2" aria-label={t("salesPoints.office.applicationOf", { date: a.createdAt })}>
          <p>
            <strong>{t("salesPoints.office.applicationOf", { date: a.createdAt })}</strong> — {t(`salesPoints.applicationStatus.${a.status}`)}
            {a.decidedAt ? ` (${a.decidedAt})` : null}
          </p>
          {a.decisionNote ? (
            <p>
              <strong>{t("salesPoints.application.reasons")}:</strong> <span className="whitespace-pre-line">{a.decisionNote}</span>
            </p>
          ) : null}
          {a.inspections.map((i) => (
            <div key={i.id} className="rounded-md border border-stone-200 p-3">
              <p className="font-semibold">{t("salesPoints.office.inspectionBy", { date: i.inspectedAt, name: i.inspector })}</p>
              <ul className="list-disc pl-6">
                {i.checklist.map((r, index) => (
                  <li key={index}>
                    {r.item}: <strong>{r.passed ? t("salesPoints.office.passed") : t("salesPoints.office.failed")}</strong>
                  </li>
                ))}
              </ul>
              <p>
                {t("salesPoints.office.observedShare")}: {i.observedShare ?? "—"} %
              </p>
              {i.notes ? <p className="whitespace-pre-line">{i.notes}</p> : null}
              {i.photos.length ? (
                <ul className="mt-2 flex flex-wrap gap-2">
                  {i.photos.map((p, index) => (
                    <li key={p.id}>
                      <a href={`/files/${p.fileId}`}>{t("salesPoints.office.inspectionPhoto", { n: index + 1 })}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </article>
      ))}
      {certificates.length > 1 ? (
        <div className="card">
          <h3 className="font-bold">{t("salesPoints.office.allCertificates")}</h3>
          <ul className="list-disc pl-6">
            {certificates.map((c) => (
              <li key={c.id}>
                {c.number} ({c.issuedOn} – {c.expiresOn}): {t(`salesPoints.certificateState.${c.state}`)}
                {c.statusReason ? ` — ${c.statusReason}` : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
