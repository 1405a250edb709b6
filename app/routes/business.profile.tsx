// The business profile: owners edit it, staff read it. One multipart form with several buttons:
// "save" validates and stores; the others only reload the form with the entered values (the
// communes of a chosen province, old-commune search and pick), so it all works without JS.
import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { ProvinceCommuneFields } from "~/components/places/province-commune-fields";
import { ErrorList, Field, FormErrors } from "~/components/ui/field";
import { getT } from "~/i18next.server";
import { MAX_IMAGE_BYTES } from "~/modules/files/uploads.server";
import { parseWithZod } from "~/utils/parse-form";
import { filesOf, readUploadForm, refusalMessageKey, type UploadLimits } from "~/utils/upload-form.server";
import {
  DESCRIPTION_MAX,
  LEGAL_FORMS,
  PROFILE_INTENTS,
  ProfileHelperSchema,
  profileSchema,
  SUBMIT_INTENT,
} from "~/modules/catalog/business.schema";
import { getOwnBusinessProfile, submitBusinessForVerification, updateBusinessProfile } from "~/modules/catalog/businesses.server";
import { DomainError } from "~/modules/errors";
import { hasBusinessPermission } from "~/modules/identity/permissions";
import { listCommunes, listProvinces, mapOldCommune, searchOldCommunes } from "~/modules/places/places.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { redirectWithFlash, requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

type OldMapping = { id: number; oldName: string; newName: string; provinceName: string };
type OldMatch = { id: number; label: string; newName: string };
interface FormView {
  /** Changes on every reply so the form remounts with the server's values. */
  nonce: string;
  communes?: { code: string; name: string }[];
  oldMatches?: OldMatch[];
  oldMapping?: OldMapping | null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:read");
  await dbReady;
  const profile = await getOwnBusinessProfile(db, { actor, businessId }).catch((e: unknown) => {
    throw toHttpError(e);
  });
  const [provinces, communes, t] = await Promise.all([
    listProvinces(db),
    profile.provinceCode ? listCommunes(db, profile.provinceCode) : Promise.resolve([]),
    getT(request),
  ]);
  return {
    title: t("profile.title"),
    profile,
    canEdit: hasBusinessPermission(actor, businessId, "business:profile:edit"),
    provinces: provinces.map(({ code, name }) => ({ code, name })),
    communes: communes.map(({ code, name }) => ({ code, name })),
  };
}

/** The profile form sends at most one file, the logo (an image of at most 5 MB). */
const UPLOAD_LIMITS: UploadLimits = { maxFileBytes: MAX_IMAGE_BYTES, maxFiles: 1, maxTotalBytes: MAX_IMAGE_BYTES + 1024 * 1024 };

async function describeOld(id: number | undefined): Promise<OldMapping | null> {
  if (!id) return null;
  const mapping = await mapOldCommune(db, { id });
  return mapping
    ? { id: mapping.old.id, oldName: mapping.old.oldName, newName: mapping.newCommune.name, provinceName: mapping.newCommune.province.name }
    : null;
}

const communesOf = async (provinceCode: unknown) =>
  typeof provinceCode === "string" && provinceCode ? (await listCommunes(db, provinceCode)).map(({ code, name }) => ({ code, name })) : [];

const nonce = () => Math.random().toString(36).slice(2);

