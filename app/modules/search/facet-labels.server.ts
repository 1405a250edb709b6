// Names for the facet values the engine returns as ids and codes: categories (in the page's
// language), provinces and communes. Only the values on the page are looked up, in three
// small queries; an id the catalogue no longer has keeps its raw value as the label.
import type { Language } from "~/i18n";
import type { Tx } from "~/utils/db.server";
import type { SearchFacets } from "./search.types";

type Reader = Pick<Tx, "category" | "province" | "commune">;

export interface FacetNames {
  category: Record<string, string>;
  province: Record<string, string>;
  commune: Record<string, string>;
}

export async function facetNames(
  client: Reader,
  {
    facets,
    language,
    also = {},
  }: {
    facets: Pick<SearchFacets, "category" | "province" | "commune">;
    language: Language;
    /** active filter values, named even when no result carries them any more */
    also?: { category?: string; province?: string; commune?: string };
  },
): Promise<FacetNames> {
  const ids = (counts: Record<string, number>, extra?: string) => [...new Set([...Object.keys(counts), ...(extra ? [extra] : [])])];
  const categoryIds = ids(facets.category, also.category);
  const provinceCodes = ids(facets.province, also.province);
  const communeCodes = ids(facets.commune, also.commune);
  const [categories, provinces, communes] = await Promise.all([
    categoryIds.length
      ? client.category.findMany({ where: { id: { in: categoryIds } }, select: { id: true, nameVi: true, nameEn: true } })
      : [],
    provinceCodes.length
      ? client.province.findMany({ where: { code: { in: provinceCodes } }, select: { code: true, name: true } })
      : [],
    communeCodes.length
      ? client.commune.findMany({
          where: { code: { in: communeCodes } },
          select: { code: true, name: true, province: { select: { shortName: true } } },
        })
      : [],
  ]);
  return {
    category: Object.fromEntries(categories.map((c) => [c.id, language === "en" ? c.nameEn : c.nameVi])),
    province: Object.fromEntries(provinces.map((p) => [p.code, p.name])),
    commune: Object.fromEntries(communes.map((c) => [c.code, `${c.name}, ${c.province.shortName}`])),
  };
}
