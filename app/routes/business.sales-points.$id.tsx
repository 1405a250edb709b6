// One sales point of the business: its programme status (application, rejection reasons,
// certificate and poster), the details form, photos, and applying or withdrawing. Several
// forms post here, told apart by `intent`; all of them work without JavaScript.
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { SalesPointForm, type HoursDefault, type SalesPointFormReply } from "~/components/sales-points/sales-point-form";
import { ErrorList, FormErrors } from "~/components/ui/field";
import { getLanguage, getT } from "~/i18next.server";
import { MAX_IMAGE_BYTES } from "~/modules/files/uploads.server";
import { parseWithZod } from "~/utils/parse-form";
import { filesOf, readUploadForm, refusalMessageKey, type UploadLimits } from "~/utils/upload-form.server";
import { certificatePublicState, type CertificateStatus } from "~/modules/certification/certificate-state";
import { DomainError } from "~/modules/errors";
import { formatMinutes } from "~/modules/sales-points/opening-hours";
import { readProgramme } from "~/modules/sales-points/programme.server";
import { ChooseProvinceSchema, SALES_POINT_INTENTS, SalesPointFieldsSchema, WEEKDAY_ORDER } from "~/modules/sales-points/sales-point.schema";
import {
  addSalesPointPhotos,
  applyForCertification,
  getOwnSalesPoint,
  listCategoryChoices,
  MAX_SALES_POINT_PHOTOS,
  placeOptions,
  removeSalesPointPhoto,
  updateSalesPoint,
  withdrawApplication,
} from "~/modules/sales-points/sales-points.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithFlash, requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

/** 1440 ("24:00") cannot be typed into a time input; 00:00 as closing time means the same. */
const clock = (minutes: number) => (minutes === 1440 ? "00:00" : formatMinutes(minutes));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:sales-points:manage");
  await dbReady;
  const point = await getOwnSalesPoint(db, { actor, businessId, salesPointId: params.id ?? "" }).catch((e: unknown) => {
    throw toHttpError(e);
  });
  const [places, categories, programme, t, language] = await Promise.all([
    placeOptions(db, point.provinceCode),
    listCategoryChoices(db),
    readProgramme(db),
    getT(request),
    getLanguage(request),
  ]);
  const now = new Date();
  const hours: HoursDefault[] = WEEKDAY_ORDER.map((weekday) => {
    const row = point.hours.find((h) => h.weekday === weekday);
    return row
      ? { weekday, closed: false, opensAt: clock(row.opensAt), closesAt: clock(row.closesAt) }
      : { weekday, closed: true, opensAt: "", closesAt: "" };
  });
  const application = point.applications[0] ?? null;
  const certificate = point.certificates[0] ?? null;
  const openApplication = application && (application.status === "SUBMITTED" || application.status === "INSPECTED");
  const inForce = point.certificates.some((c) => c.status === "ACTIVE" || c.status === "SUSPENDED");
  return {
    title: point.name,
    point: {
      id: point.id,
      name: point.name,
      status: point.status,
      updatedAt: point.updatedAt.toISOString(),
      photos: point.photos,
      defaults: {
        name: point.name,
        provinceCode: point.provinceCode,
        communeCode: point.communeCode,
        streetAddress: point.streetAddress,
        latitude: point.latitude === null ? "" : String(point.latitude),
        longitude: point.longitude === null ? "" : String(point.longitude),
        phone: point.phone ?? "",
        vietGoodsShare: String(point.vietGoodsShare),
        categoryIds: point.categories.map((c) => c.categoryId),
        hours,
      },
    },
    application: application
      ? {
          status: application.status,
          decisionNote: application.decisionNote,
          createdAt: formatDateTime(application.createdAt, language),
          decidedAt: application.decidedAt ? formatDateTime(application.decidedAt, language) : null,
        }
      : null,
    certificate: certificate
      ? {
          number: certificate.number,
          issuer: certificate.issuer,
          issuedOn: formatDate(certificate.issuedOn, language),
          expiresOn: certificate.expiresOn ? formatDate(certificate.expiresOn, language) : null,
          state: certificatePublicState({ status: certificate.status as CertificateStatus, expiresOn: certificate.expiresOn }, now),
          statusReason: certificate.statusReason,
          statusChangedAt: certificate.statusChangedAt ? formatDate(certificate.statusChangedAt, language) : null,
          verifyPath: `/verify/${certificate.verificationCode}`,
          hasPoster: certificate.status === "ACTIVE" || certificate.status === "SUSPENDED",
        }
      : null,
    canApply: !openApplication && !inForce,
    canWithdraw: Boolean(openApplication),
    minShare: programme.minVietGoodsShare,
    provinces: places.provinces,
    communes: places.communes,
    categories,
    maxPhotos: MAX_SALES_POINT_PHOTOS,
  };
}

