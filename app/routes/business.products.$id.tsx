import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { z } from "zod";
import { useTranslation } from "react-i18next";
import { certificateHeading } from "~/components/products/certificate-heading";
import { ErrorPage } from "~/components/error-page";
import { ProductForm } from "~/components/products/product-form";
import { Field, FormErrors } from "~/components/ui/field";
import { getLanguage, getT } from "~/i18next.server";
import { MAX_PDF_BYTES } from "~/modules/files/uploads.server";
import { parseWithZod } from "~/utils/parse-form";
import { readUploadForm, refusalMessageKey, type UploadLimits } from "~/utils/upload-form.server";
import { addProductCertificate, type ProductCertificateInput } from "~/modules/catalog/certificates.server";
import {
  BusinessProductActionSchema,
  HvnclcCertificateSchema,
  MAX_PHOTOS,
  OCOP_STARS,
  OcopCertificateSchema,
  OtherCertificateSchema,
  PRODUCT_INTENTS,
} from "~/modules/catalog/product.schema";
import {
  addProductPhotos,
  getBusinessProduct,
  listCategoryOptions,
  listOriginCommuneOptions,
  moveProductPhoto,
  removeProductPhoto,
  submitProduct,
  unpublishOwnProduct,
  updateProduct,
  withdrawRevision,
  type UploadedFile,
} from "~/modules/catalog/products.server";
import { removeProductCertificate } from "~/modules/catalog/certificates.server";
import { certificatePublicState } from "~/modules/certification/certificate-state";
import { DomainError } from "~/modules/errors";
import { db, dbReady } from "~/utils/db.server";
import { formatDate, vnDateKey } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithFlash, requireBusiness, type Flash } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);


export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:products:manage");
  await dbReady;
  const product = await getBusinessProduct(db, { actor, businessId, productId: params.id ?? "" }).catch((error: unknown) => {
    throw toHttpError(error);
  });
  const [categories, communeOptions, t, language] = await Promise.all([
    listCategoryOptions(db),
    listOriginCommuneOptions(db, { businessId }),
    getT(request),
    getLanguage(request),
  ]);
  const communes =
    product.originCommune && !communeOptions.some((c) => c.code === product.originCommune!.code)
      ? [product.originCommune, ...communeOptions]
      : communeOptions;
  const now = new Date();
  const proposed = product.proposed;
  return {
    title: t("products.editTitle", { name: product.name }),
    categories,
    communes,
    product: {
      id: product.id,
      slug: product.slug,
      name: product.name,
      status: product.status,
      reviewNote: product.reviewNote,
      businessVerified: product.business.status === "VERIFIED",
      photos: product.photos.map((p) => ({ id: p.id, fileId: p.file.id, alt: p.alt ?? product.name })),
      certificates: product.certificates.map((c) => ({
        id: c.id,
        kind: c.kind,
        title: c.title,
        stars: c.stars,
        year: c.year,
        number: c.number,
        issuer: c.issuer,
        issuedOn: formatDate(c.issuedOn, language),
        expiresOn: c.expiresOn ? formatDate(c.expiresOn, language) : null,
        verificationCode: c.verificationCode,
        state: certificatePublicState(c, now),
        checkState: c.checkState,
        checkNote: c.checkNote,
        removable: c.checkState === "DECLARED" || c.checkState === "REJECTED",
        documentFileId: c.documentFile?.id ?? null,
      })),
      openRevision: product.openRevision
        ? { status: product.openRevision.status, reviewNote: product.openRevision.reviewNote, fields: Object.keys(product.openRevision.changes) }
        : null,
    },
    defaults: {
      name: proposed.name,
      categoryId: proposed.categoryId ?? "",
      description: proposed.description ?? "",
      unit: proposed.unit ?? "",
      priceVnd: proposed.priceVnd === null ? "" : String(proposed.priceVnd),
      originCommuneCode: proposed.originCommuneCode ?? "",
      ingredients: proposed.ingredients ?? "",
    },
    today: vnDateKey(now),
  };
}

type ActionReply = { intent: string; result: SubmissionResult<string[]> };

function fileOf(value: unknown): Promise<UploadedFile> {
  const file = value as File;
  return file.arrayBuffer().then((buffer) => ({ bytes: Buffer.from(buffer), name: file.name }));
}

