// /office/complaints/:id/attachments/:attachmentId: redact one piece of evidence before the
// business reads it. The officer uploads a redacted version (checked and re-encoded like every
// upload); the business then reads only that copy, the original stays office-only. A plain
// multipart POST, so it works without JavaScript.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/ui/field";
import { getLanguage, getT } from "~/i18next.server";
import { RedactAttachmentSchema } from "~/modules/complaints/complaint.schema";
import { EVIDENCE_UPLOAD_LIMITS, prepareEvidence } from "~/modules/complaints/evidence.server";
import { officeAttachment, redactAttachment } from "~/modules/complaints/office.server";
import { DomainError } from "~/modules/errors";
import { formatDateTime } from "~/utils/dates";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { requirePermission } from "~/utils/session.server";
import { readUploadForm } from "~/utils/upload-form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:complaints:handle");
  await dbReady;
  const [t, locale] = await Promise.all([getT(request), getLanguage(request)]);
  const a = await officeAttachment(db, { actor, complaintId: params.id ?? "", attachmentId: params.attachmentId ?? "" }).catch((error: unknown) => {
    throw toHttpError(error);
  });
  const copy = a.redactions[0] ?? null;
  return {
    title: `${t("complaints.office.redactFile")} — ${a.complaint.code}`,
    complaintId: params.id ?? "",
    code: a.complaint.code,
    original: { id: a.id, name: a.file.originalName ?? a.id, image: a.file.mimeType.startsWith("image/") },
    copy: copy
      ? { id: copy.id, name: copy.file.originalName ?? copy.id, image: copy.file.mimeType.startsWith("image/"), at: formatDateTime(copy.createdAt, locale), toBusiness: copy.visibleToBusiness }
      : null,
    redactable: a.redactable,
    closed: a.complaint.status === "CLOSED" || a.complaint.status === "REJECTED",
  };
}

type ActionErrors = Record<string, string[] | null | undefined>;

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:complaints:handle");
  const complaintId = params.id ?? "";
  const read = await readUploadForm(request, { ...EVIDENCE_UPLOAD_LIMITS, maxFiles: 1 });
  if (!read.ok) return data({ error: { redacted: [read.message] } as ActionErrors }, { status: read.status });
  const submission = parseWithZod(read.formData, { schema: RedactAttachmentSchema });
  if (submission.status !== "success") return data({ error: (submission.reply().error ?? {}) as ActionErrors }, { status: 400 });
  const prepared = await prepareEvidence([submission.value.redacted]);
  if (!prepared.ok) return data({ error: { redacted: [prepared.message] } as ActionErrors }, { status: 400 });
  await dbReady;
  try {
    await redactAttachment(db, { actor, complaintId, attachmentId: params.attachmentId ?? "", prepared: prepared.prepared[0]! });
  } catch (error) {
    if (error instanceof DomainError && (error.code === "conflict" || error.code === "invalid")) {
      return data({ error: { "": [error.message], ...error.fieldErrors } as ActionErrors }, { status: 409 });
    }
    throw toHttpError(error);
  }
  throw redirect(`/office/complaints/${complaintId}/attachments/${params.attachmentId}`);
}

export default function RedactAttachmentPage() {
  const { complaintId, code, original, copy, redactable, closed } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const o = (key: string) => t(`complaints.office.${key}`);
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/office/complaints/${complaintId}`}>
          ← <span className="font-mono">{code}</span>
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{o("redactFile")}</h1>
      <p>{o("redactFileLead")}</p>
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="original-heading" className="card space-y-2">
          <h2 id="original-heading" className="text-xl font-bold">
            {o("originalFile")}
          </h2>
          <FilePreview id={original.id} name={original.name} image={original.image} />
        </section>
        <section aria-labelledby="copy-heading" className="card space-y-2">
          <h2 id="copy-heading" className="text-xl font-bold">
            {o("redactedCopy")}
          </h2>
          {copy ? (
            <>
              <FilePreview id={copy.id} name={copy.name} image={copy.image} />
              <p className="text-sm text-stone-700">{copy.at}</p>
            </>
          ) : (
            <p>{o("noRedactedCopy")}</p>
          )}
        </section>
      </div>
      {redactable ? (
        <Form method="post" encType="multipart/form-data" className="card space-y-3" aria-labelledby="redact-form-heading">
          <h2 id="redact-form-heading" className="text-xl font-bold">
            {o("replaceCopy")}
          </h2>
          <FormErrors errors={actionData?.error?.[""] ?? null} />
          <Field id="redacted" label={o("redactedFile")} hint={o("redactedFileHint")} errors={actionData?.error?.redacted ?? null}>
            {(aria) => <input {...aria} name="redacted" type="file" required accept="image/jpeg,image/png,image/webp,application/pdf" className="input" />}
          </Field>
          <button type="submit" className="btn-primary" disabled={navigation.state === "submitting"}>
            {o("replaceCopy")}
          </button>
        </Form>
      ) : (
        <p>{t(closed ? "complaints.errors.closed" : "complaints.errors.notRedactable")}</p>
      )}
    </div>
  );
}

function FilePreview({ id, name, image }: { id: string; name: string; image: boolean }) {
  return (
    <figure className="space-y-1">
      {image ? <img src={`/complaints/files/${id}`} alt={name} className="max-h-80 rounded border border-stone-300" /> : null}
      <figcaption>
        <a href={`/complaints/files/${id}`}>{name}</a>
      </figcaption>
    </figure>
  );
}