type ActionReply =
  | ({ kind: "form" } & SalesPointFormReply)
  | { kind: "photos"; errors: string[]; formErrors: string[] }
  | { kind: "apply"; formErrors: string[] };

/** Only the photos form sends files: at most MAX_SALES_POINT_PHOTOS images of 5 MB. */
const UPLOAD_LIMITS: UploadLimits = { maxFileBytes: MAX_IMAGE_BYTES, maxFiles: MAX_SALES_POINT_PHOTOS, maxTotalBytes: 30 * 1024 * 1024 };

const nonce = () => Math.random().toString(36).slice(2);

function expected(error: unknown): error is DomainError {
  return error instanceof DomainError && (error.code === "invalid" || error.code === "conflict");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:sales-points:manage");
  const salesPointId = params.id ?? "";
  await dbReady;
  const scope = { actor, businessId, salesPointId };
  const here = `/business/sales-points/${salesPointId}`;
  const read = await readUploadForm(request, UPLOAD_LIMITS);
  if (!read.ok) {
    const key = refusalMessageKey(read.code, "salesPoints.errors.upload_too_large");
    return data({ kind: "photos", errors: [key], formErrors: ["errors.fixBelow"] } satisfies ActionReply, { status: read.status });
  }
  const formData = read.formData;
  const intent = formData.get("intent");
  try {
    if (intent === SALES_POINT_INTENTS.addPhotos) {
      const files = filesOf(formData, "photos");
      const uploads = await Promise.all(files.map(async (f) => ({ bytes: Buffer.from(await f.arrayBuffer()), name: f.name })));
      await addSalesPointPhotos(db, { ...scope, files: uploads });
      return redirectWithFlash(request, here, { kind: "success", message: "salesPoints.photos.added" });
    }
    if (intent === SALES_POINT_INTENTS.removePhoto) {
      await removeSalesPointPhoto(db, { ...scope, photoId: String(formData.get("photoId") ?? "") });
      return redirectWithFlash(request, here, { kind: "success", message: "salesPoints.photos.removed" });
    }
    if (intent === SALES_POINT_INTENTS.apply) {
      await applyForCertification(db, scope);
      return redirectWithFlash(request, here, { kind: "success", message: "salesPoints.apply.submitted" });
    }
    if (intent === SALES_POINT_INTENTS.withdraw) {
      await withdrawApplication(db, scope);
      return redirectWithFlash(request, here, { kind: "success", message: "salesPoints.apply.withdrawn" });
    }
  } catch (error) {
    if (!expected(error)) throw toHttpError(error);
    if (intent === SALES_POINT_INTENTS.addPhotos) {
      return data({ kind: "photos", errors: error.fieldErrors.photos ?? [], formErrors: [error.message] } satisfies ActionReply, { status: 400 });
    }
    return data({ kind: "apply", formErrors: [error.message] } satisfies ActionReply, { status: 409 });
  }

  const communes = async () => (await placeOptions(db, formData.get("provinceCode"))).communes;
  if (intent === SALES_POINT_INTENTS.chooseProvince) {
    const submission = parseWithZod(formData, { schema: ChooseProvinceSchema });
    return data({ kind: "form", result: submission.reply(), nonce: nonce(), communes: await communes() } satisfies ActionReply);
  }
  const submission = parseWithZod(formData, { schema: SalesPointFieldsSchema });
  if (submission.status !== "success") {
    return data({ kind: "form", result: submission.reply({ formErrors: ["errors.fixBelow"] }), nonce: nonce(), communes: await communes() } satisfies ActionReply, {
      status: 400,
    });
  }
  try {
    await updateSalesPoint(db, { ...scope, fields: submission.value });
    return redirectWithFlash(request, here, { kind: "success", message: "salesPoints.saved" });
  } catch (error) {
    if (!expected(error)) throw toHttpError(error);
    return data(
      {
        kind: "form",
        result: submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }),
        nonce: nonce(),
        communes: await communes(),
      } satisfies ActionReply,
      { status: error.code === "invalid" ? 400 : 409 },
    );
  }
}

