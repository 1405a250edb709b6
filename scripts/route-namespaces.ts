// Which string namespaces (top-level keys of app/locales/vi.ts) each route needs, found by
// reading the route file and every app file it imports, directly or not, for string literals
// that start with "<namespace>." — `t("catalog.title")`, a key kept in a constant, a template
// such as `legalForm.${form}`, or an error key a server module returns. Server modules are read
// too (their keys reach the page as loader or action data), so the result errs on the side of
// loading too much, never too little.
//
//   npx tsx scripts/route-namespaces.ts           prints the table and what the map lacks
//   npx tsx scripts/route-namespaces.ts --write   rewrites app/locales/route-namespaces.ts
//
// app/locales/route-namespaces.test.ts fails when the checked-in map misses a namespace.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import vi from "../app/locales/vi";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const appDir = join(root, "app");
const localesDir = join(appDir, "locales");
// Prisma's generated client mentions model names such as "business.verify" in its own strings.
const generatedDir = join(appDir, "generated");
/** Loaded on every page whether root mentions them or not (buttons and pagination everywhere). */
const alwaysShared = ["common", "errorPage"];
export const allNamespaces = Object.keys(vi);

const importPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;
const keyPattern = /["'`]([A-Za-z][A-Za-z0-9]*)\.[A-Za-z0-9_$]/g;

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("~/")) base = join(appDir, specifier.slice(2));
  else if (specifier.startsWith(".")) base = resolve(dirname(from), specifier);
  else return null;
  base = base.replace(/\?.*$/, "");
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

const fileCache = new Map<string, { imports: string[]; namespaces: Set<string> }>();
function readModule(file: string) {
  let entry = fileCache.get(file);
  if (entry) return entry;
  const source = readFileSync(file, "utf8");
  const imports: string[] = [];
  for (const match of source.matchAll(importPattern)) {
    const target = resolveImport(file, match[1]!);
    // The string tables themselves are what is being chosen, not a use of them.
    if (target && !target.startsWith(localesDir + "/") && !target.startsWith(generatedDir + "/")) imports.push(target);
  }
  const namespaces = new Set<string>();
  for (const match of source.matchAll(keyPattern)) if (allNamespaces.includes(match[1]!)) namespaces.add(match[1]!);
  entry = { imports, namespaces };
  fileCache.set(file, entry);
  return entry;
}

/** The namespaces a module and everything it imports from app/ mention. */
export function namespacesOfModule(file: string): Set<string> {
  const seen = new Set<string>();
  const found = new Set<string>();
  const stack = [file];
  while (stack.length) {
    const current = stack.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    const { imports, namespaces } = readModule(current);
    for (const namespace of namespaces) found.add(namespace);
    stack.push(...imports);
  }
  return found;
}

/** Route id (as Remix names it: "routes/products._index") → file, for every UI route. */
export function routeFiles(): Map<string, string> {
  const routes = new Map<string, string>([["root", join(appDir, "root.tsx")]]);
  for (const name of readdirSync(join(appDir, "routes"))) {
    if (/\.test\.tsx?$/.test(name) || /\.schema\.ts$/.test(name) || name.startsWith(".")) continue;
    const file = join(appDir, "routes", name);
    if (statSync(file).isDirectory()) {
      const index = ["route.tsx", "route.ts"].map((entry) => join(file, entry)).find(existsSync);
      if (index) routes.set(`routes/${name}/route`, index);
      continue;
    }
    // Resource routes (.ts, no default export) render no strings on the client.
    if (!name.endsWith(".tsx")) continue;
    routes.set(`routes/${name.replace(/\.tsx$/, "")}`, file);
  }
  return routes;
}

/** What each route needs beyond the namespaces root needs (which every page loads). */
export function scanRouteNamespaces(): { shared: string[]; routes: Record<string, string[]> } {
  const files = routeFiles();
  const shared = new Set([...namespacesOfModule(files.get("root")!), ...alwaysShared]);
  const routes: Record<string, string[]> = {};
  for (const [id, file] of files) {
    if (id === "root") continue;
    const own = [...namespacesOfModule(file)].filter((namespace) => !shared.has(namespace)).sort();
    if (own.length) routes[id] = own;
  }
  return { shared: [...shared].sort(), routes };
}

function writeMap() {
  const { shared, routes } = scanRouteNamespaces();
  const lines = Object.entries(routes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, namespaces]) => `  ${JSON.stringify(id)}: ${JSON.stringify(namespaces)},`);
  const text = `// Generated by \`npx tsx scripts/route-namespaces.ts --write\` (checked by route-namespaces.test.ts):
// the string namespaces each route needs beyond the ones every page loads. See ADR 0021.
export const SHARED_NAMESPACES: readonly string[] = ${JSON.stringify(shared)};

export const ROUTE_NAMESPACES: Readonly<Record<string, readonly string[]>> = {
${lines.join("\n")}
};
`;
  writeFileSync(join(localesDir, "route-namespaces.ts"), text);
  console.log(`wrote ${relative(root, join(localesDir, "route-namespaces.ts"))}: ${Object.keys(routes).length} routes, shared ${shared.join(", ")}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--write")) writeMap();
  else {
    const { shared, routes } = scanRouteNamespaces();
    console.log(`shared: ${shared.join(", ")}`);
    for (const [id, namespaces] of Object.entries(routes)) console.log(`${id.padEnd(48)} ${namespaces.join(", ")}`);
  }
}
