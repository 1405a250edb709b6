// The offline background of the sales-point map: light outlines of the provinces and communes
// that have public shops, as GeoJSON polygons. Only the map (in the browser) asks for it; the
// list of sales points never depends on it. Public reference data, cached for an hour.
import { salesPointAreaOutlines } from "~/modules/places/outlines.server";
import { db, dbReady } from "~/utils/db.server";

export async function loader() {
  await dbReady;
  const outlines = await salesPointAreaOutlines(db);
  const collection = {
    type: "FeatureCollection",
    features: outlines.map(({ level, code, name, ring }) => ({
      type: "Feature",
      properties: { level, code, name },
      geometry: { type: "Polygon", coordinates: [ring] },
    })),
  };
  return Response.json(collection, {
    headers: { "Content-Type": "application/geo+json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
