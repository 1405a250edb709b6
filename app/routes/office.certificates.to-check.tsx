import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { certificateHeading } from "~/components/products/certificate-heading";
import { ErrorList } from "~/components/ui/field";
import { getLanguage, getT } from "~/i18next.server";
import { checkCertificate, listCertificatesToCheck, rejectCertificate } from "~/modules/certification/review.server";
import { CERTIFICATE_DECISIONS, CertificateDecisionSchema } from "~/modules/certification/review.schema";
import { DomainError } from "~/modules/errors";
import { db, dbReady } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:certificates:manage");
  await dbReady;
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const productId = new URL(request.url).searchParams.get("product") || undefined;
  const rows = await listCertificatesToCheck(db, { actor, productId }).catch((error: unknown) => {
    throw toHttpError(error);
  });
  return {
    title: t("certificateChecks.title"),
    productName: productId ? (rows[0]?.product?.name ?? null) : null,
    filtered: Boolean(productId),
    certificates: rows.map((c) => ({
      id: c.id,
      kind: c.kind,
      title: c.title,
      stars: c.stars,
      year: c.year,
      number: c.number,
      issuer: c.issuer,
      issuedOn: formatDate(c.issuedOn, language),
      expiresOn: c.expiresOn ? formatDate(c.expiresOn, language) : null,
      declaredOn: formatDate(c.createdAt, language),
      documentFileId: c.documentFileId,
      business: c.business.name,
      product: c.product ? { id: c.product.id, name: c.product.name } : null,
      context: c.context,
    })),
  };
}

type ActionReply = { certificateId: string; errors: Record<string, string[] | null> | null; formErrors: string[] };

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:certificates:manage");
  const formData = await request.formData();
  const certificateId = String(formData.get("certificateId") ?? "");
  const submission = parseWithZod(formData, { schema: CertificateDecisionSchema });
  if (submission.status !== "success") {
    const reply = submission.reply();
    return data({ certificateId, errors: reply.error ?? null, formErrors: [] } satisfies ActionReply, { status: 400 });
  }
  await dbReady;
  const value = submission.value;
  const back = new URL(request.url);
  const redirectTo = `${back.pathname}${back.search}`;
  try {
    const number = (await db.certificate.findUnique({ where: { id: value.certificateId }, select: { number: true } }))?.number ?? "";
    if (value.intent === CERTIFICATE_DECISIONS.check) {
      await checkCertificate(db, { actor, certificateId: value.certificateId });
      return redirectWithFlash(request, redirectTo, { kind: "success", message: "certificateChecks.checked", params: { number } });
    }
    await rejectCertificate(db, { actor, certificateId: value.certificateId, reason: value.reason });
    return redirectWithFlash(request, redirectTo, { kind: "success", message: "certificateChecks.rejected", params: { number } });
  } catch (error) {
    if (error instanceof DomainError && (error.code === "conflict" || error.code === "invalid")) {
      return data(
        { certificateId, errors: error.fieldErrors ?? null, formErrors: [error.message] } satisfies ActionReply,
        { status: 409 },
      );
    }
    throw toHttpError(error);
  }
}

export default function CertificatesToCheckPage() {
  const { certificates, filtered, productName } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as ActionReply | undefined;
  const navigation = useNavigation();
  const { t } = useTranslation();
  const busy = navigation.state === "submitting";
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("certificateChecks.title")}</h1>
        <p className="mt-2 max-w-3xl">{t("certificateChecks.lead")}</p>
        {filtered ? (
          <p className="mt-2">
            {productName ? t("certificateChecks.forProduct", { product: productName }) : null}{" "}
            <Link to="/office/certificates/to-check">{t("certificateChecks.showAll")}</Link>
          </p>
        ) : null}
      </header>
      {certificates.length === 0 ? <p className="card">{t("certificateChecks.empty")}</p> : null}
      <ul className="space-y-4">
        {certificates.map((c) => {
          const mine = reply?.certificateId === c.id ? reply : undefined;
          const reasonErrors = mine?.errors?.reason ?? null;
          const reasonId = `reason-${c.id}`;
          return (
            <li key={c.id}>
              <article aria-labelledby={`cert-${c.id}`} className="card space-y-2">
                <h2 id={`cert-${c.id}`} className="text-xl font-bold">
                  {certificateHeading(t, c)} — {c.number}
                </h2>
                <p className="text-sm font-semibold">{t(`certificateChecks.context.${c.context}`)}</p>
                <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
                  <div>
                    <dt className="inline font-semibold">{t("certificateChecks.business")}:</dt> <dd className="inline">{c.business}</dd>
                  </div>
                  {c.product ? (
                    <div>
                      <dt className="inline font-semibold">{t("certificateChecks.product")}:</dt>{" "}
                      <dd className="inline">
                        <Link to={`/office/products/${c.product.id}`}>{c.product.name}</Link>
                      </dd>
                    </div>
                  ) : null}
                  <div>
                    <dt className="inline font-semibold">{t("certificateChecks.issuer")}:</dt> <dd className="inline">{c.issuer}</dd>
                  </div>
                  <div>
                    <dt className="inline font-semibold">{t("certificateChecks.issuedOn")}:</dt> <dd className="inline">{c.issuedOn}</dd>
                  </div>
                  <div>
                    <dt className="inline font-semibold">{t("certificateChecks.expiresOn")}:</dt>{" "}
                    <dd className="inline">{c.expiresOn ?? "—"}</dd>
                  </div>
                  <div>
                    <dt className="inline font-semibold">{t("certificateChecks.declaredOn")}:</dt> <dd className="inline">{c.declaredOn}</dd>
                  </div>
                </dl>
                <p className="text-sm">
                  {c.documentFileId ? <a href={`/files/${c.documentFileId}`}>{t("certificateChecks.document")}</a> : t("certificateChecks.noDocument")}
                </p>
                <ErrorList errors={mine?.formErrors.length ? mine.formErrors : null} />
                <div className="flex flex-wrap items-start gap-6">
                  <Form method="post">
                    <input type="hidden" name="certificateId" value={c.id} />
                    <button type="submit" name="intent" value={CERTIFICATE_DECISIONS.check} className="btn-primary" disabled={busy}>
                      {t("certificateChecks.check")}
                    </button>
                  </Form>
                  <Form method="post" noValidate className="min-w-64 flex-1 space-y-1">
                    <input type="hidden" name="certificateId" value={c.id} />
                    <label htmlFor={reasonId} className="block font-semibold">
                      {t("certificateChecks.reason")}
                    </label>
                    <p id={`${reasonId}-hint`} className="text-sm text-stone-700">
                      {t("certificateChecks.reasonHint")}
                    </p>
                    <textarea
                      id={reasonId}
                      name="reason"
                      rows={2}
                      className="input w-full"
                      aria-describedby={reasonErrors ? `${reasonId}-hint ${reasonId}-error` : `${reasonId}-hint`}
                      {...(reasonErrors ? { "aria-invalid": true } : {})}
                    />
                    <ErrorList id={`${reasonId}-error`} errors={reasonErrors} />
                    <button type="submit" name="intent" value={CERTIFICATE_DECISIONS.reject} className="btn-secondary" disabled={busy}>
                      {t("certificateChecks.reject")}
                    </button>
                  </Form>
                </div>
              </article>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