export async function action({ request }: ActionFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:profile:edit");
  await dbReady;
  const read = await readUploadForm(request, UPLOAD_LIMITS);
  if (!read.ok) {
    const key = refusalMessageKey(read.code, "profile.errors.logoTooLarge");
    const result: SubmissionResult<string[]> = { status: "error", error: { "": ["errors.fixBelow"], logo: [key] } };
    return data({ kind: "form" as const, result, view: { nonce: nonce() } as FormView }, { status: read.status });
  }
  const formData = read.formData;
  const intent = formData.get("intent");

  if (intent === SUBMIT_INTENT) {
    try {
      await submitBusinessForVerification(db, { actor, businessId });
      return redirectWithFlash(request, "/business/profile", { kind: "success", message: "profile.submitted" });
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === "not_found" || error.code === "forbidden") throw toHttpError(error);
      return data({ kind: "submit" as const, formError: error.message, missing: error.fieldErrors.missing ?? [] }, { status: 409 });
    }
  }

  if (intent !== PROFILE_INTENTS.save) {
    const submission = parseWithZod(formData, { schema: ProfileHelperSchema });
    if (submission.status !== "success") return data({ kind: "form" as const, result: submission.reply(), view: { nonce: nonce() } as FormView }, { status: 400 });
    const value = submission.value;
    const result = submission.reply();
    const initial = (result.initialValue ?? {}) as Record<string, unknown>;
    const view: FormView = { nonce: nonce() };
    const currentOld = Number(initial.oldCommuneId) || undefined;
    if (value.intent === PROFILE_INTENTS.chooseProvince) {
      view.communes = await communesOf(value.provinceCode);
      if (!view.communes.some((c) => c.code === initial.communeCode)) initial.communeCode = "";
      view.oldMapping = await describeOld(currentOld);
    } else if (value.intent === PROFILE_INTENTS.searchOld) {
      const matches = value.oldQuery ? await searchOldCommunes(db, value.oldQuery, 10) : [];
      view.oldMatches = matches.map((m) => ({
        id: m.id,
        label: [m.oldName, m.oldDistrictName, m.oldProvinceName].filter(Boolean).join(", "),
        newName: `${m.newCommune.name}, ${m.newCommune.province.name}`,
      }));
      view.communes = await communesOf(value.provinceCode);
      view.oldMapping = await describeOld(currentOld);
    } else if (value.intent === PROFILE_INTENTS.pickOld) {
      const mapping = value.oldPick ? await mapOldCommune(db, { id: value.oldPick }) : null;
      if (mapping) {
        initial.oldCommuneId = String(mapping.old.id);
        initial.provinceCode = mapping.newCommune.province.code;
        initial.communeCode = mapping.newCommune.code;
        initial.oldQuery = "";
      }
      view.communes = await communesOf(initial.provinceCode);
      view.oldMapping = await describeOld(Number(initial.oldCommuneId) || undefined);
    } else {
      initial.oldCommuneId = "";
      view.communes = await communesOf(value.provinceCode);
      view.oldMapping = null;
    }
    result.initialValue = initial as typeof result.initialValue;
    return data({ kind: "form" as const, result, view });
  }

  const current = await getOwnBusinessProfile(db, { actor, businessId });
  const submission = parseWithZod(formData, { schema: profileSchema({ hasStoredPersonalId: current.ownerPersonalIdMasked !== null }) });
  const errorView = async (): Promise<FormView> => ({
    nonce: nonce(),
    communes: await communesOf(formData.get("provinceCode")),
    oldMapping: await describeOld(Number(formData.get("oldCommuneId")) || undefined),
  });
  if (submission.status !== "success") {
    return data({ kind: "form" as const, result: submission.reply({ formErrors: ["errors.fixBelow"] }), view: await errorView() }, { status: 400 });
  }
  const [logo] = filesOf(formData, "logo");
  try {
    const { backToPending } = await updateBusinessProfile(db, {
      actor,
      businessId,
      input: submission.value,
      logo: logo ? { bytes: Buffer.from(await logo.arrayBuffer()), name: logo.name } : null,
    });
    return redirectWithFlash(request, "/business/profile", {
      kind: backToPending ? "info" : "success",
      message: backToPending ? "profile.savedBackToPending" : "profile.saved",
    });
  } catch (error) {
    if (!(error instanceof DomainError) || error.code === "not_found" || error.code === "forbidden") throw toHttpError(error);
    return data(
      { kind: "form" as const, result: submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }), view: await errorView() },
      { status: error.code === "conflict" ? 409 : 400 },
    );
  }
}

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export default function BusinessProfilePage() {
  const { profile, canEdit } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const submitError = actionData?.kind === "submit" ? actionData : null;
  const formReply = actionData?.kind === "form" ? actionData : null;
  return (
    <section aria-labelledby="profile-title" className="space-y-6">
      <h1 id="profile-title" className="text-3xl font-bold">
        {t("profile.title")}
      </h1>
      <p>{t("profile.lead")}</p>
      <StatusCard profile={profile} canEdit={canEdit} submitError={submitError} />
      {canEdit ? (
        <ProfileForm key={formReply?.view.nonce ?? new Date(profile.updatedAt).getTime()} reply={formReply} />
      ) : (
        <>
          <p className="card">{t("profile.readOnly")}</p>
          <ProfileSummary profile={profile} />
        </>
      )}
    </section>
  );
}

