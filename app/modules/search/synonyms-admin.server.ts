// The office keeps the synonym groups search expands queries with (lạc/đậu phộng, heo/lợn…).
// Invariants: terms are stored folded ("dau phong"), a group has at least two distinct terms,
// and a term belongs to at most one group, so an expansion is never ambiguous.
import { recordAudit } from "~/modules/audit/audit.server";
import { Conflict, Forbidden, Invalid, NotFound } from "~/modules/errors";
import { hasPermission, type Actor } from "~/modules/identity/permissions";
import type { Tx } from "~/utils/db.server";
import { foldVietnamese } from "~/utils/text";
import { getSearchEngine } from "./index.server";
import { MeiliSearchEngine } from "./meili-engine.server";
import { MAX_SYNONYM_TERMS } from "./synonyms.schema";
import { ONE_WAY_MARK } from "./query";
import { expandingTerms, invalidateSynonymCache, parseSynonymTerms } from "./synonyms.server";
import { inTransaction } from "~/modules/transactions.server";

function assertCanEdit(actor: Actor) {
  if (!hasPermission(actor, "office:products:review")) throw new Forbidden();
}

/**
 * "Lạc, đậu phộng , LẠC" → ["lac", "dau phong"]: folded like queries, de-duplicated.
 * "thơm > dứa, khóm" is a one-way group: ["thom", ">", "dua", "khom"] ("thơm" finds pineapple,
 * "dứa" does not find everything fragrant).
 */
export function foldSynonymTerms(input: string): string[] {
  const fold = (part: string) =>
    part
      .split(/[,;\n]/)
      .map((term) => foldVietnamese(term).replace(/[^a-z0-9]+/g, " ").trim())
      .filter(Boolean);
  const arrow = input.indexOf(ONE_WAY_MARK);
  if (arrow >= 0) {
    const [from] = fold(input.slice(0, arrow));
    const to = [...new Set(fold(input.slice(arrow + 1)))].filter((t) => t !== from);
    return from && to.length ? [from, ONE_WAY_MARK, ...to] : [...(from ? [from] : []), ...to];
  }
  return [...new Set(fold(input))];
}

/** How a group reads in the office: "lac, dau phong" or "thom > dua, khom". */
export function formatSynonymGroup(terms: string[]): string {
  return terms[1] === ONE_WAY_MARK ? `${terms[0]} > ${terms.slice(2).join(", ")}` : terms.join(", ");
}

export interface SynonymGroupView {
  id: string;
  terms: string[];
  createdAt: Date;
}

export async function listSynonymGroups(client: Pick<Tx, "synonymGroup">, { actor }: { actor: Actor }): Promise<SynonymGroupView[]> {
  assertCanEdit(actor);
  const rows = await client.synonymGroup.findMany({ orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({ id: row.id, terms: parseSynonymTerms(row.terms), createdAt: row.createdAt }));
}

async function addSynonymGroupInTx(tx: Tx, { actor, terms: input }: { actor: Actor; terms: string }): Promise<SynonymGroupView> {
  assertCanEdit(actor);
  const terms = foldSynonymTerms(input);
  if (terms.filter((t) => t !== ONE_WAY_MARK).length < 2) throw new Invalid("errors.fixBelow", { terms: ["searchUi.synonyms.errors.tooFew"] });
  if (terms.filter((t) => t !== ONE_WAY_MARK).length > MAX_SYNONYM_TERMS) throw new Invalid("errors.fixBelow", { terms: ["searchUi.synonyms.errors.tooMany"] });
  const existing = await tx.synonymGroup.findMany({ select: { terms: true } });
  // A term expands through at most one group; a one-way group's targets may appear anywhere.
  const taken = new Set(existing.flatMap((row) => expandingTerms(parseSynonymTerms(row.terms))));
  if (expandingTerms(terms).some((term) => taken.has(term))) {
    throw new Conflict("errors.fixBelow", { terms: ["searchUi.synonyms.errors.termTaken"] });
  }
  const row = await tx.synonymGroup.create({ data: { terms: JSON.stringify(terms) } });
  await recordAudit(tx, { actorId: actor.userId, action: "search.synonyms.add", entityType: "SynonymGroup", entityId: row.id, data: { terms } });
  return { id: row.id, terms, createdAt: row.createdAt };
}

async function deleteSynonymGroupInTx(tx: Tx, { actor, groupId }: { actor: Actor; groupId: string }): Promise<void> {
  assertCanEdit(actor);
  const row = await tx.synonymGroup.findUnique({ where: { id: groupId } });
  if (!row) throw new NotFound();
  await tx.synonymGroup.delete({ where: { id: groupId } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "search.synonyms.delete",
    entityType: "SynonymGroup",
    entityId: groupId,
    data: { terms: parseSynonymTerms(row.terms) },
  });
}

/**
 * Call after the transaction commits: the next search reads the new groups. Meilisearch keeps
 * its own copy in the index settings; if updating it fails the embedded engine is unaffected
 * and the next rebuild or boot pushes the settings again.
 */
export async function synonymsChanged(): Promise<void> {
  invalidateSynonymCache();
  const engine = getSearchEngine();
  if (engine instanceof MeiliSearchEngine) {
    await engine.updateSettings().catch((error: unknown) => console.error("search: could not update Meilisearch synonyms", error));
  }
}

// ───────────── use cases: each opens its own short transaction (ADR 0010) ─────────────

export const addSynonymGroup = inTransaction(addSynonymGroupInTx);
export const deleteSynonymGroup = inTransaction(deleteSynonymGroupInTx);
