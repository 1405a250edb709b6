// The product details form, shared by "new product" and the edit page. Works without
// JavaScript: the server validates with the same schema and returns errors per field.
import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors } from "~/components/ui/field";
import { PRODUCT_INTENTS, ProductFieldsSchema } from "~/modules/catalog/product.schema";
import { parseWithZod } from "~/utils/parse-form";

export type ProductFormDefaults = {
  name: string;
  categoryId: string;
  description: string;
  unit: string;
  priceVnd: string;
  originCommuneCode: string;
  ingredients: string;
};

export type CategoryOption = { id: string; nameVi: string; nameEn: string; depth: number };
export type CommuneOption = { code: string; name: string };

export function ProductForm({
  id,
  lastResult,
  defaults,
  categories,
  communes,
  submitLabel,
  withIntent,
  disabled = false,
}: {
  id: string;
  lastResult: SubmissionResult<string[]> | null | undefined;
  defaults: ProductFormDefaults;
  categories: CategoryOption[];
  communes: CommuneOption[];
  submitLabel: string;
  /** The edit page posts several forms to one action: this one says "update". */
  withIntent: boolean;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id,
    lastResult,
    defaultValue: defaults,
    constraint: getZodConstraint(ProductFieldsSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProductFieldsSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const english = i18n.language === "en";
  return (
    <Form method="post" {...getFormProps(form)} className="card space-y-4">
      <FormErrors id={form.errorId} errors={form.errors} />
      {withIntent ? <input type="hidden" name="intent" value={PRODUCT_INTENTS.update} /> : null}
      <fieldset disabled={disabled} className="space-y-4">
        <Field id={fields.name.id} label={t("products.fields.name")} errors={fields.name.errors}>
          {(aria) => <input {...getInputProps(fields.name, { type: "text" })} {...aria} className="input" />}
        </Field>
        <Field id={fields.categoryId.id} label={t("products.fields.categoryId")} errors={fields.categoryId.errors}>
          {(aria) => (
            <select {...getSelectProps(fields.categoryId)} {...aria} className="input">
              <option value="">{t("products.chooseCategory")}</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {"\u00a0\u00a0".repeat(c.depth * 2)}
                  {english ? c.nameEn : c.nameVi}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fields.description.id} label={`${t("products.fields.description")} ${t("common.optional")}`} errors={fields.description.errors}>
          {(aria) => <textarea {...getTextareaProps(fields.description)} {...aria} rows={5} className="input" />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id={fields.unit.id}
            label={`${t("products.fields.unit")} ${t("common.optional")}`}
            hint={t("products.fields.unitHint")}
            errors={fields.unit.errors}
          >
            {(aria) => <input {...getInputProps(fields.unit, { type: "text" })} {...aria} className="input" />}
          </Field>
          <Field
            id={fields.priceVnd.id}
            label={`${t("products.fields.priceVnd")} ${t("common.optional")}`}
            hint={t("products.fields.priceHint")}
            errors={fields.priceVnd.errors}
          >
            {(aria) => <input {...getInputProps(fields.priceVnd, { type: "text" })} {...aria} inputMode="numeric" className="input" />}
          </Field>
        </div>
        <Field
          id={fields.originCommuneCode.id}
          label={`${t("products.fields.originCommuneCode")} ${t("common.optional")}`}
          errors={fields.originCommuneCode.errors}
        >
          {(aria) => (
            <select {...getSelectProps(fields.originCommuneCode)} {...aria} className="input">
              <option value="">{t("products.chooseCommune")}</option>
              {communes.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fields.ingredients.id} label={`${t("products.fields.ingredients")} ${t("common.optional")}`} errors={fields.ingredients.errors}>
          {(aria) => <textarea {...getTextareaProps(fields.ingredients)} {...aria} rows={3} className="input" />}
        </Field>
        <button type="submit" className="btn-primary" disabled={navigation.state === "submitting"}>
          {submitLabel}
        </button>
      </fieldset>
    </Form>
  );
}
