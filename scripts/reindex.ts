// npm run reindex — rebuilds the configured search engine (Meilisearch when MEILI_HOST is set,
// the embedded SQLite FTS5 index otherwise) from the database, showing progress on stderr.
import { performance } from "node:perf_hooks";
import { db, dbReady } from "~/utils/db.server";
import { createSearchEngine } from "~/modules/search/index.server";

async function main() {
  await dbReady;
  const engine = createSearchEngine();
  const started = performance.now();
  const interactive = process.stderr.isTTY;
  let lastLine = 0;
  process.stderr.write(`Rebuilding the ${engine.name} search index…\n`);
  const { documents } = await engine.rebuild(({ done, total, phase }) => {
    const now = performance.now();
    if (interactive ? now - lastLine < 100 : now - lastLine < 2000 && done < total) return;
    lastLine = now;
    const percent = total ? Math.min(100, Math.floor((done / total) * 100)) : 100;
    const width = 30;
    const bar = "█".repeat(Math.round((percent / 100) * width)).padEnd(width, "░");
    const line = `${bar} ${String(percent).padStart(3)}%  ${done.toLocaleString("vi-VN")}/${total.toLocaleString("vi-VN")} rows  ${phase}`;
    process.stderr.write(interactive ? `\r${line}` : `${line}\n`);
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`${interactive ? "\n" : ""}Indexed ${documents.toLocaleString("vi-VN")} documents in ${seconds} s.\n`);
  await db.$disconnect();
}

main().catch(async (error) => {
  console.error(error);
  await db.$disconnect();
  process.exit(1);
});
