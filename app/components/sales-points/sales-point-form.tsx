// The sales point details form, shared by "new" and the edit page. Without JavaScript the
// "choose province" button reloads the form with that province's communes and every typed
// value kept; with JavaScript the commune list follows the province select at once.
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ProvinceCommuneFields, type PlaceOption } from "~/components/places/province-commune-fields";
import { ErrorList, Field, FormErrors } from "~/components/ui/field";
import { ChooseProvinceSchema, SALES_POINT_INTENTS, SalesPointFieldsSchema, WEEKDAY_ORDER } from "~/modules/sales-points/sales-point.schema";
import { parseWithZod } from "~/utils/parse-form";

export type { PlaceOption };
export type CategoryChoice = { id: string; nameVi: string; nameEn: string; children: { id: string; nameVi: string; nameEn: string }[] };
export type HoursDefault = { weekday: number; closed: boolean; opensAt: string; closesAt: string };
export type SalesPointDefaults = {
  name: string;
  provinceCode: string;
  communeCode: string;
  streetAddress: string;
  latitude: string;
  longitude: string;
  phone: string;
  vietGoodsShare: string;
  categoryIds: string[];
  hours: HoursDefault[];
};

export interface SalesPointFormReply {
  result: SubmissionResult<string[]>;
  /** Changes on every reply so the form remounts with the server's values. */
  nonce: string;
  communes?: PlaceOption[];
}

export const EMPTY_HOURS: HoursDefault[] = WEEKDAY_ORDER.map((weekday) => ({ weekday, closed: false, opensAt: "", closesAt: "" }));

