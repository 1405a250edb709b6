// The province → commune pair of an address form. With JavaScript the commune list follows the
// province select at once (via /api/places/communes); without it the "choose province" submit
// button reloads the form, and the server's reply carries that province's communes.
import { getSelectProps, type FieldMetadata } from "@conform-to/react";
import { useFetcher } from "@remix-run/react";
import { Field } from "~/components/ui/field";
import { PlaceOptions } from "./place-options";
import type { loader as communesLoader } from "~/routes/api.places.communes";

export type PlaceOption = { code: string; name: string };

export interface ProvinceCommuneLabels {
  province: string;
  commune: string;
  communeHint: string;
  none: string;
  chooseProvince: string;
}

export function ProvinceCommuneFields<P, C>({
  province,
  commune,
  provinces,
  replyCommunes,
  savedProvinceCode,
  savedCommunes,
  chooseProvinceIntent,
  labels,
}: {
  // `any` is Conform's own signature for its field helpers: the form schema varies per caller.
  province: FieldMetadata<P, any, string[]>;
  commune: FieldMetadata<C, any, string[]>;
  provinces: PlaceOption[];
  /** The communes the server sent with its last reply (after "choose province"), if any. */
  replyCommunes?: PlaceOption[];
  /** The stored province, whose communes are `savedCommunes`. */
  savedProvinceCode: string;
  savedCommunes: PlaceOption[];
  /** The `intent` value of the no-JS "choose province" button. */
  chooseProvinceIntent: string;
  labels: ProvinceCommuneLabels;
}) {
  const communeFetcher = useFetcher<typeof communesLoader>();
  const provinceValue = province.value ?? "";
  const fetched = communeFetcher.data && communeFetcher.data.province === provinceValue ? communeFetcher.data.communes : null;
  const communes = fetched ?? replyCommunes ?? (provinceValue === savedProvinceCode ? savedCommunes : []);

  return (
    <>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <Field id={province.id} label={labels.province} errors={province.errors}>
            {(aria) => (
              <select
                {...getSelectProps(province)}
                {...aria}
                className="input"
                onChange={(event) => {
                  if (event.currentTarget.value) communeFetcher.load(`/api/places/communes?province=${encodeURIComponent(event.currentTarget.value)}`);
                }}
              >
                <option value="">{labels.none}</option>
                <PlaceOptions places={provinces} />
              </select>
            )}
          </Field>
        </div>
        <button type="submit" name="intent" value={chooseProvinceIntent} formNoValidate className="btn-secondary">
          {labels.chooseProvince}
        </button>
      </div>
      <Field id={commune.id} label={labels.commune} hint={labels.communeHint} errors={commune.errors}>
        {(aria) => (
          <select {...getSelectProps(commune)} {...aria} className="input">
            <option value="">{labels.none}</option>
            <PlaceOptions places={communes} />
          </select>
        )}
      </Field>
    </>
  );
}
