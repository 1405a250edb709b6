// Provinces or communes as the options of a select, valued by their code.
export function PlaceOptions({ places }: { places: { code: string; name: string }[] }) {
  return places.map((p) => (
    <option key={p.code} value={p.code}>
      {p.name}
    </option>
  ));
}
