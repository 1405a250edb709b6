// Prints the gzipped JavaScript a first visit to each public page fetches before and during
// hydration, read from the production build (`npx remix vite:build` first): entry, root and the
// route's chunk with everything they import statically. Lazy chunks
// loaded after hydration (the Leaflet map on /sales-points, ~46 KB) are listed separately.
// Issue #16 budget: 120 KB per page.  Usage: npx tsx scripts/js-size.ts [buildDir]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 120;
const assets = join(process.argv[2] ?? "build", "client", "assets");
const files = readdirSync(assets).filter((file) => file.endsWith(".js"));
const source = (file: string) => readFileSync(join(assets, file));
const gzippedKb = (file: string) => gzipSync(source(file), { level: 9 }).length / 1024;
const staticImports = (file: string) =>
  [...source(file).toString("utf8").matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((match) => match[1]!);
const chunk = (name: string) => files.find((file) => new RegExp(`^${name.replace(/[.$]/g, "\\$&")}-[\\w-]{8}\\.js$`).test(file));

function closure(start: string[]) {
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...staticImports(file));
  }
  return seen;
}

// The page's strings travel inside its HTML (ADR 0021), so entry and root are the whole shell.
const common = ["entry.client", "root"].map((name) => chunk(name)).filter((file): file is string => !!file);
const routes = ["_index", "products._index", "products._slug", "producers._index", "producers._slug", "sales-points._index",
  "sales-points._id", "search", "fairs._index", "fairs._slug", "verify._index", "verify._code", "complaints.new", "complaints.track",
  "news._index", "news._slug", "stats", "open-data", "login", "signup"];
let over = 0;
for (const route of routes) {
  const file = chunk(route);
  if (!file) continue;
  const loaded = closure([...common, file]);
  const total = [...loaded].reduce((sum, name) => sum + gzippedKb(name), 0);
  const biggest = [...loaded].map((name) => [name, gzippedKb(name)] as const).sort((a, b) => b[1] - a[1]).slice(0, 4);
  if (total > BUDGET_KB) over++;
  console.log(`${route.padEnd(20)} ${total.toFixed(1).padStart(6)} KB ${total > BUDGET_KB ? "over" : "ok  "}  ${biggest.map(([name, kb]) => `${name} ${kb.toFixed(1)}`).join(", ")}`);
}
const map = chunk("sales-point-map.client");
if (map) console.log(`lazy: ${map} ${gzippedKb(map).toFixed(1)} KB (after hydration on /sales-points)`);
console.log(`${over} page(s) over the ${BUDGET_KB} KB budget`);
