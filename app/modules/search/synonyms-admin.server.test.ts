import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner, officeActor, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { Conflict, Forbidden, Invalid, NotFound } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import { db, dbReady } from "~/utils/db.server";
import { EmbeddedSearchEngine } from "./embedded-engine.server";
import { getSearchEngine } from "./index.server";
import { normalizeSearchQuery } from "./query";
import { addSynonymGroup, deleteSynonymGroup, foldSynonymTerms, listSynonymGroups, synonymsChanged } from "./synonyms-admin.server";
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
});

describe("synonym groups", () => {
  it("lists the groups seeded by the migration", async () => {
    const groups = await listSynonymGroups(db, { actor: officer });
    expect(groups.map((g) => g.terms)).toContainEqual(["lac", "dau phong"]);
  });

  it("adds a folded group with an audit entry, and deletes it with another", async () => {
    const group = await add("Mắm ruốc, mắm tôm chua");
    expect(group.terms).toEqual(["mam ruoc", "mam tom chua"]);
    const row = await db.synonymGroup.findUniqueOrThrow({ where: { id: group.id } });
    expect(JSON.parse(row.terms)).toEqual(["mam ruoc", "mam tom chua"]);

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
      data: { slug: "tuong-hot-test", businessId: business.id, name: "Tương hột Cự Đà", status: "APPROVED", publishedAt: new Date() },
    });
    await db.$transaction((tx) => syncSearch(tx, { productIds: [product.id] }));
    const find = async (q: string) => (await getSearchEngine().search(normalizeSearchQuery({ q }))).hits.map((h) => h.doc.id);
    expect(await find("tuong dau nanh ")).not.toContain(`product:${product.id}`);

    await add("tương hột, tương đậu nành");
    await synonymsChanged();
    expect(await find("tuong dau nanh ")).toContain(`product:${product.id}`);
  });
});