function StatusCard({
  profile,
  canEdit,
  submitError,
}: {
  profile: LoadedProfile;
  canEdit: boolean;
  submitError: { formError: string; missing: string[] } | null;
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const canSubmit = canEdit && (profile.status === "DRAFT" || profile.status === "REJECTED");
  return (
    <div className="card space-y-3" aria-labelledby="profile-status-title">
      <h2 id="profile-status-title" className="text-xl font-bold">
        {t("profile.statusLabel")}: {t(`business.status.${profile.status}`)}
      </h2>
      {profile.statusReason && (profile.status === "REJECTED" || profile.status === "SUSPENDED") ? (
        <p className="text-red-900">
          <strong>{t("profile.reasonLabel")}:</strong> {profile.statusReason}
        </p>
      ) : null}
      {profile.status === "PENDING" ? <p>{t("profile.pendingNote")}</p> : null}
      {profile.status === "VERIFIED" ? <p>{t("profile.verifiedNote")}</p> : null}
      {canSubmit ? (
        <>
          <p>{t("profile.submitLead")}</p>
          {submitError ? <FormErrors errors={[submitError.formError]} /> : null}
          {profile.missing.length ? (
            <div>
              <p className="font-semibold">{t("profile.missingTitle")}</p>
              <ul className="list-disc pl-6">
                {profile.missing.map((key) => (
                  <li key={key}>{t(key)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <Form method="post">
            <input type="hidden" name="intent" value={SUBMIT_INTENT} />
            <button type="submit" className="btn-primary" disabled={navigation.state === "submitting"}>
              {t("profile.submit")}
            </button>
          </Form>
        </>
      ) : null}
    </div>
  );
}

type LoadedProfile = ReturnType<typeof useLoaderData<typeof loader>>["profile"];
type ReplyData = { result: SubmissionResult<string[]>; view: FormView } | null;

function ProfileForm({ reply }: { reply: ReplyData }) {
  const { profile, provinces, communes: savedCommunes } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const navigation = useNavigation();
  const hydrated = useHydrated();
  const hasStoredPersonalId = profile.ownerPersonalIdMasked !== null;
  const [form, fields] = useForm({
    id: "business-profile",
    lastResult: reply?.result,
    defaultValue: {
      legalForm: profile.legalForm,
      name: profile.name,
      enterpriseCode: profile.enterpriseCode ?? "",
      ownerPersonalId: "",
      registrationNo: profile.registrationNo ?? "",
      provinceCode: profile.provinceCode ?? "",
      communeCode: profile.communeCode ?? "",
      oldCommuneId: profile.oldCommuneId ? String(profile.oldCommuneId) : "",
      streetAddress: profile.streetAddress ?? "",
      phone: profile.phone ?? "",
      email: profile.email ?? "",
      website: profile.website ?? "",
      description: profile.description ?? "",
    },
    onValidate({ formData }) {
      const intent = formData.get("intent");
      const saveSchema = profileSchema({ hasStoredPersonalId });
      // The helper buttons must not be blocked by an unfinished profile; the cast only keeps
      // Conform's field types those of the profile.
      const schema = intent && intent !== PROFILE_INTENTS.save ? (ProfileHelperSchema as unknown as typeof saveSchema) : saveSchema;
      return parseWithZod(formData, { schema });
    },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });

  const legalForm = fields.legalForm.value ?? profile.legalForm;
  // Without JavaScript the legal form cannot hide fields, so all three identifiers show.
  const showIdentifier = (forms: string[]) => !hydrated || forms.includes(legalForm);
  const oldMapping =
    reply?.view.oldMapping !== undefined
      ? reply.view.oldMapping
      : profile.oldCommune && profile.commune && profile.province
        ? { id: profile.oldCommune.id, oldName: profile.oldCommune.oldName, newName: profile.commune.name, provinceName: profile.province.name }
        : null;
  const busy = navigation.state === "submitting";

  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-6">
      {/* Enter in a text field saves (the first submit button is the default one). */}
      <button type="submit" name="intent" value={PROFILE_INTENTS.save} hidden tabIndex={-1} />
      <FormErrors id={form.errorId} errors={form.errors} />

      <fieldset className="card space-y-4">
        <legend className="text-xl font-bold">{t("profile.sections.identity")}</legend>
        <Field id={fields.legalForm.id} label={t("profile.fields.legalForm")} errors={fields.legalForm.errors}>
          {(aria) => (
            <select {...getSelectProps(fields.legalForm)} {...aria} className="input">
              {LEGAL_FORMS.map((f) => (
                <option key={f} value={f}>
                  {t(`legalForm.${f}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fields.name.id} label={t("profile.fields.name")} errors={fields.name.errors}>
          {(aria) => <input {...getInputProps(fields.name, { type: "text" })} {...aria} autoComplete="organization" className="input" />}
        </Field>
        {showIdentifier(["ENTERPRISE"]) ? (
          <Field
            id={fields.enterpriseCode.id}
            label={t("profile.fields.enterpriseCode")}
            hint={t("profile.fields.enterpriseCodeHint")}
            errors={fields.enterpriseCode.errors}
          >
            {(aria) => <input {...getInputProps(fields.enterpriseCode, { type: "text" })} {...aria} inputMode="numeric" className="input" />}
          </Field>
        ) : null}
        {showIdentifier(["HOUSEHOLD"]) ? (
          <Field
            id={fields.ownerPersonalId.id}
            label={t("profile.fields.ownerPersonalId")}
            hint={
              <>
                {t("profile.fields.ownerPersonalIdHint")}
                {profile.ownerPersonalIdMasked ? ` ${t("profile.fields.ownerPersonalIdStored", { masked: profile.ownerPersonalIdMasked })}` : null}
              </>
            }
            errors={fields.ownerPersonalId.errors}
          >
            {(aria) => (
              <input {...getInputProps(fields.ownerPersonalId, { type: "text" })} {...aria} inputMode="numeric" autoComplete="off" className="input" />
            )}
          </Field>
        ) : null}
        {showIdentifier(["COOPERATIVE", "COOPERATIVE_GROUP"]) ? (
          <Field
            id={fields.registrationNo.id}
            label={t("profile.fields.registrationNo")}
            hint={t("profile.fields.registrationNoHint")}
            errors={fields.registrationNo.errors}
          >
            {(aria) => <input {...getInputProps(fields.registrationNo, { type: "text" })} {...aria} className="input" />}
          </Field>
        ) : null}
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="text-xl font-bold">{t("profile.sections.address")}</legend>
        <ProvinceCommuneFields
          province={fields.provinceCode}
          commune={fields.communeCode}
          provinces={provinces}
          replyCommunes={reply?.view.communes}
          savedProvinceCode={profile.provinceCode ?? ""}
          savedCommunes={savedCommunes}
          chooseProvinceIntent={PROFILE_INTENTS.chooseProvince}
          labels={{
            province: t("profile.fields.province"),
            commune: t("profile.fields.commune"),
            communeHint: t("profile.fields.communeHint"),
            none: t("profile.fields.none"),
            chooseProvince: t("profile.fields.chooseProvince"),
          }}
        />
        <Field id={fields.streetAddress.id} label={t("profile.fields.streetAddress")} errors={fields.streetAddress.errors}>
          {(aria) => <input {...getInputProps(fields.streetAddress, { type: "text" })} {...aria} autoComplete="street-address" className="input" />}
        </Field>

        <input {...getInputProps(fields.oldCommuneId, { type: "hidden" })} />
        {oldMapping ? (
          <div className="rounded-md border border-stone-300 bg-stone-50 p-3" role="status">
            <p className="font-semibold">
              {t("profile.fields.oldToNew", { old: oldMapping.oldName, new: oldMapping.newName, province: oldMapping.provinceName })}
            </p>
            <button type="submit" name="intent" value={PROFILE_INTENTS.clearOld} formNoValidate className="btn-secondary mt-2">
              {t("profile.fields.clearOld")}
            </button>
          </div>
        ) : null}
        <fieldset className="space-y-2 border-t border-stone-200 pt-3">
          <legend className="font-semibold">{t("profile.fields.oldAddress")}</legend>
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1 space-y-1">
              <label htmlFor="oldQuery" className="block">
                {t("profile.fields.oldQuery")}
              </label>
              <p id="oldQuery-hint" className="text-sm text-stone-700">
                {t("profile.fields.oldQueryHint")}
              </p>
              <input
                id="oldQuery"
                name="oldQuery"
                type="search"
                defaultValue={typeof reply?.result.initialValue?.oldQuery === "string" ? reply.result.initialValue.oldQuery : ""}
                aria-describedby={reply?.result.error?.oldQuery ? "oldQuery-hint oldQuery-error" : "oldQuery-hint"}
                className="input"
              />
              <ErrorList id="oldQuery-error" errors={reply?.result.error?.oldQuery ?? null} />
            </div>
            <button type="submit" name="intent" value={PROFILE_INTENTS.searchOld} formNoValidate className="btn-secondary">
              {t("profile.fields.searchOld")}
            </button>
          </div>
          {reply?.view.oldMatches ? (
            reply.view.oldMatches.length ? (
              <fieldset className="space-y-2">
                <legend className="font-semibold">{t("profile.fields.oldMatches")}</legend>
                {reply.view.oldMatches.map((m, i) => (
                  <div key={m.id} className="flex items-start gap-2">
                    <input type="radio" id={`oldPick-${m.id}`} name="oldPick" value={m.id} defaultChecked={i === 0} className="mt-1 h-5 w-5" />
                    <label htmlFor={`oldPick-${m.id}`}>
                      {m.label} → {m.newName}
                    </label>
                  </div>
                ))}
                <button type="submit" name="intent" value={PROFILE_INTENTS.pickOld} formNoValidate className="btn-secondary">
                  {t("profile.fields.pickOld")}
                </button>
              </fieldset>
            ) : (
              <p role="status">{t("profile.fields.noOldMatches")}</p>
            )
          ) : null}
        </fieldset>
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="text-xl font-bold">{t("profile.sections.contact")}</legend>
        <Field id={fields.phone.id} label={t("profile.fields.phone")} hint={t("auth.phoneHint")} errors={fields.phone.errors}>
          {(aria) => <input {...getInputProps(fields.phone, { type: "tel" })} {...aria} autoComplete="tel" className="input" />}
        </Field>
        <Field id={fields.email.id} label={t("profile.fields.email")} errors={fields.email.errors}>
          {(aria) => <input {...getInputProps(fields.email, { type: "email" })} {...aria} autoComplete="email" className="input" />}
        </Field>
        <Field id={fields.website.id} label={`${t("profile.fields.website")} ${t("common.optional")}`} hint={t("profile.fields.websiteHint")} errors={fields.website.errors}>
          {(aria) => <input {...getInputProps(fields.website, { type: "url" })} {...aria} autoComplete="url" className="input" />}
        </Field>
        <Field id={fields.description.id} label={t("profile.fields.description")} hint={t("profile.fields.descriptionHint")} errors={fields.description.errors}>
          {(aria) => <textarea {...getTextareaProps(fields.description)} {...aria} rows={6} maxLength={DESCRIPTION_MAX} className="input" />}
        </Field>
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="text-xl font-bold">{t("profile.sections.logo")}</legend>
        {profile.logoFileId ? (
          <img src={`/files/${profile.logoFileId}?size=thumb`} alt={t("profile.fields.logoCurrent")} className="h-24 w-auto rounded border border-stone-200" />
        ) : null}
        <div className="space-y-1">
          <label htmlFor="logo" className="block font-semibold">
            {`${t("profile.fields.logo")} ${t("common.optional")}`}
          </label>
          <input
            id="logo"
            name="logo"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-invalid={reply?.result.error?.logo ? true : undefined}
            aria-describedby={reply?.result.error?.logo ? "logo-error" : undefined}
            className="block"
          />
          <ErrorList id="logo-error" errors={reply?.result.error?.logo ?? null} />
        </div>
      </fieldset>

      <button type="submit" name="intent" value={PROFILE_INTENTS.save} className="btn-primary" disabled={busy}>
        {t("profile.save")}
      </button>
    </Form>
  );
}

function ProfileSummary({ profile }: { profile: LoadedProfile }) {
  const { t } = useTranslation();
  const identifier = profile.enterpriseCode ?? profile.registrationNo ?? profile.ownerPersonalIdMasked ?? t("profile.fields.none");
  const rows: [string, string][] = [
    [t("profile.fields.legalForm"), t(`legalForm.${profile.legalForm}`)],
    [t("profile.fields.name"), profile.name],
    [t("profile.office.identifiers"), identifier],
    [
      t("profile.sections.address"),
      [profile.streetAddress, profile.commune?.name, profile.province?.name].filter(Boolean).join(", ") || t("profile.fields.none"),
    ],
    [t("profile.fields.phone"), profile.phone ?? t("profile.fields.none")],
    [t("profile.fields.email"), profile.email ?? t("profile.fields.none")],
    [t("profile.fields.website"), profile.website ?? t("profile.fields.none")],
    [t("profile.fields.description"), profile.description ?? t("profile.fields.none")],
  ];
  return (
    <dl className="card grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="whitespace-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
