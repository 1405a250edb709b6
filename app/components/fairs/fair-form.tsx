// The fair details form (create and edit). Without JavaScript "choose province" reloads the
// form with that province's communes and the typed values kept.
import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ProvinceCommuneFields, type PlaceOption } from "~/components/places/province-commune-fields";
import { Field, FormErrors } from "~/components/ui/field";
import { ChooseProvinceSchema, FAIR_INTENTS, FairFieldsSchema } from "~/modules/fairs/fair.schema";
import { parseWithZod } from "~/utils/parse-form";

export interface FairFormReply {
  intent: string;
  result: SubmissionResult<string[]>;
  nonce: string;
  communes?: PlaceOption[];
}

export type FairDefaults = { [K in keyof z.input<typeof FairFieldsSchema>]: string | boolean };

const TEXT_FIELDS = [
  ["latitude", "decimal"],
  ["longitude", "decimal"],
] as const;

export function FairForm({
  reply,
  defaults,
  provinces,
  savedCommunes,
  categories,
  submitLabel,
}: {
  reply: FairFormReply | null;
  defaults: FairDefaults;
  provinces: PlaceOption[];
  savedCommunes: PlaceOption[];
  categories: { id: string; nameVi: string; nameEn: string }[];
  submitLabel: string;
}) {
  const { t, i18n } = useTranslation();
  const [form, fields] = useForm({
    id: "fair",
    lastResult: reply?.intent === FAIR_INTENTS.save || reply?.intent === FAIR_INTENTS.chooseProvince ? reply.result : undefined,
    defaultValue: defaults,
    onValidate({ formData }) {
      if (formData.get("intent") === FAIR_INTENTS.chooseProvince) {
        return parseWithZod(formData, { schema: ChooseProvinceSchema as unknown as typeof FairFieldsSchema });
      }
      return parseWithZod(formData, { schema: FairFieldsSchema });
    },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const f = fields;
  const text = (name: keyof typeof f, label: string, opts: { hint?: string; type?: string; inputMode?: "decimal" | "numeric" } = {}) => {
    const field = f[name];
    return (
      <Field id={field.id} label={label} hint={opts.hint} errors={field.errors}>
        {(aria) => <input {...getInputProps(field, { type: "text" })} {...aria} type={opts.type ?? "text"} inputMode={opts.inputMode} className="input w-full" />}
      </Field>
    );
  };
  const check = (name: keyof typeof f, label: string) => {
    const field = f[name];
    return (
      <div className="flex items-center gap-2">
        <input {...getInputProps(field, { type: "checkbox" })} className="h-5 w-5" />
        <label htmlFor={field.id} className="font-semibold">
          {label}
        </label>
      </div>
    );
  };
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-4">
      <FormErrors errors={form.errors} id={form.errorId} />
      {text("name", t("fairs.fields.name"))}
      <Field id={f.description.id} label={t("fairs.fields.description")} errors={f.description.errors}>
        {(aria) => <textarea {...getTextareaProps(f.description)} {...aria} rows={4} className="input w-full" />}
      </Field>
      {text("venue", t("fairs.fields.venue"))}
      <ProvinceCommuneFields
        province={f.provinceCode}
        commune={f.communeCode}
        provinces={provinces}
        replyCommunes={reply?.communes}
        savedProvinceCode={String(defaults.provinceCode ?? "")}
        savedCommunes={savedCommunes}
        chooseProvinceIntent={FAIR_INTENTS.chooseProvince}
        labels={{
          province: t("fairs.fields.province"),
          commune: t("fairs.fields.commune"),
          communeHint: t("fairs.fields.communeHint"),
          none: t("fairs.fields.none"),
          chooseProvince: t("fairs.fields.chooseProvince"),
        }}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {TEXT_FIELDS.map(([name, mode]) => (
          <div key={name}>{text(name, t(`fairs.fields.${name}`), { hint: t("fairs.fields.coordinatesHint"), inputMode: mode })}</div>
        ))}
        {(["startsAt", "endsAt", "registrationOpensAt", "registrationClosesAt"] as const).map((name) => (
          <div key={name}>{text(name, t(`fairs.fields.${name}`), { hint: t("fairs.fields.dateTimeHint"), type: "datetime-local" })}</div>
        ))}
      </div>
      <fieldset className="space-y-2 rounded border border-stone-300 p-3">
        <legend className="font-bold">{t("fairs.fields.eligibility")}</legend>
        {check("verifiedOnly", t("fairs.fields.verifiedOnly"))}
        <Field id={f.eligibleCategoryId.id} label={t("fairs.fields.eligibleCategory")} errors={f.eligibleCategoryId.errors}>
          {(aria) => (
            <select {...getSelectProps(f.eligibleCategoryId)} {...aria} className="input">
              <option value="">{t("fairs.fields.anyCategory")}</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {i18n.language === "en" ? c.nameEn : c.nameVi}
                </option>
              ))}
            </select>
          )}
        </Field>
        {check("ocopPriority", t("fairs.fields.ocopPriority"))}
        {check("ownCommunePriority", t("fairs.fields.ownCommunePriority"))}
        {check("allowBoothChoice", t("fairs.fields.allowBoothChoice"))}
        {text("holdHours", t("fairs.fields.holdHours"), { inputMode: "numeric" })}
      </fieldset>
      <fieldset className="grid gap-4 rounded border border-stone-300 p-3 sm:grid-cols-2">
        <legend className="font-bold">{t("fairs.fields.planSection")}</legend>
        {text("planWidth", t("fairs.fields.planWidth"), { inputMode: "numeric" })}
        {text("planDepth", t("fairs.fields.planDepth"), { inputMode: "numeric" })}
        {text("entranceX", t("fairs.fields.entranceX"), { inputMode: "numeric" })}
        {text("entranceY", t("fairs.fields.entranceY"), { inputMode: "numeric" })}
        <div className="sm:col-span-2">{text("planAisles", t("fairs.fields.planAisles"), { hint: t("fairs.fields.planAislesHint") })}</div>
      </fieldset>
      <button type="submit" name="intent" value={FAIR_INTENTS.save} className="btn-primary">
        {submitLabel}
      </button>
    </Form>
  );
}
