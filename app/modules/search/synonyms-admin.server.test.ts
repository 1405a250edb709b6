import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner, officeActor, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { Conflict, Forbidden, Invalid, NotFound } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import { db, dbReady } from "~/utils/db.server";
import { EmbeddedSearchEngine } from "./embedded-engine.server";
import { getSearchEngine } from "./index.server";
import { normalizeSearchQuery } from "./query";
import { ONE_WAY_MARK } from "./query";
import { REGIONAL_SYNONYMS } from "./regional-synonyms";
import { addSynonymGroup, deleteSynonymGroup, foldSynonymTerms, formatSynonymGroup, listSynonymGroups, synonymsChanged } from "./synonyms-admin.server";
import { expandingTerms, normalizeSynonymTerm, parseSynonymTerms } from "./synonyms.server";
import { syncSearch } from "./sync.server";

let officer: Actor;
beforeAll(async () => {
  await dbReady;
  await seedPlacesAndCategories(db);
  officer = await officeActor(db);
});
afterAll(() => {
  const engine = getSearchEngine();
  if (engine instanceof EmbeddedSearchEngine) engine.close();
});

const add = (terms: string, actor = officer) => addSynonymGroup(db, { actor, terms });

describe("foldSynonymTerms", () => {
  it("folds, trims and de-duplicates comma-separated terms", () => {
    expect(foldSynonymTerms(" Lạc, đậu phộng ,LẠC,, Đậu-Phộng ")).toEqual(["lac", "dau phong"]);
  });

  it("reads 'a > b, c' as a one-way group", () => {
    expect(foldSynonymTerms("Thơm > dứa, khóm, thơm")).toEqual(["thom", ">", "dua", "khom"]);
    expect(formatSynonymGroup(["thom", ">", "dua", "khom"])).toBe("thom > dua, khom");
  });
});

describe("regional synonym seed", () => {
  it("holds every group of REGIONAL_SYNONYMS (migration and list in step), each term expanding through one group only", async () => {
    const stored = (await db.synonymGroup.findMany({ select: { terms: true } })).map((g) => JSON.stringify(parseSynonymTerms(g.terms)));
    for (const group of REGIONAL_SYNONYMS) {
      const normalized = group.map((t) => (t === ONE_WAY_MARK ? t : normalizeSynonymTerm(t)));
      expect(stored).toContain(JSON.stringify(normalized));
    }
    expect(REGIONAL_SYNONYMS.length).toBeGreaterThanOrEqual(150);
    // Spelling variants inside one group may fold alike ("atiso", "atisô"); across groups never.
    const expanding = REGIONAL_SYNONYMS.flatMap((g) => [...new Set(expandingTerms(g.map((t) => (t === ONE_WAY_MARK ? t : normalizeSynonymTerm(t)))))]);
    expect(new Set(expanding).size).toBe(expanding.length);
  });
});

describe("synonym groups", () => {
  it("lists the groups seeded by the migration", async () => {
    const groups = await listSynonymGroups(db, { actor: officer });
    expect(groups.map((g) => g.terms)).toContainEqual(["lạc", "đậu phộng"]);
    expect(groups.map((g) => g.terms)).toContainEqual(["thom", ">", "dứa", "khom"]);
    expect(groups.length).toBeGreaterThanOrEqual(150);
  });

  it("adds a folded group with an audit entry, and deletes it with another", async () => {
    const group = await add("Mắm tép chua, mắm tôm chua");
    expect(group.terms).toEqual(["mam tep chua", "mam tom chua"]);
    const row = await db.synonymGroup.findUniqueOrThrow({ where: { id: group.id } });
    expect(JSON.parse(row.terms)).toEqual(["mam tep chua", "mam tom chua"]);

    await deleteSynonymGroup(db, { actor: officer, groupId: group.id });
    expect(await db.synonymGroup.findUnique({ where: { id: group.id } })).toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityType: "SynonymGroup", entityId: group.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["search.synonyms.add", "search.synonyms.delete"]);
  });

  it("refuses fewer than two distinct terms", async () => {
    await expect(add("Lạc, lac")).rejects.toBeInstanceOf(Invalid);
    await expect(add("lac")).rejects.toMatchObject({ fieldErrors: { terms: ["searchUi.synonyms.errors.tooFew"] } });
  });

  it("refuses a term that already belongs to another group, as a field error", async () => {
    const error = await add("đậu phộng, đậu lạc").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    expect(error).toMatchObject({ fieldErrors: { terms: ["searchUi.synonyms.errors.termTaken"] } });
  });

  it("is kept by officers only", async () => {
    const { actor: business } = await createBusinessWithOwner(db);
    await expect(add("khoai lang, khoai mật", business)).rejects.toBeInstanceOf(Forbidden);
    await expect(listSynonymGroups(db, { actor: business })).rejects.toBeInstanceOf(Forbidden);
    await expect(deleteSynonymGroup(db, { actor: officer, groupId: "missing" })).rejects.toBeInstanceOf(NotFound);
  });

  it("takes effect on the next search once the cache is invalidated", async () => {
    const { business } = await createBusinessWithOwner(db);
    const product = await db.product.create({
      data: { slug: "mam-cay-test", businessId: business.id, name: "Mắm cáy Kim Sơn", status: "APPROVED", publishedAt: new Date() },
    });
    await db.$transaction((tx) => syncSearch(tx, { productIds: [product.id] }));
    const find = async (q: string) => (await getSearchEngine().search(normalizeSearchQuery({ q }))).hits.map((h) => h.doc.id);
    expect(await find("mam cong ")).not.toContain(`product:${product.id}`);

    await add("mắm cáy, mắm còng");
    await synonymsChanged();
    expect(await find("mam cong ")).toContain(`product:${product.id}`);
  });
});