/** Photos (at most MAX_PHOTOS images of 5 MB) or one certificate document (PDF up to 10 MB). */
const UPLOAD_LIMITS: UploadLimits = { maxFileBytes: MAX_PDF_BYTES, maxFiles: MAX_PHOTOS, maxTotalBytes: 30 * 1024 * 1024 };
const CERTIFICATE_INTENTS: string[] = [PRODUCT_INTENTS.addOcop, PRODUCT_INTENTS.addHvnclc, PRODUCT_INTENTS.addOther];

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:products:manage");
  const productId = params.id ?? "";
  const here = `/business/products/${productId}`;
  const read = await readUploadForm(request, UPLOAD_LIMITS);
  if (!read.ok) {
    // The refusal is shown on the form it came from, next to its file field.
    const sentIntent = String(read.fieldsSoFar.get("intent") ?? "");
    const field = sentIntent === PRODUCT_INTENTS.addPhotos ? "photos" : CERTIFICATE_INTENTS.includes(sentIntent) ? "document" : "";
    const key = refusalMessageKey(read.code, field === "photos" ? "products.errors.uploadTooLarge_image" : "products.errors.uploadTooLarge_document");
    const reply: ActionReply = { intent: field ? sentIntent : "upload", result: { status: "error", error: { [field]: [key] } } };
    return data(reply, { status: read.status });
  }
  const formData = read.formData;
  const intent = String(formData.get("intent") ?? "");
  const submission = parseWithZod(formData, { schema: BusinessProductActionSchema });
  if (submission.status !== "success") {
    return data({ intent, result: submission.reply({ formErrors: ["errors.fixBelow"] }) } satisfies ActionReply, { status: 400 });
  }
  await dbReady;
  const ids = { actor, businessId, productId };
  const done = (message: string, params?: Record<string, string>) => redirectWithFlash(request, here, { kind: "success", message, ...(params ? { params } : {}) } as Flash);
  try {
    const value = submission.value;
    switch (value.intent) {
      case PRODUCT_INTENTS.update: {
        const { intent: _intent, ...fields } = value;
        const outcome = await updateProduct(db, { ...ids, fields });
        return done(outcome.kind === "revision" ? "products.revisionSaved" : outcome.kind === "updated" ? "products.updated" : "products.unchanged");
      }
      case PRODUCT_INTENTS.addPhotos: {
        const files = await Promise.all(value.photos.map(fileOf));
        await addProductPhotos(db, { ...ids, files });
        return done("products.photosAdded");
      }
      case PRODUCT_INTENTS.removePhoto:
        await removeProductPhoto(db, { ...ids, photoId: value.photoId });
        return done("products.photoRemoved");
      case PRODUCT_INTENTS.movePhoto:
        await moveProductPhoto(db, { ...ids, photoId: value.photoId, direction: value.direction });
        return done("products.photoMoved");
      case PRODUCT_INTENTS.addOcop:
      case PRODUCT_INTENTS.addHvnclc:
      case PRODUCT_INTENTS.addOther: {
        const { document, ...rest } = value;
        const input: ProductCertificateInput =
          rest.intent === PRODUCT_INTENTS.addOcop
            ? { kind: "OCOP", stars: rest.stars, number: rest.number, issuer: rest.issuer, issuedOn: rest.issuedOn, expiresOn: rest.expiresOn }
            : rest.intent === PRODUCT_INTENTS.addHvnclc
              ? { kind: "HVNCLC", year: rest.year, number: rest.number, issuer: rest.issuer, issuedOn: rest.issuedOn }
              : { kind: "OTHER", title: rest.title, number: rest.number, issuer: rest.issuer, issuedOn: rest.issuedOn, expiresOn: rest.expiresOn };
        const file = document && document.size > 0 ? await fileOf(document) : null;
        const certificate = await addProductCertificate(db, { ...ids, input, document: file });
        return done("products.certificateAdded", { code: certificate.verificationCode });
      }
      case PRODUCT_INTENTS.removeCertificate:
        await removeProductCertificate(db, { ...ids, certificateId: value.certificateId });
        return done("products.certificateRemoved");
      case PRODUCT_INTENTS.submit:
        await submitProduct(db, ids);
        return done("products.submitted");
      case PRODUCT_INTENTS.withdrawRevision:
        await withdrawRevision(db, ids);
        return done("products.revisionWithdrawn");
      case PRODUCT_INTENTS.unpublish:
        await unpublishOwnProduct(db, ids);
        return done("products.unpublished");
    }
  } catch (error) {
    if (error instanceof DomainError && (error.code === "invalid" || error.code === "conflict")) {
      // Problems found at submission belong to other forms: list them at the top of this one.
      const extra = intent === PRODUCT_INTENTS.submit ? Object.values(error.fieldErrors).flat() : [];
      const result = submission.reply({ formErrors: [error.message, ...extra], fieldErrors: error.fieldErrors });
      return data({ intent, result } satisfies ActionReply, { status: error.code === "invalid" ? 400 : 409 });
    }
    throw toHttpError(error);
  }
}

