// One search result: what it is (in words), the highlighted title as a link, where it is and a
// highlighted snippet. Marks come from engine segments, never from HTML.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CatalogImage } from "~/components/catalog/catalog-image";
import { OcopStars } from "~/components/catalog/ocop-stars";
import type { HitDetails } from "~/modules/search/hit-details.server";
import { formatVnd } from "~/utils/money";
import type { HighlightSegment, SearchDocumentType } from "~/modules/search/search.types";
import { Highlighted } from "./highlight";

export interface SearchResultView {
  id: string;
  type: SearchDocumentType;
  title: string;
  subtitle: string;
  url: string;
  highlight: { title: HighlightSegment[]; body: HighlightSegment[] };
  ocopStars: number | null;
  certified: boolean;
  distanceKm: number | null;
}

/** Same text on server and browser (no locale data involved): "1,5" in Vietnamese, "1.5" in English. */
function formatKm(km: number, language: string): string {
  const text = km.toFixed(1);
  return language === "en" ? text : text.replace(".", ",");
}

export function SearchResultItem({ hit, details }: { hit: SearchResultView; details?: HitDetails }) {
  const { t, i18n } = useTranslation();
  const snippetIsSubtitle = hit.highlight.body.map((s) => s.text).join("") === hit.subtitle;
  // A producer's subtitle starts with its legal form in Vietnamese: say it in the page's language.
  const subtitle = details?.legalForm
    ? [t(`legalForm.${details.legalForm}`), ...hit.subtitle.split(" · ").slice(1)].join(" · ")
    : hit.subtitle;
  return (
    <article className="card flex gap-3">
      {details?.photo ? (
        <CatalogImage
          image={{ ...details.photo, alt: "" }}
          sizes="(min-width: 640px) 128px, 96px"
          className="aspect-[4/3] h-auto w-24 shrink-0 self-start rounded object-cover sm:w-32"
        />
      ) : null}
      <div className="min-w-0 flex-1 space-y-1">
        <p className="text-xs font-semibold uppercase tracking-wide text-stone-700" data-result-type={hit.type}>
          {t(`searchUi.types.${hit.type}`)}
        </p>
        <h3 className="text-lg font-bold">
          <Link to={hit.url}>
            <Highlighted segments={hit.highlight.title} fallback={hit.title} />
          </Link>
        </h3>
        {subtitle ? <p className="text-sm text-stone-700">{subtitle}</p> : null}
        {hit.highlight.body.length && !snippetIsSubtitle ? (
          <p className="text-sm">
            <Highlighted segments={hit.highlight.body} />
          </p>
        ) : null}
        {hit.ocopStars || hit.certified || hit.distanceKm !== null ? (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <OcopStars stars={hit.ocopStars} />
            {hit.certified && !hit.ocopStars ? (
              <span className="rounded bg-green-50 px-2 py-0.5 font-semibold text-green-900">✓ {t("searchUi.page.certified")}</span>
            ) : null}
            {hit.distanceKm !== null ? (
              <span>{t("searchUi.page.distanceKm", { distance: formatKm(hit.distanceKm, i18n.language) })}</span>
            ) : null}
          </p>
        ) : null}
        {details?.priceVnd != null ? (
          <p className="font-semibold">
            {formatVnd(details.priceVnd, i18n.language)}
            {details.unit ? <span className="font-normal text-stone-700"> / {details.unit}</span> : null}
          </p>
        ) : null}
      </div>
    </article>
  );
}
