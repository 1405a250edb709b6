import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { getT } from "~/i18next.server";
import { catalogMeta } from "~/components/catalog/meta";
import { absoluteUrl } from "~/modules/catalog/public.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => catalogMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getT(request);
  return { title: t("openData.title"), description: t("openData.lead"), canonicalUrl: absoluteUrl("/open-data") };
}

const ENDPOINTS = [
  ["/api/v1/stats", "openData.stats"],
  ["/api/v1/producers", "openData.producers"],
  ["/api/v1/products", "openData.products"],
  ["/api/v1/sales-points", "openData.salesPoints"],
  ["/api/v1/sales-points.geojson", "openData.salesPointsGeo"],
  ["/api/v1/search?q=nuoc+mam", "openData.search"],
] as const;

export default function OpenDataPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="open-data-title" className="space-y-4">
      <h1 id="open-data-title" className="text-3xl font-bold">
        {t("openData.title")}
      </h1>
      <p className="max-w-3xl">{t("openData.lead")}</p>
      <table className="w-full border-collapse bg-white text-left">
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-2">{t("openData.endpoint")}</th>
            <th scope="col" className="p-2">{t("openData.description")}</th>
          </tr>
        </thead>
        <tbody>
          {ENDPOINTS.map(([href, label]) => (
            <tr key={href} className="border-b border-stone-200">
              <td className="p-2 font-mono text-sm">
                <a href={href}>{href}</a>
              </td>
              <td className="p-2">{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
