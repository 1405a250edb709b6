// The server's route work done once, not on every request (ADR 0030). Remix 2 on the server
// recomputes things that never change while a build is loaded, in three packages' CommonJS
// files (the browser bundle uses their ES module builds and is not touched):
// - @remix-run/router flattens, ranks and compiles to regular expressions the whole route tree
//   on every `matchRoutes` call, and a request makes several. Kept: the ranked branches of each
//   route array (a WeakMap keyed by the array itself); the matches of each path on each route
//   array (at most 1,000 paths per array; every caller gets fresh match objects, so nothing one
//   request does to them reaches another); each compiled path pattern (a Map bounded in size; a
//   RegExp without the g flag keeps no state).
// - @remix-run/react's RemixServer builds the render's route tree from the build's manifest on
//   every render, and react-router-dom's createStaticRouter converts it to data routes on every
//   render: new arrays each time, so every match on them started from scratch. Kept: the route
//   tree per manifest and route modules, the data routes per route tree. Both are pure functions
//   of the build (route components, ids, paths), nothing of the request.
// Idempotent; run by scripts/setup.sh. Refuses loudly if a file is not the one it knows.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * Applies one package file's edits and adds its code before an anchor, each anchor found
 * exactly once, from the file as npm installed it (kept beside it as `.pristine` when an older
 * version of the patch is there).
 */
function patch({ module, packageName, version, marker, edits, inject, done }) {
  const file = require.resolve(module);
  const installed = require(`${packageName}/package.json`).version;
  let source = readFileSync(file, "utf8");
  if (source.includes(marker)) return;
  const pristine = `${file}.pristine`;
  if (source.includes("/* hang-viet: ")) source = readFileSync(pristine, "utf8");
  else writeFileSync(pristine, source);
  if (installed !== version) {
    console.error(`patch-remix-server: written for ${packageName} ${version}, found ${installed}; review ADR 0030 and the patch`);
    process.exit(1);
  }
  // the added code goes before its anchor, under the marker that says the file is patched
  const additions = { find: inject.before, replace: `${marker}\n${inject.code}${inject.before}` };
  for (const { find, replace } of [...edits, additions]) {
    if (source.split(find).length !== 2) {
      console.error(`patch-remix-server: ${file} does not contain exactly one\n${find}`);
      process.exit(1);
    }
    source = source.replace(find, () => replace);
  }
  writeFileSync(file, source);
  console.log(`› ${done} (${packageName}, ADR 0030)`);
}

patch({
  module: "@remix-run/router",
  packageName: "@remix-run/router",
  version: "1.23.3",
  marker: "/* hang-viet: memoised route matching v2 (ADR 0030) */",
  done: "route matching memoised",
  edits: [
    { find: "function compilePath(path, caseSensitive, end) {\n  if (caseSensitive", replace: "function compilePathUncached(path, caseSensitive, end) {\n  if (caseSensitive" },
    {
      find: "function matchRoutesImpl(routes, locationArg, basename, allowPartial) {\n  let location =",
      replace: "function matchRoutesImplUncached(routes, locationArg, basename, allowPartial) {\n  let location =",
    },
    {
      find: "  let branches = flattenRoutes(routes);\n  rankRouteBranches(branches);\n  let matches = null;",
      replace: "  let branches = rankedBranches(routes);\n  let matches = null;",
    },
  ],
  inject: {
    before: "function convertRouteMatchToUiMatch(match, loaderData) {",
    code: `const rankedBranchesByRoutes = new WeakMap();
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
`,
  },
});

patch({
  module: "@remix-run/react/dist/server.js",
  packageName: "@remix-run/react",
  version: "2.17.5",
  marker: "/* hang-viet: server routes made once v2 (ADR 0030) */",
  done: "the render's route tree made once per build",
  edits: [
    {
      find: "  let routes$1 = routes.createServerRoutes(manifest.routes, routeModules, context.future, context.isSpaMode);",
      replace: "  let routes$1 = serverRoutesFor(manifest.routes, routeModules, context.future, context.isSpaMode);",
    },
  ],
  inject: {
    before: "function RemixServer({",
    code: `const serverRoutesByManifest = new WeakMap();
// the route modules come in a new object per request, holding the build's same modules
function sameModules(a, b) {
  for (let id in b) if (a[id] !== b[id]) return false;
  for (let id in a) if (!(id in b)) return false;
  return true;
}
function serverRoutesFor(manifestRoutes, routeModules, future, isSpaMode) {
  let made = serverRoutesByManifest.get(manifestRoutes);
  if (!made || made.isSpaMode !== isSpaMode || !sameModules(made.routeModules, routeModules)) {
    made = { isSpaMode, routeModules, routes: routes.createServerRoutes(manifestRoutes, routeModules, future, isSpaMode) };
    serverRoutesByManifest.set(manifestRoutes, made);
  }
  return made.routes;
}
`,
  },
});

patch({
  module: "react-router-dom/server.js",
  packageName: "react-router-dom",
  version: "6.30.4",
  marker: "/* hang-viet: static data routes made once (ADR 0030) */",
  done: "the render's data routes made once per route tree",
  edits: [
    {
      find: "  let manifest = {};\n  let dataRoutes = router.UNSAFE_convertRoutesToDataRoutes(routes, reactRouter.UNSAFE_mapRouteProperties, undefined, manifest);",
      replace: "  let { manifest, dataRoutes } = staticDataRoutesFor(routes);",
    },
  ],
  inject: {
    before: "function createStaticRouter(routes, context, opts = {}) {",
    code: `const staticDataRoutes = new WeakMap();
function staticDataRoutesFor(routes) {
  let made = staticDataRoutes.get(routes);
  if (!made) {
    let manifest = {};
    let dataRoutes = router.UNSAFE_convertRoutesToDataRoutes(routes, reactRouter.UNSAFE_mapRouteProperties, undefined, manifest);
    made = { manifest, dataRoutes };
    staticDataRoutes.set(routes, made);
  }
  return made;
}
`,
  },
});
