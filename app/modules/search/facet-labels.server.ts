// Names for the facet values the engine returns as ids and codes: categories (in the page's
// language), provinces and communes, from the reference-data cache (no query per search); an
// id the catalogue no longer has keeps its raw value as the label.
import type { Language } from "~/i18n";
import { categoryTree, placeDirectory, placeOf } from "~/modules/reference/reference-data.server";
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
  const [tree, directory] = await Promise.all([categoryTree(client), placeDirectory(client)]);
  const named = <T,>(keys: string[], name: (key: string) => T | undefined) =>
    Object.fromEntries(keys.flatMap((key) => {
      const value = name(key);
      return value === undefined ? [] : [[key, value] as const];
    }));
  return {
    category: named(categoryIds, (id) => {
      const category = tree.byId.get(id);
      return category && (language === "en" ? category.nameEn : category.nameVi);
    }),
    province: named(provinceCodes, (code) => directory.provinces.get(code)?.name),
    commune: named(communeCodes, (code) => {
      const place = placeOf(directory, code);
      return place ? `${place.name}, ${place.province.shortName}` : undefined;
    }),
  };
}
