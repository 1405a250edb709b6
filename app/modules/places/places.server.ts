// The 2025 two-tier places (34 provinces, 3,321 communes) and the map from pre-2025 communes
// to them. Read-only reference data loaded by the seed; every function takes the client (or a
// transaction) first so callers and tests choose the database.
import type { Tx } from "~/utils/db.server";
import { foldVietnamese } from "~/utils/text";

const provinceSummary = { code: true, name: true } as const;

export type OldCommuneMatch = {
  id: number;
  oldCode: string | null;
  oldName: string;
  oldDistrictName: string;
  oldProvinceName: string;
  newCommune: { code: string; name: string; province: { code: string; name: string } };
};

export type OldCommuneMapping = {
  old: {
    id: number;
    oldCode: string | null;
    oldName: string;
    oldDistrictName: string;
    oldProvinceName: string;
  };
  newCommune: { code: string; name: string; province: { code: string; name: string } };
};

export function listProvinces(client: Tx) {
  return client.province.findMany({
    select: { code: true, name: true, shortName: true, slug: true, placeType: true },
    orderBy: { code: "asc" },
  });
}

export function listCommunes(client: Tx, provinceCode: string) {
  return client.commune.findMany({
    where: { provinceCode },
    select: { code: true, name: true, provinceCode: true },
    orderBy: { code: "asc" },
  });
}

export function getCommune(client: Tx, code: string) {
  return client.commune.findUnique({
    where: { code },
    select: { code: true, name: true, provinceCode: true, province: { select: provinceSummary } },
  });
}

const mappingSelect = {
  id: true,
  oldCode: true,
  oldName: true,
  oldDistrictName: true,
  oldProvinceName: true,
  oldFolded: true,
  newCommune: { select: { code: true, name: true, province: { select: provinceSummary } } },
} as const;

/** Folded words of a query, stripped of anything that is not a letter or digit (so no LIKE wildcards). */
function queryTokens(query: string): string[] {
  return foldVietnamese(query)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

/**
 * Finds pre-2025 communes whose "name district province" text contains every word of the
 * query, diacritics optional: "binh trieu thang binh" finds Xã Bình Triều, Huyện Thăng Bình.
 * Rows whose old name starts with the query (after an optional "xã/phường/thị trấn") come first.
 */
export async function searchOldCommunes(client: Tx, query: string, limit = 10): Promise<OldCommuneMatch[]> {
  const tokens = queryTokens(query);
  if (tokens.length === 0 || limit <= 0) return [];
  const candidates = await client.communeMapping.findMany({
    where: { AND: tokens.map((token) => ({ oldFolded: { contains: token } })) },
    select: mappingSelect,
    orderBy: { id: "asc" },
    take: Math.max(limit * 5, 50),
  });
  const phrase = tokens.join(" ");
  const words = (text: string) => ` ${text.replace(/[^a-z0-9]+/g, " ").trim()} `;
  const score = (folded: string, oldName: string) => {
    const name = words(foldVietnamese(oldName)).replace(/^ (xa|phuong|thi tran|dac khu) /, " ");
    let s = 0;
    if (name.startsWith(` ${phrase}`)) s += 4;
    if (words(folded).includes(` ${phrase} `)) s += 2;
    // whole words beat fragments ("binh" should not rank "binhx" equally)
    s += tokens.filter((t) => words(folded).includes(` ${t} `)).length / tokens.length;
    return s;
  };
  return candidates
    .map((row) => ({ row, s: score(row.oldFolded, row.oldName) }))
    .sort((a, b) => b.s - a.s || a.row.id - b.row.id)
    .slice(0, limit)
    .map(({ row: { oldFolded: _ignored, ...rest } }) => rest);
}

/**
 * The 2025 commune an old commune became. The source data has no old code for some rows, so
 * a mapping row id works as well. An old code maps to one new commune in the data set.
 */
export async function mapOldCommune(
  client: Tx,
  ref: { oldCode: string } | { id: number },
): Promise<OldCommuneMapping | null> {
  const row = await client.communeMapping.findFirst({
    where: "id" in ref ? { id: ref.id } : { oldCode: ref.oldCode },
    select: mappingSelect,
    orderBy: { id: "asc" },
  });
  if (!row) return null;
  const { newCommune, oldFolded: _ignored, ...old } = row;
  return { old, newCommune };
}
