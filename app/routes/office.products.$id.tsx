import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { certificateHeading } from "~/components/products/certificate-heading";
import { ErrorPage } from "~/components/error-page";
import { Field, FormErrors } from "~/components/ui/field";
import { getLanguage, getT } from "~/i18next.server";
import {
  approvePending,
  getProductForReview,
  requestChangesPending,
  unpublishProduct,
} from "~/modules/catalog/product-review.server";
import { OfficeUnpublishSchema, REVIEW_INTENTS, RequestChangesSchema, ReviewActionSchema } from "~/modules/catalog/product.schema";
import { certificatePublicState } from "~/modules/certification/certificate-state";
import { DomainError } from "~/modules/errors";
import { db, dbReady } from "~/utils/db.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { formatVnd } from "~/utils/money";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:products:review");
  await dbReady;
  const product = await getProductForReview(db, { actor, productId: params.id ?? "" }).catch((error: unknown) => {
    throw toHttpError(error);
  });
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const now = new Date();
  return {
    title: t("products.review.pageTitle", { name: product.name }),
    product: {
      id: product.id,
      slug: product.slug,
      name: product.name,
      status: product.status,
      reviewNote: product.reviewNote,
      submittedAt: product.submittedAt ? formatDateTime(product.submittedAt, language) : null,
      business: {
        name: product.business.name,
        status: product.business.status,
        place: [product.business.commune?.name, product.business.province?.name].filter(Boolean).join(", "),
      },
      details: [
        { key: "categoryId", value: product.category ? (language === "en" ? product.category.nameEn : product.category.nameVi) : null },
        { key: "description", value: product.description },
        { key: "unit", value: product.unit },
        { key: "priceVnd", value: product.priceVnd === null ? null : formatVnd(product.priceVnd) },
        { key: "originCommuneCode", value: product.originCommune?.name ?? null },
        { key: "ingredients", value: product.ingredients },
      ],
      photos: product.photos.map((p) => ({ id: p.id, fileId: p.fileId, alt: p.alt ?? product.name })),
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
        state: certificatePublicState(c, now),
        checkState: c.checkState,
        checkNote: c.checkNote,
        verificationCode: c.verificationCode,
        documentFileId: c.documentFile?.id ?? null,
      })),
      revision: product.revision
        ? { status: product.revision.status, reviewNote: product.revision.reviewNote, createdAt: formatDateTime(product.revision.createdAt, language), diff: product.revision.diff }
        : null,
      history: product.history.map((h) => ({
        id: h.id,
        action: h.action.replace(/\./g, "_"),
        by: h.actor?.name ?? "—",
        at: formatDateTime(h.createdAt, language),
      })),
    },
  };
}

type ActionReply = { intent: string; result: SubmissionResult<string[]> };

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:products:review");
  const productId = params.id ?? "";
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const submission = parseWithZod(formData, { schema: ReviewActionSchema });
  if (submission.status !== "success") return data({ intent, result: submission.reply() } satisfies ActionReply, { status: 400 });
  await dbReady;
  const value = submission.value;
  try {
    if (value.intent === REVIEW_INTENTS.approve) {
      const { approved } = await approvePending(db, { actor, productId });
      return redirectWithFlash(request, "/office/products", {
        kind: "success",
        message: approved === "revision" ? "products.review.revisionApproved" : "products.review.approved",
      });
    }
    if (value.intent === REVIEW_INTENTS.requestChanges) {
      await requestChangesPending(db, { actor, productId, note: value.note });
      return redirectWithFlash(request, "/office/products", { kind: "success", message: "products.review.changesRequested" });
    }
    await unpublishProduct(db, { actor, productId, reason: value.reason });
    return redirectWithFlash(request, `/office/products/${productId}`, { kind: "success", message: "products.review.unpublished" });
  } catch (error) {
    if (error instanceof DomainError && (error.code === "conflict" || error.code === "invalid")) {
      return data({ intent, result: submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }) } satisfies ActionReply, { status: 409 });
    }
    throw toHttpError(error);
  }
}