export function SalesPointForm({
  id,
  reply,
  defaults,
  provinces,
  savedCommunes,
  categories,
  submitLabel,
}: {
  id: string;
  reply: SalesPointFormReply | null;
  defaults: SalesPointDefaults;
  provinces: PlaceOption[];
  /** The communes of `defaults.provinceCode`. */
  savedCommunes: PlaceOption[];
  categories: CategoryChoice[];
  submitLabel: string;
}) {
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  const english = i18n.language === "en";
  const [form, fields] = useForm({
    id,
    lastResult: reply?.result,
    defaultValue: defaults,
    onValidate({ formData }) {
      // The province button must not be blocked by an unfinished form; the cast only keeps
      // Conform's field types those of the full form.
      if (formData.get("intent") === SALES_POINT_INTENTS.chooseProvince) {
        return parseWithZod(formData, { schema: ChooseProvinceSchema as unknown as typeof SalesPointFieldsSchema });
      }
      return parseWithZod(formData, { schema: SalesPointFieldsSchema });
    },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });

  const hourRows = fields.hours.getFieldList();
  const selectedCategories = new Set(
    (Array.isArray(fields.categoryIds.value) ? fields.categoryIds.value : fields.categoryIds.value ? [fields.categoryIds.value] : []) as string[],
  );
  const categoryName = (c: { nameVi: string; nameEn: string }) => (english ? c.nameEn : c.nameVi);
  const busy = navigation.state === "submitting";

  return (
    <Form method="post" {...getFormProps(form)} className="space-y-6">
      {/* Enter in a text field saves (the first submit button is the default one). */}
      <button type="submit" name="intent" value={SALES_POINT_INTENTS.save} hidden tabIndex={-1} />
      <FormErrors id={form.errorId} errors={form.errors} />

      <fieldset className="card space-y-4">
        <legend className="text-xl font-bold">{t("salesPoints.sections.details")}</legend>
        <Field id={fields.name.id} label={t("salesPoints.fields.name")} errors={fields.name.errors}>
          {(aria) => <input {...getInputProps(fields.name, { type: "text" })} {...aria} className="input" />}
        </Field>
        <Field id={fields.phone.id} label={`${t("salesPoints.fields.phone")} ${t("common.optional")}`} hint={t("auth.phoneHint")} errors={fields.phone.errors}>
          {(aria) => <input {...getInputProps(fields.phone, { type: "tel" })} {...aria} autoComplete="tel" className="input" />}
        </Field>
        <Field
          id={fields.vietGoodsShare.id}
          label={t("salesPoints.fields.vietGoodsShare")}
          hint={t("salesPoints.fields.vietGoodsShareHint")}
          errors={fields.vietGoodsShare.errors}
        >
          {(aria) => (
            <input {...getInputProps(fields.vietGoodsShare, { type: "number" })} {...aria} min={0} max={100} step={1} inputMode="numeric" className="input max-w-40" />
          )}
        </Field>
      </fieldset>

      <fieldset className="card space-y-4">
        <legend className="text-xl font-bold">{t("salesPoints.sections.location")}</legend>
        <ProvinceCommuneFields
          province={fields.provinceCode}
          commune={fields.communeCode}
          provinces={provinces}
          replyCommunes={reply?.communes}
          savedProvinceCode={defaults.provinceCode}
          savedCommunes={savedCommunes}
          chooseProvinceIntent={SALES_POINT_INTENTS.chooseProvince}
          labels={{
            province: t("salesPoints.fields.province"),
            commune: t("salesPoints.fields.commune"),
            communeHint: t("salesPoints.fields.communeHint"),
            none: t("salesPoints.fields.none"),
            chooseProvince: t("salesPoints.fields.chooseProvince"),
          }}
        />
        <Field id={fields.streetAddress.id} label={t("salesPoints.fields.streetAddress")} errors={fields.streetAddress.errors}>
          {(aria) => <input {...getInputProps(fields.streetAddress, { type: "text" })} {...aria} autoComplete="street-address" className="input" />}
        </Field>
        <p id={`${id}-coordinates-hint`} className="text-sm text-stone-700">
          {t("salesPoints.fields.coordinatesHint")}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={fields.latitude.id} label={`${t("salesPoints.fields.latitude")} ${t("common.optional")}`} errors={fields.latitude.errors}>
            {(aria) => <input {...getInputProps(fields.latitude, { type: "text" })} {...aria} inputMode="decimal" placeholder="15.7395" className="input" />}
          </Field>
          <Field id={fields.longitude.id} label={`${t("salesPoints.fields.longitude")} ${t("common.optional")}`} errors={fields.longitude.errors}>
            {(aria) => <input {...getInputProps(fields.longitude, { type: "text" })} {...aria} inputMode="decimal" placeholder="108.3672" className="input" />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="card space-y-3" aria-describedby={`${id}-hours-hint`}>
        <legend className="text-xl font-bold">{t("salesPoints.sections.hours")}</legend>
        <p id={`${id}-hours-hint`} className="text-sm text-stone-700">
          {t("salesPoints.fields.hoursHint")}
        </p>
        <ErrorList id={fields.hours.errorId} errors={fields.hours.errors} />
        <div className="space-y-3">
          {hourRows.map((row, index) => {
            const cells = row.getFieldset();
            const weekday = WEEKDAY_ORDER[index] ?? 0;
            const dayName = t(`salesPoints.weekday.${weekday}`);
            const opens = cells.opensAt.value ?? "";
            const closes = cells.closesAt.value ?? "";
            const overnight = !cells.closed.value && opens && closes && closes < opens;
            return (
              <fieldset key={row.key} className="rounded-md border border-stone-200 p-3">
                <legend className="px-1 font-semibold">{dayName}</legend>
                <input {...getInputProps(cells.weekday, { type: "hidden" })} />
                <div className="flex flex-wrap items-end gap-4">
                  <div className="flex items-center gap-2">
                    <input {...getInputProps(cells.closed, { type: "checkbox" })} className="h-5 w-5" />
                    <label htmlFor={cells.closed.id}>{t("salesPoints.fields.closed", { day: dayName })}</label>
                  </div>
                  <div className="space-y-1">
                    <label htmlFor={cells.opensAt.id} className="block text-sm font-semibold">
                      {t("salesPoints.fields.opensAt", { day: dayName })}
                    </label>
                    <input
                      {...getInputProps(cells.opensAt, { type: "time" })}
                      aria-invalid={cells.opensAt.errors ? true : undefined}
                      aria-describedby={cells.opensAt.errors ? cells.opensAt.errorId : undefined}
                      className="input w-36"
                    />
                    <ErrorList id={cells.opensAt.errorId} errors={cells.opensAt.errors} />
                  </div>
                  <div className="space-y-1">
                    <label htmlFor={cells.closesAt.id} className="block text-sm font-semibold">
                      {t("salesPoints.fields.closesAt", { day: dayName })}
                    </label>
                    <input
                      {...getInputProps(cells.closesAt, { type: "time" })}
                      aria-invalid={cells.closesAt.errors ? true : undefined}
                      aria-describedby={cells.closesAt.errors ? cells.closesAt.errorId : undefined}
                      className="input w-36"
                    />
                    <ErrorList id={cells.closesAt.errorId} errors={cells.closesAt.errors} />
                  </div>
                </div>
                {overnight ? <p className="mt-2 text-sm text-stone-700">{t("salesPoints.fields.overnightNote")}</p> : null}
              </fieldset>
            );
          })}
        </div>
      </fieldset>

      <fieldset className="card space-y-3">
        <legend className="text-xl font-bold">{t("salesPoints.sections.categories")}</legend>
        <ErrorList id={fields.categoryIds.errorId} errors={fields.categoryIds.errors} />
        <div className="grid gap-4 sm:grid-cols-2">
          {categories.map((top) => (
            <div key={top.id} className="space-y-1">
              <CategoryCheckbox name={fields.categoryIds.name} formId={id} option={top} label={categoryName(top)} checked={selectedCategories.has(top.id)} strong />
              <ul className="space-y-1 pl-6">
                {top.children.map((child) => (
                  <li key={child.id}>
                    <CategoryCheckbox name={fields.categoryIds.name} formId={id} option={child} label={categoryName(child)} checked={selectedCategories.has(child.id)} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </fieldset>

      <button type="submit" name="intent" value={SALES_POINT_INTENTS.save} className="btn-primary" disabled={busy}>
        {submitLabel}
      </button>
    </Form>
  );
}

function CategoryCheckbox({
  name,
  formId,
  option,
  label,
  checked,
  strong = false,
}: {
  name: string;
  formId: string;
  option: { id: string };
  label: string;
  checked: boolean;
  strong?: boolean;
}) {
  const inputId = `${formId}-category-${option.id}`;
  return (
    <div className="flex items-center gap-2">
      <input type="checkbox" id={inputId} name={name} value={option.id} defaultChecked={checked} className="h-5 w-5" />
      <label htmlFor={inputId} className={strong ? "font-semibold" : undefined}>
        {label}
      </label>
    </div>
  );
}
