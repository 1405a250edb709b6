// Province → commune selects for a GET form. With JavaScript the commune list follows the
// province at once (via /api/places/communes, as the address forms do); without it the
// "choose province" submit button reloads the page with that province's communes.
import { useFetcher } from "@remix-run/react";
import { useState } from "react";
import { PlaceOptions } from "~/components/places/place-options";
import type { loader as communesLoader } from "~/routes/api.places.communes";

type Place = { code: string; name: string };

export interface CommunePickerLabels {
  province: string;
  chooseProvince: string;
  commune: string;
  communeHint: string;
  none: string;
}

export function CommunePicker({
  provinces,
  communes,
  provinceCode,
  communeCode,
  labels,
}: {
  provinces: Place[];
  /** the communes of `provinceCode`, sent by the server */
  communes: Place[];
  provinceCode: string;
  communeCode: string;
  labels: CommunePickerLabels;
}) {
  const fetcher = useFetcher<typeof communesLoader>();
  const [province, setProvince] = useState(provinceCode);
  const fetched = fetcher.data && fetcher.data.province === province ? fetcher.data.communes : null;
  const options = fetched ?? (province === provinceCode ? communes : []);
  return (
    <>
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="near-province" className="block font-semibold">
            {labels.province}
          </label>
          <select
            id="near-province"
            name="nearProvince"
            defaultValue={provinceCode}
            className="input"
            onChange={(event) => {
              const value = event.currentTarget.value;
              setProvince(value);
              if (value) fetcher.load(`/api/places/communes?province=${encodeURIComponent(value)}`);
            }}
          >
            <option value="">{labels.none}</option>
            <PlaceOptions places={provinces} />
          </select>
        </div>
        <button type="submit" name="step" value="province" formNoValidate className="btn-secondary">
          {labels.chooseProvince}
        </button>
      </div>
      <div>
        <label htmlFor="near-commune" className="block font-semibold">
          {labels.commune}
        </label>
        <select id="near-commune" name="commune" defaultValue={communeCode} className="input" aria-describedby="near-commune-hint">
          <option value="">{labels.none}</option>
          <PlaceOptions places={options} />
        </select>
        <p id="near-commune-hint" className="mt-1 text-sm text-stone-700">
          {labels.communeHint}
        </p>
      </div>
    </>
  );
}