export default function ProductReviewPage() {
  const { product } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as ActionReply | undefined;
  const { t } = useTranslation();
  const navigation = useNavigation();
  const decisionPending = product.status === "SUBMITTED" || product.revision?.status === "PENDING";
  const isRevision = product.status === "APPROVED";
  const [changesForm, changesFields] = useForm({
    id: "request-changes",
    lastResult: reply && reply.intent !== REVIEW_INTENTS.unpublish ? reply.result : undefined,
    constraint: getZodConstraint(RequestChangesSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RequestChangesSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const [unpublishForm, unpublishFields] = useForm({
    id: "unpublish",
    lastResult: reply?.intent === REVIEW_INTENTS.unpublish ? reply.result : undefined,
    constraint: getZodConstraint(OfficeUnpublishSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: OfficeUnpublishSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const busy = navigation.state === "submitting";

  return (
    <article aria-labelledby="review-title" className="max-w-5xl space-y-6">
      <p>
        <Link to="/office/products">← {t("products.review.queueTitle")}</Link>
      </p>
      <header className="space-y-1">
        <h1 id="review-title" className="text-3xl font-bold">
          {product.name}
        </h1>
        <p>
          <strong>{t("products.review.productStatus")}:</strong> {t(`products.status.${product.status}`)}
          {product.submittedAt ? ` · ${t("products.review.colSubmitted")}: ${product.submittedAt}` : null}
        </p>
        <p>
          <strong>{t("products.review.businessLabel")}:</strong> {product.business.name}
          {product.business.place ? ` (${product.business.place})` : null} · <strong>{t("products.review.businessStatus")}:</strong>{" "}
          {t(`business.status.${product.business.status}`)}
        </p>
        {product.status === "APPROVED" ? (
          <p>
            <Link to={`/products/${product.slug}`}>{t("products.viewPublic")}</Link>
          </p>
        ) : null}
      </header>

      {product.reviewNote ? (
        <section aria-labelledby="previous-note-title" className="rounded-md border border-stone-400 bg-stone-50 p-3">
          <h2 id="previous-note-title" className="font-bold">
            {t("products.review.previousNote")}
          </h2>
          <p className="whitespace-pre-line">{product.reviewNote}</p>
        </section>
      ) : null}

      {product.revision ? (
        <section aria-labelledby="diff-title" className="card space-y-2">
          <h2 id="diff-title" className="text-2xl font-bold">
            {t("products.review.diffTitle")}
          </h2>
          <p className="text-sm">
            {t("products.review.colSubmitted")}: {product.revision.createdAt}
          </p>
          {product.revision.status === "CHANGES_REQUESTED" ? <p>{t("products.review.revisionSentBack")}</p> : null}
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="p-2">{t("products.review.diffField")}</th>
                  <th scope="col" className="p-2">{t("products.review.diffBefore")}</th>
                  <th scope="col" className="p-2">{t("products.review.diffAfter")}</th>
                </tr>
              </thead>
              <tbody>
                {product.revision.diff.map((change) => (
                  <tr key={change.field} className="border-b border-stone-200 align-top">
                    <th scope="row" className="p-2">{t(`products.fields.${change.field}`)}</th>
                    <td className="whitespace-pre-line p-2">
                      <del>{change.before ?? t("products.review.empty")}</del>
                    </td>
                    <td className="whitespace-pre-line p-2">
                      <ins className="no-underline font-semibold">→ {change.after ?? t("products.review.empty")}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="details-title" className="card space-y-2">
        <h2 id="details-title" className="text-2xl font-bold">
          {isRevision ? t("products.review.liveDetails") : t("products.review.details")}
        </h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          {product.details.map((d) => (
            <div key={d.key} className="contents">
              <dt className="font-semibold">{t(`products.fields.${d.key}`)}</dt>
              <dd className="whitespace-pre-line">{d.value ?? "—"}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="photos-title" className="card space-y-2">
        <h2 id="photos-title" className="text-2xl font-bold">
          {t("products.photosTitle")}
        </h2>
        {product.photos.length === 0 ? (
          <p>{t("products.noPhotos")}</p>
        ) : (
          <ol className="grid gap-3 sm:grid-cols-3">
            {product.photos.map((photo, index) => (
              <li key={photo.id}>
                <a href={`/files/${photo.fileId}`}>
                  <img
                    src={`/files/${photo.fileId}?size=thumb`}
                    alt={t("products.photoAlt", { position: String(index + 1), alt: photo.alt })}
                    width={400}
                    height={300}
                    className="h-40 w-full rounded object-cover"
                  />
                </a>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="certs-title" className="card space-y-2">
        <h2 id="certs-title" className="text-2xl font-bold">
          {t("products.certificatesTitle")}
        </h2>
        {product.certificates.length === 0 ? (
          <p>{t("products.noCertificates")}</p>
        ) : (
          <ul className="space-y-3">
            {product.certificates.map((c) => (
              <li key={c.id} className="rounded border border-stone-200 p-3">
                <h3 className="font-bold">
                  {certificateHeading(t, c)}
                </h3>
                <p className="text-sm">
                  {t("products.certNumber")}: {c.number} · {t("products.certIssuer")}: {c.issuer} · {t("products.certIssuedOn")}: {c.issuedOn} ·{" "}
                  {t("products.certExpiresOn")}: {c.expiresOn ?? t("products.certNoExpiry")} · {t(`products.certStates.${c.state}`)}
                </p>
                <p className="text-sm font-semibold">
                  {t(`certificateChecks.state.${c.checkState}`)}
                  {c.checkState === "DECLARED" ? (
                    <>
                      {" "}
                      <Link to={`/office/certificates/to-check?product=${product.id}`}>{t("certificateChecks.reviewLink")}</Link>
                    </>
                  ) : null}
                  {c.checkState === "REJECTED" && c.checkNote ? <> · {t("certificateChecks.rejectedReason", { reason: c.checkNote })}</> : null}
                </p>
                <p className="text-sm">
                  {t("products.certCode")}: <span className="font-mono">{c.verificationCode}</span>
                </p>
                <p className="text-sm">
                  {c.documentFileId ? (
                    <>
                      <a href={`/files/${c.documentFileId}`}>{t("products.certDocumentView")}</a> {t("products.review.privateDocument")}
                    </>
                  ) : (
                    t("products.certNoDocument")
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="decision-title" className="card space-y-4">
        <h2 id="decision-title" className="text-2xl font-bold">
          {t("products.review.decisionTitle")}
        </h2>
        {decisionPending ? (
          <>
            <Form method="post">
              <input type="hidden" name="intent" value={REVIEW_INTENTS.approve} />
              <button type="submit" className="btn-primary" disabled={busy}>
                {isRevision ? t("products.review.approveRevision") : t("products.review.approve")}
              </button>
            </Form>
            <Form method="post" {...getFormProps(changesForm)} className="space-y-2">
              <FormErrors id={changesForm.errorId} errors={changesForm.errors} />
              <input type="hidden" name="intent" value={REVIEW_INTENTS.requestChanges} />
              <Field id={changesFields.note.id} label={t("products.review.note")} hint={t("products.review.noteHint")} errors={changesFields.note.errors}>
                {(aria) => <textarea {...getTextareaProps(changesFields.note)} {...aria} rows={4} className="input" />}
              </Field>
              <button type="submit" className="btn-secondary" disabled={busy}>
                {t("products.review.requestChanges")}
              </button>
            </Form>
          </>
        ) : (
          <p>{t("products.review.nothingToDecide")}</p>
        )}
      </section>

      {product.status === "APPROVED" ? (
        <section aria-labelledby="unpublish-title" className="card space-y-2">
          <h2 id="unpublish-title" className="text-xl font-bold">
            {t("products.review.unpublishTitle")}
          </h2>
          <Form method="post" {...getFormProps(unpublishForm)} className="space-y-2">
            <FormErrors id={unpublishForm.errorId} errors={unpublishForm.errors} />
            <input type="hidden" name="intent" value={REVIEW_INTENTS.unpublish} />
            <Field id={unpublishFields.reason.id} label={t("products.review.reason")} errors={unpublishFields.reason.errors}>
              {(aria) => <textarea {...getTextareaProps(unpublishFields.reason)} {...aria} rows={3} className="input" />}
            </Field>
            <button type="submit" className="btn-secondary" disabled={busy}>
              {t("products.review.unpublish")}
            </button>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="history-title" className="space-y-2">
        <h2 id="history-title" className="text-xl font-bold">
          {t("products.history")}
        </h2>
        <ul className="space-y-1 text-sm">
          {product.history.map((h) => (
            <li key={h.id}>
              {h.at} · {t(`products.audit.${h.action}`)} · {h.by}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