export default function BusinessSalesPointPage() {
  const loaderData = useLoaderData<typeof loader>();
  const { point, provinces, communes, categories } = loaderData;
  const reply = useActionData<typeof action>() as ActionReply | undefined;
  const { t } = useTranslation();
  const formReply = reply?.kind === "form" ? reply : null;
  return (
    <section aria-labelledby="sales-point-title" className="max-w-3xl space-y-6">
      <p>
        <Link to="/business/sales-points">{t("salesPoints.backToList")}</Link>
      </p>
      <h1 id="sales-point-title" className="text-3xl font-bold">
        {point.name}
      </h1>
      <ProgrammeCard applyErrors={reply?.kind === "apply" ? reply.formErrors : null} />
      <section aria-labelledby="details-title" className="space-y-3">
        <h2 id="details-title" className="text-2xl font-bold">
          {t("salesPoints.editTitle")}
        </h2>
        <SalesPointForm
          key={formReply?.nonce ?? point.updatedAt}
          id="sales-point"
          reply={formReply}
          defaults={point.defaults}
          provinces={provinces}
          savedCommunes={communes}
          categories={categories}
          submitLabel={t("salesPoints.save")}
        />
      </section>
      <PhotosCard reply={reply?.kind === "photos" ? reply : null} />
    </section>
  );
}