function replyFor(reply: ActionReply | undefined, ...intents: string[]) {
  return reply && intents.includes(reply.intent) ? reply.result : undefined;
}

function IntentButton({ intent, label, className = "btn-secondary", ariaLabel, hidden }: { intent: string; label: string; className?: string; ariaLabel?: string; hidden?: Record<string, string> }) {
  return (
    <Form method="post" className="inline">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} aria-label={ariaLabel}>
        {label}
      </button>
    </Form>
  );
}

export default function BusinessProductPage() {
  const { product, defaults, categories, communes } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as ActionReply | undefined;
  const { t } = useTranslation();
  const frozen = product.status === "SUBMITTED";
  const canSubmit = ["DRAFT", "CHANGES_REQUESTED", "UNPUBLISHED"].includes(product.status);
  const published = product.status === "APPROVED";
  const formLevelErrors = (intents: string[]) => replyFor(reply, ...intents)?.error?.[""] ?? null;

  return (
    <article aria-labelledby="product-title" className="max-w-4xl space-y-6">
      <p>
        <Link to="/business/products">{t("products.backToList")}</Link>
      </p>
      <header className="space-y-2">
        <h1 id="product-title" className="text-3xl font-bold">
          {product.name}
        </h1>
        <p>
          <strong>{t("products.colStatus")}:</strong> {t(`products.status.${product.status}`)}
        </p>
        <p className="text-stone-700">{t(`products.statusHelp.${product.status}`)}</p>
        {published ? (
          <p>
            <Link to={`/products/${product.slug}`}>{t("products.viewPublic")}</Link>
          </p>
        ) : null}
        {reply?.intent === "upload" ? <FormErrors errors={reply.result.error?.[""] ?? null} /> : null}
      </header>

      {product.reviewNote && (product.status === "CHANGES_REQUESTED" || product.status === "UNPUBLISHED") ? (
        <section aria-labelledby="note-title" className="rounded-md border border-amber-700 bg-amber-50 p-4">
          <h2 id="note-title" className="text-lg font-bold">
            {t("products.officerNote")}
          </h2>
          <p className="whitespace-pre-line">{product.reviewNote}</p>
        </section>
      ) : null}

      {product.openRevision ? (
        <section aria-labelledby="revision-title" className="card space-y-2">
          <h2 id="revision-title" className="text-xl font-bold">
            {t("products.revisionTitle")}
          </h2>
          <p>
            {t("products.revisionPendingText", { fields: product.openRevision.fields.map((f) => t(`products.fields.${f}`)).join(", ") })}
          </p>
          {product.openRevision.status === "CHANGES_REQUESTED" ? (
            <div className="rounded-md border border-amber-700 bg-amber-50 p-3">
              <p>{t("products.revisionChangesText")}</p>
              {product.openRevision.reviewNote ? (
                <>
                  <h3 className="mt-2 font-bold">{t("products.officerNote")}</h3>
                  <p className="whitespace-pre-line">{product.openRevision.reviewNote}</p>
                </>
              ) : null}
            </div>
          ) : null}
          <FormErrors errors={formLevelErrors([PRODUCT_INTENTS.withdrawRevision])} />
          <IntentButton intent={PRODUCT_INTENTS.withdrawRevision} label={t("products.withdrawRevision")} />
        </section>
      ) : null}

      <section aria-labelledby="details-title" className="space-y-2">
        <h2 id="details-title" className="text-2xl font-bold">
          {t("products.detailsTitle")}
        </h2>
        <ProductForm
          id="product-details"
          lastResult={replyFor(reply, PRODUCT_INTENTS.update)}
          defaults={defaults}
          categories={categories}
          communes={communes}
          submitLabel={published ? t("products.saveRevision") : t("products.save")}
          withIntent
          disabled={frozen}
        />
      </section>

      <PhotosSection product={product} reply={reply} frozen={frozen} />
      <CertificatesSection product={product} reply={reply} />

      {canSubmit ? (
        <section aria-labelledby="submit-title" className="card space-y-2">
          <h2 id="submit-title" className="text-xl font-bold">
            {t("products.submitTitle")}
          </h2>
          <p>{t("products.submitHint")}</p>
          <FormErrors errors={formLevelErrors([PRODUCT_INTENTS.submit])} />
          <IntentButton
            intent={PRODUCT_INTENTS.submit}
            label={product.status === "DRAFT" ? t("products.submit") : t("products.resubmit")}
            className="btn-primary"
          />
        </section>
      ) : null}

      {published ? (
        <section aria-labelledby="unpublish-title" className="card space-y-2">
          <h2 id="unpublish-title" className="text-xl font-bold">
            {t("products.unpublishTitle")}
          </h2>
          <p>{t("products.unpublishHint")}</p>
          <FormErrors errors={formLevelErrors([PRODUCT_INTENTS.unpublish])} />
          <IntentButton intent={PRODUCT_INTENTS.unpublish} label={t("products.unpublish")} />
        </section>
      ) : null}
    </article>
  );
}

