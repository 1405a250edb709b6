// Route matching on the server without rework (ADR 0030). @remix-run/router 1.x flattens, ranks
// and compiles to regular expressions the whole route tree on every `matchRoutes` call, and a
// request makes several: with this app's routes that was a fifth of a request's CPU. The server's
// route trees never change once the build is loaded, so this remembers, in the CommonJS file the
// server loads (the browser bundle is not touched):
// - the ranked branches of each route array (a WeakMap keyed by the array itself);
// - the matches of each path on each route array (at most 1,000 paths per array; every caller
//   gets fresh match objects, so nothing one request does to them reaches another);
// - each compiled path pattern (a Map bounded in size; a RegExp without the g flag keeps no state).
// Idempotent; run by scripts/setup.sh. Refuses loudly if the file is not the one it knows.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const MARKER = "/* hang-viet: memoised route matching v2 (ADR 0030) */";
const require = createRequire(import.meta.url);
const file = require.resolve("@remix-run/router");
const { version } = require("@remix-run/router/package.json");
let source = readFileSync(file, "utf8");

if (source.includes(MARKER)) process.exit(0);
// An earlier version of this patch: start again from the file as npm installed it.
const pristine = `${file}.pristine`;
if (source.includes("/* hang-viet: memoised route matching")) source = readFileSync(pristine, "utf8");
else writeFileSync(pristine, source);
if (version !== "1.23.3") {
  console.error(`patch-remix-router: written for @remix-run/router 1.23.3, found ${version}; review ADR 0030 and the patch`);
  process.exit(1);
}

const edits = [
  { find: "function compilePath(path, caseSensitive, end) {\n  if (caseSensitive", replace: "function compilePathUncached(path, caseSensitive, end) {\n  if (caseSensitive" },
  {
    find: "function matchRoutesImpl(routes, locationArg, basename, allowPartial) {\n  let location =",
    replace: "function matchRoutesImplUncached(routes, locationArg, basename, allowPartial) {\n  let location =",
  },
  {
    find: "  let branches = flattenRoutes(routes);\n  rankRouteBranches(branches);\n  let matches = null;",
    replace: "  let branches = rankedBranches(routes);\n  let matches = null;",
  },
  {
    find: "function convertRouteMatchToUiMatch(match, loaderData) {",
    replace: `${MARKER}
const rankedBranchesByRoutes = new WeakMap();
function rankedBranches(routes) {
  let branches = rankedBranchesByRoutes.get(routes);
  if (!branches) {
    branches = flattenRoutes(routes);
    rankRouteBranches(branches);
    rankedBranchesByRoutes.set(routes, branches);
  }
  return branches;
}
const matchesByRoutes = new WeakMap();
function matchRoutesImpl(routes, locationArg, basename, allowPartial) {
  let path = typeof locationArg === "string" ? locationArg : locationArg.pathname || "/";
  let key = (allowPartial ? "1" : "0") + basename + "\\u0000" + path;
  let known = matchesByRoutes.get(routes);
  if (!known) matchesByRoutes.set(routes, (known = new Map()));
  let matches = known.get(key);
  if (matches === undefined) {
    matches = matchRoutesImplUncached(routes, locationArg, basename, allowPartial);
    if (known.size >= 1000) known.clear();
    known.set(key, matches);
  }
  if (!matches) return matches;
  // fresh objects for every caller, the params shared by a match list as the original shares them
  let params = Object.assign({}, matches[0].params);
  return matches.map(m => ({ params, pathname: m.pathname, pathnameBase: m.pathnameBase, route: m.route }));
}
const compiledPaths = new Map();
function compilePath(path, caseSensitive, end) {
  if (caseSensitive === void 0) caseSensitive = false;
  if (end === void 0) end = true;
  let key = (caseSensitive ? "1" : "0") + (end ? "1" : "0") + path;
  let compiled = compiledPaths.get(key);
  if (!compiled) {
    if (compiledPaths.size >= 2000) compiledPaths.clear();
    compiled = compilePathUncached(path, caseSensitive, end);
    compiledPaths.set(key, compiled);
  }
  return compiled;
}
function convertRouteMatchToUiMatch(match, loaderData) {`,
  },
];

for (const { find, replace } of edits) {
  if (source.split(find).length !== 2) {
    console.error(`patch-remix-router: ${file} does not contain exactly one\n${find}`);
    process.exit(1);
  }
  source = source.replace(find, () => replace);
}
writeFileSync(file, source);
console.log("› route matching memoised (@remix-run/router, ADR 0030)");