function ProgrammeCard({ applyErrors }: { applyErrors: string[] | null }) {
  const { point, application, certificate, canApply, canWithdraw, minShare } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  return (
    <section aria-labelledby="programme-title" className="card space-y-3">
      <h2 id="programme-title" className="text-xl font-bold">
        {t("salesPoints.programmeTitle")}
      </h2>
      <p>
        <strong>{t("salesPoints.columns.status")}:</strong> {t(`salesPoints.status.${point.status}`)}
      </p>
      {application ? (
        <div>
          <p>
            <strong>{t("salesPoints.application.title")}:</strong> {t(`salesPoints.applicationStatus.${application.status}`)} (
            {t("salesPoints.application.submittedOn", { date: application.createdAt })})
          </p>
          {application.status === "REJECTED" && application.decisionNote ? (
            <p className="text-red-900">
              <strong>{t("salesPoints.application.reasons")}:</strong> <span className="whitespace-pre-line">{application.decisionNote}</span>
            </p>
          ) : null}
        </div>
      ) : null}
      {certificate ? (
        <div className="rounded-md border border-stone-300 p-3">
          <h3 className="font-bold">{t("salesPoints.certificate.title")}</h3>
          <dl className="grid gap-x-4 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("salesPoints.certificate.number")}</dt>
            <dd>{certificate.number}</dd>
            <dt className="font-semibold">{t("salesPoints.certificate.issuer")}</dt>
            <dd>{certificate.issuer}</dd>
            <dt className="font-semibold">{t("salesPoints.certificate.issuedOn")}</dt>
            <dd>{certificate.issuedOn}</dd>
            <dt className="font-semibold">{t("salesPoints.certificate.expiresOn")}</dt>
            <dd>{certificate.expiresOn ?? "—"}</dd>
            <dt className="font-semibold">{t("salesPoints.certificate.state")}</dt>
            <dd>{t(`salesPoints.certificateState.${certificate.state}`)}</dd>
            {certificate.statusReason ? (
              <>
                <dt className="font-semibold">{t("salesPoints.certificate.reason")}</dt>
                <dd>
                  {certificate.statusReason}
                  {certificate.statusChangedAt ? ` (${certificate.statusChangedAt})` : null}
                </dd>
              </>
            ) : null}
          </dl>
          <p className="mt-2 flex flex-wrap gap-3">
            <Link to={certificate.verifyPath}>{t("salesPoints.certificate.verifyLink")}</Link>
            {certificate.hasPoster ? <Link to={`/business/sales-points/${point.id}/poster`}>{t("salesPoints.certificate.poster")}</Link> : null}
          </p>
        </div>
      ) : null}
      <FormErrors errors={applyErrors} />
      {canApply ? (
        <Form method="post" className="space-y-2">
          <p>{t("salesPoints.apply.lead", { min: minShare })}</p>
          <input type="hidden" name="intent" value={SALES_POINT_INTENTS.apply} />
          <button type="submit" className="btn-primary" disabled={busy}>
            {t("salesPoints.apply.button")}
          </button>
        </Form>
      ) : null}
      {canWithdraw ? (
        <Form method="post">
          <input type="hidden" name="intent" value={SALES_POINT_INTENTS.withdraw} />
          <button type="submit" className="btn-secondary" disabled={busy}>
            {t("salesPoints.apply.withdraw")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

function PhotosCard({ reply }: { reply: { errors: string[]; formErrors: string[] } | null }) {
  const { point, maxPhotos } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const navigation = useNavigation();
  return (
    <section aria-labelledby="photos-title" className="card space-y-3">
      <h2 id="photos-title" className="text-xl font-bold">
        {t("salesPoints.sections.photos")}
      </h2>
      {point.photos.length ? (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {point.photos.map((photo, index) => (
            <li key={photo.id} className="space-y-1">
              <img
                src={`/files/${photo.fileId}?size=thumb`}
                alt={t("salesPoints.photos.alt", { name: point.name, n: index + 1 })}
                className="aspect-square w-full rounded object-cover"
              />
              <Form method="post">
                <input type="hidden" name="intent" value={SALES_POINT_INTENTS.removePhoto} />
                <input type="hidden" name="photoId" value={photo.id} />
                <button type="submit" className="btn-secondary w-full text-sm" aria-label={t("salesPoints.photos.removeLabel", { n: index + 1 })}>
                  {t("salesPoints.photos.remove")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("salesPoints.photos.none")}</p>
      )}
      <Form method="post" encType="multipart/form-data" className="space-y-2">
        <input type="hidden" name="intent" value={SALES_POINT_INTENTS.addPhotos} />
        <FormErrors errors={reply?.formErrors} />
        <label htmlFor="photos" className="block font-semibold">
          {t("salesPoints.photos.add")}
        </label>
        <p id="photos-hint" className="text-sm text-stone-700">
          {t("salesPoints.photos.hint", { max: maxPhotos })}
        </p>
        <input
          id="photos"
          name="photos"
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={reply?.errors.length ? "photos-hint photos-error" : "photos-hint"}
          aria-invalid={reply?.errors.length ? true : undefined}
          className="block"
        />
        <ErrorList id="photos-error" errors={reply?.errors} />
        <button type="submit" className="btn-secondary" disabled={navigation.state === "submitting"}>
          {t("salesPoints.photos.upload")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
