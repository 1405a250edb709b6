// The search module's front door: `getSearchEngine()` for reading, `syncSearch(tx, ...)` for
// catalogue writes. Meilisearch when MEILI_HOST is set, the embedded SQLite FTS5 engine otherwise.
import { databaseUrl, db } from "~/utils/db.server";
import { EmbeddedSearchEngine } from "./embedded-engine.server";
import { MeiliSearchEngine, startSearchOutboxWorker } from "./meili-engine.server";
import type { SearchEngine } from "./search.types";

export { syncSearch } from "./sync.server";
export { normalizeSearchQuery } from "./query";
export type * from "./search.types";

const globalForSearch = globalThis as unknown as { __searchEngine?: SearchEngine };

export function createSearchEngine(env: NodeJS.ProcessEnv = process.env): SearchEngine {
  if (env.MEILI_HOST) {
    return new MeiliSearchEngine({ db, host: env.MEILI_HOST, apiKey: env.MEILI_API_KEY, indexUid: env.MEILI_INDEX });
  }
  return new EmbeddedSearchEngine({ db, databaseUrl: databaseUrl() });
}

/** The process-wide engine (one read connection / one Meilisearch client). */
export function getSearchEngine(): SearchEngine {
  return (globalForSearch.__searchEngine ??= createSearchEngine());
}

/**
 * Call once when the server starts: loads the embedded engine's in-memory columns, or starts
 * the outbox worker that feeds Meilisearch. Returns a stop function for graceful shutdown.
 */
export function startSearchBackgroundWork(): () => void {
  const engine = getSearchEngine();
  if (engine instanceof MeiliSearchEngine) return startSearchOutboxWorker(db, engine);
  if (engine instanceof EmbeddedSearchEngine) engine.warmUp();
  return () => {};
}