type LoadedProduct = ReturnType<typeof useLoaderData<typeof loader>>["product"];

function PhotosSection({ product, reply, frozen }: { product: LoadedProduct; reply: ActionReply | undefined; frozen: boolean }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const result = replyFor(reply, PRODUCT_INTENTS.addPhotos, PRODUCT_INTENTS.removePhoto, PRODUCT_INTENTS.movePhoto);
  const count = product.photos.length;
  return (
    <section aria-labelledby="photos-title" className="card space-y-3">
      <h2 id="photos-title" className="text-2xl font-bold">
        {t("products.photosTitle")}
      </h2>
      <p className="text-sm text-stone-700">{t("products.photosHint")}</p>
      {product.status === "APPROVED" ? <p className="text-sm">{t("products.photosLivePublished")}</p> : null}
      <FormErrors errors={result?.error?.[""] ?? null} />
      {count === 0 ? (
        <p>{t("products.noPhotos")}</p>
      ) : (
        <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {product.photos.map((photo, index) => {
            const position = String(index + 1);
            return (
              <li key={photo.id} className="space-y-2 rounded border border-stone-200 p-2">
                <img
                  src={`/files/${photo.fileId}?size=thumb`}
                  alt={t("products.photoAlt", { position, alt: photo.alt })}
                  width={400}
                  height={300}
                  className="h-40 w-full rounded object-cover"
                />
                <p className="text-sm font-semibold">{t("products.photoPosition", { position })}</p>
                {frozen ? null : (
                  <div className="flex flex-wrap gap-2">
                    {index > 0 ? (
                      <IntentButton
                        intent={PRODUCT_INTENTS.movePhoto}
                        hidden={{ photoId: photo.id, direction: "up" }}
                        label={t("products.moveUp")}
                        ariaLabel={t("products.moveUpLabel", { position })}
                      />
                    ) : null}
                    {index < count - 1 ? (
                      <IntentButton
                        intent={PRODUCT_INTENTS.movePhoto}
                        hidden={{ photoId: photo.id, direction: "down" }}
                        label={t("products.moveDown")}
                        ariaLabel={t("products.moveDownLabel", { position })}
                      />
                    ) : null}
                    <IntentButton
                      intent={PRODUCT_INTENTS.removePhoto}
                      hidden={{ photoId: photo.id }}
                      label={t("products.removePhoto")}
                      ariaLabel={t("products.removePhotoLabel", { position })}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {frozen ? null : (
        <Form method="post" encType="multipart/form-data" className="space-y-2">
          <input type="hidden" name="intent" value={PRODUCT_INTENTS.addPhotos} />
          <Field id="product-photos" label={t("products.photosInput")} errors={result?.error?.photos ?? null}>
            {(aria) => <input {...aria} type="file" name="photos" multiple accept="image/jpeg,image/png,image/webp" className="block" />}
          </Field>
          <button type="submit" className="btn-secondary" disabled={navigation.state === "submitting"}>
            {t("products.addPhotos")}
          </button>
        </Form>
      )}
    </section>
  );
}

function CertificatesSection({ product, reply }: { product: LoadedProduct; reply: ActionReply | undefined }) {
  const { t } = useTranslation();
  const removeErrors = replyFor(reply, PRODUCT_INTENTS.removeCertificate)?.error?.[""] ?? null;
  return (
    <section aria-labelledby="certificates-title" className="card space-y-4">
      <h2 id="certificates-title" className="text-2xl font-bold">
        {t("products.certificatesTitle")}
      </h2>
      <p className="text-sm text-stone-700">{t("products.certificatesHint")}</p>
      <p className="text-sm text-stone-700">{t("certificateChecks.declaredNotice")}</p>
      <FormErrors errors={removeErrors} />
      {product.certificates.length === 0 ? (
        <p>{t("products.noCertificates")}</p>
      ) : (
        <ul className="space-y-3">
          {product.certificates.map((c) => (
            <li key={c.id} className="rounded border border-stone-200 p-3">
              <h3 className="font-bold">
                {certificateHeading(t, c)}
              </h3>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="font-semibold">{t("products.certNumber")}</dt>
                <dd>{c.number}</dd>
                <dt className="font-semibold">{t("products.certIssuer")}</dt>
                <dd>{c.issuer}</dd>
                <dt className="font-semibold">{t("products.certIssuedOn")}</dt>
                <dd>{c.issuedOn}</dd>
                <dt className="font-semibold">{t("products.certExpiresOn")}</dt>
                <dd>{c.expiresOn ?? t("products.certNoExpiry")}</dd>
                <dt className="font-semibold">{t("products.certState")}</dt>
                <dd>
                  <strong>{t(`certificateChecks.state.${c.checkState}`)}</strong>
                  {c.checkState === "REJECTED" && c.checkNote ? ` — ${t("certificateChecks.rejectedReason", { reason: c.checkNote })}` : ""}
                  {c.checkState === "CHECKED" || c.checkState === "ISSUED" ? ` · ${t(`products.certStates.${c.state}`)}` : ""}
                </dd>
                <dt className="font-semibold">{t("products.certCode")}</dt>
                <dd>
                  <Link to={`/verify/${c.verificationCode}`} className="font-mono">
                    {c.verificationCode}
                  </Link>
                </dd>
                <dt className="font-semibold">{t("products.certDocument")}</dt>
                <dd>
                  {c.documentFileId ? (
                    <a href={`/files/${c.documentFileId}`}>{t("products.certDocumentView")}</a>
                  ) : (
                    t("products.certNoDocument")
                  )}
                </dd>
              </dl>
              {c.removable ? (
              <div className="mt-2">
                <IntentButton
                  intent={PRODUCT_INTENTS.removeCertificate}
                  hidden={{ certificateId: c.id }}
                  label={t("products.removeCertificate")}
                  ariaLabel={t("products.removeCertificateLabel", { number: c.number })}
                />
              </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <OcopForm lastResult={replyFor(reply, PRODUCT_INTENTS.addOcop)} />
      <HvnclcForm lastResult={replyFor(reply, PRODUCT_INTENTS.addHvnclc)} />
      <OtherCertificateForm lastResult={replyFor(reply, PRODUCT_INTENTS.addOther)} />
    </section>
  );
}

type CertSchema = typeof OcopCertificateSchema | typeof HvnclcCertificateSchema | typeof OtherCertificateSchema;

function useCertificateForm<S extends CertSchema>(id: string, schema: S, lastResult: SubmissionResult<string[]> | undefined) {
  return useForm<z.input<S>>({
    id,
    lastResult,
    constraint: getZodConstraint(schema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
}

function CertificateFormShell({
  id,
  title,
  intent,
  errors,
  open,
  formProps,
  children,
}: {
  id: string;
  title: string;
  intent: string;
  errors: string[] | undefined;
  open: boolean;
  formProps: ReturnType<typeof getFormProps>;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  return (
    <details open={open} className="rounded border border-stone-300 p-3">
      <summary className="cursor-pointer font-semibold">{title}</summary>
      <Form method="post" encType="multipart/form-data" {...formProps} aria-label={title} className="mt-3 space-y-3">
        <FormErrors id={`${id}-errors`} errors={errors} />
        <input type="hidden" name="intent" value={intent} />
        {children}
        <button type="submit" className="btn-primary" disabled={navigation.state === "submitting"}>
          {t("products.addCertificate")}
        </button>
      </Form>
    </details>
  );
}

type AnyField = { id: string; name: string; errors?: string[] | undefined; initialValue?: unknown; key?: string | undefined; formId: string };

function TextInput({ field, label, hint, type = "text" }: { field: AnyField; label: string; hint?: string; type?: "text" | "date" | "number" }) {
  return (
    <Field id={field.id} label={label} hint={hint} errors={field.errors}>
      {(aria) => (
        <input
          {...getInputProps(field as Parameters<typeof getInputProps>[0], { type })}
          {...aria}
          className="input"
        />
      )}
    </Field>
  );
}

function DocumentInput({ id, errors }: { id: string; errors: string[] | undefined }) {
  const { t } = useTranslation();
  return (
    <Field id={id} label={`${t("products.documentInput")} ${t("common.optional")}`} errors={errors}>
      {(aria) => <input {...aria} type="file" name="document" accept="application/pdf,image/jpeg,image/png,image/webp" className="block" />}
    </Field>
  );
}

function OcopForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useCertificateForm("add-ocop", OcopCertificateSchema, lastResult);
  return (
    <CertificateFormShell
      id={form.id}
      title={t("products.addOcop")}
      intent={PRODUCT_INTENTS.addOcop}
      errors={form.errors}
      open={Boolean(lastResult)}
      formProps={getFormProps(form)}
    >
      <Field id={fields.stars.id} label={t("products.stars")} errors={fields.stars.errors}>
        {(aria) => (
          <select {...getSelectProps(fields.stars)} {...aria} className="input">
            <option value="">{t("products.chooseStars")}</option>
            {OCOP_STARS.map((s) => (
              <option key={s} value={s}>
                {t("products.starsOption", { stars: s })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextInput field={fields.number} label={t("products.certNumber")} />
      <TextInput field={fields.issuer} label={t("products.certIssuer")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput field={fields.issuedOn} label={t("products.certIssuedOn")} type="date" />
        <TextInput field={fields.expiresOn} label={`${t("products.certExpiresOn")} ${t("common.optional")}`} hint={t("products.ocopExpiryHint")} type="date" />
      </div>
      <DocumentInput id={`${form.id}-document`} errors={fields.document.errors} />
    </CertificateFormShell>
  );
}

function HvnclcForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useCertificateForm("add-hvnclc", HvnclcCertificateSchema, lastResult);
  return (
    <CertificateFormShell
      id={form.id}
      title={t("products.addHvnclc")}
      intent={PRODUCT_INTENTS.addHvnclc}
      errors={form.errors}
      open={Boolean(lastResult)}
      formProps={getFormProps(form)}
    >
      <TextInput field={fields.year} label={t("products.year")} type="number" />
      <TextInput field={fields.number} label={t("products.certNumber")} />
      <TextInput field={fields.issuer} label={t("products.certIssuer")} />
      <TextInput field={fields.issuedOn} label={`${t("products.certIssuedOn")} ${t("common.optional")}`} hint={t("products.hvnclcIssuedHint")} type="date" />
      <DocumentInput id={`${form.id}-document`} errors={fields.document.errors} />
    </CertificateFormShell>
  );
}

function OtherCertificateForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation();
  const [form, fields] = useCertificateForm("add-other", OtherCertificateSchema, lastResult);
  return (
    <CertificateFormShell
      id={form.id}
      title={t("products.addOther")}
      intent={PRODUCT_INTENTS.addOther}
      errors={form.errors}
      open={Boolean(lastResult)}
      formProps={getFormProps(form)}
    >
      <TextInput field={fields.title} label={t("products.certTitle")} hint={t("products.certTitleHint")} />
      <TextInput field={fields.number} label={t("products.certNumber")} />
      <TextInput field={fields.issuer} label={t("products.certIssuer")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput field={fields.issuedOn} label={t("products.certIssuedOn")} type="date" />
        <TextInput field={fields.expiresOn} label={`${t("products.certExpiresOn")} ${t("common.optional")}`} hint={t("products.otherExpiryHint")} type="date" />
      </div>
      <DocumentInput id={`${form.id}-document`} errors={fields.document.errors} />
    </CertificateFormShell>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
