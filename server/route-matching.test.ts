// The memoised route matching of ADR 0030 (scripts/patch-remix-server.mjs) answers exactly as
// @remix-run/router's own code does: the patched CommonJS file the server loads is compared, on
// this app's whole route tree, with the untouched ES module build of the same version.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ignoredRouteFiles } from "../remix.config.js";

type Route = { id: string; path?: string; index?: boolean; caseSensitive?: boolean; children?: Route[] };
type Match = { params: Record<string, string | undefined>; pathname: string; pathnameBase: string; route: Route };
type MatchRoutes = (routes: Route[], location: string) => Match[] | null;

const require = createRequire(import.meta.url);
const patchedFile = require.resolve("@remix-run/router");
const patched = require("@remix-run/router") as { matchRoutes: MatchRoutes; matchPath: (pattern: string, pathname: string) => unknown };
const reference = (await import(pathToFileURL(path.join(path.dirname(patchedFile), "router.js")).href)) as typeof patched;
const { flatRoutes } = require("@remix-run/dev/dist/config/flat-routes.js") as {
  flatRoutes: (appDir: string, ignored: string[]) => Record<string, { id: string; parentId?: string; path?: string; index?: boolean; caseSensitive?: boolean }>;
};

/** The app's routes as the server holds them: a tree under root, built as Remix builds it. */
function appRoutes(): Route[] {
  const manifest = flatRoutes(path.resolve(import.meta.dirname, "../app"), ignoredRouteFiles);
  const byParent = new Map<string, Route[]>();
  for (const entry of Object.values(manifest)) {
    const parent = entry.parentId ?? "root";
    byParent.set(parent, [...(byParent.get(parent) ?? []), { id: entry.id, path: entry.path, index: entry.index, caseSensitive: entry.caseSensitive }]);
  }
  const attach = (route: Route): Route => {
    const children = byParent.get(route.id);
    return children ? { ...route, children: children.map(attach) } : route;
  };
  return [attach({ id: "root", path: "" })];
}

/** Every route's own URL with sample parameter values, and URLs that match nothing or only a splat. */
function samplePaths(routes: Route[]): string[] {
  const paths = new Set<string>(["/", "/khong-co-trang-nay", "/products/", "//products", "/PRODUCTS", "/fairs/ten%20co%20dau%20cach", "/a/b/c/d/e"]);
  const visit = (route: Route, parent: string) => {
    const full = [parent, route.path ?? ""].filter(Boolean).join("/");
    const concrete = full.replace(/:(\w+)\??/g, "mau-$1").replace(/\*$/, "x/y");
    paths.add(`/${concrete}`);
    paths.add(`/${concrete}/`);
    paths.add(`/${concrete}/them`);
    route.children?.forEach((child) => visit(child, full));
  };
  routes.forEach((route) => visit(route, ""));
  return [...paths];
}

const ids = (matches: Match[] | null) => matches?.map((match) => ({ id: match.route.id, params: match.params, pathname: match.pathname, pathnameBase: match.pathnameBase }));

describe("memoised route matching", () => {
  it("is applied to the files the server loads", async () => {
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(patchedFile, "utf8")).toContain("memoised route matching v2 (ADR 0030)");
    expect(readFileSync(require.resolve("@remix-run/react/dist/server.js"), "utf8")).toContain("server routes made once v2 (ADR 0030)");
    expect(readFileSync(require.resolve("react-router-dom/server.js"), "utf8")).toContain("static data routes made once (ADR 0030)");
  });

  it("matches every URL of the app exactly as the unpatched router does, the first time and when cached", () => {
    const routes = appRoutes();
    const paths = samplePaths(routes);
    expect(paths.length).toBeGreaterThan(300);
    for (let round = 0; round < 2; round++) {
      for (const pathname of paths) {
        expect(ids(patched.matchRoutes(routes, pathname)), pathname).toEqual(ids(reference.matchRoutes(routes, pathname)));
      }
    }
    // the routes the server serves most, as a check that the comparison is not of two nulls
    expect(ids(patched.matchRoutes(routes, "/fairs/hoi-cho-xuan"))?.map((match) => match.id)).toEqual(["root", "routes/fairs.$slug"]);
    expect(ids(patched.matchRoutes(routes, "/business/fairs/hoi-cho-xuan"))?.map((match) => match.id)).toEqual(["root", "routes/business", "routes/business.fairs.$slug"]);
  });

  it("gives every caller its own match objects: what one request does to them does not reach the next", () => {
    const routes = appRoutes();
    const first = patched.matchRoutes(routes, "/fairs/hoi-cho-xuan")!;
    first[1]!.params.slug = "da-bi-doi";
    first[1]!.pathname = "/khac";
    const second = patched.matchRoutes(routes, "/fairs/hoi-cho-xuan")!;
    expect(second[1]).toMatchObject({ params: { slug: "hoi-cho-xuan" }, pathname: "/fairs/hoi-cho-xuan" });
    // as in the original, the matches of one list share one params object
    expect(second[0]!.params).toBe(second[1]!.params);
  });

  it("keeps each route array's own answer: a second tree with other paths is not confused with the first", () => {
    const first: Route[] = [{ id: "a", path: "/a/:x" }];
    const second: Route[] = [{ id: "b", path: "/a/:x/:y?" }];
    expect(ids(patched.matchRoutes(first, "/a/1"))?.[0]?.id).toBe("a");
    expect(ids(patched.matchRoutes(second, "/a/1/2"))).toEqual(ids(reference.matchRoutes(second, "/a/1/2")));
    expect(patched.matchRoutes(first, "/a/1/2")).toBeNull();
  });

  it("compiles a pattern once per case rule and end rule: a case-sensitive pattern stays case-sensitive", () => {
    expect(patched.matchPath("/Hoi-Cho", "/hoi-cho")).toEqual(reference.matchPath("/Hoi-Cho", "/hoi-cho"));
    const sensitive = { path: "/Hoi-Cho", caseSensitive: true, end: true };
    expect(patched.matchPath(sensitive as never, "/hoi-cho")).toBeNull();
    expect(patched.matchPath({ path: "/Hoi-Cho", caseSensitive: false, end: false } as never, "/hoi-cho/a")).toEqual(
      reference.matchPath({ path: "/Hoi-Cho", caseSensitive: false, end: false } as never, "/hoi-cho/a"),
    );
  });

  it("makes a render's data routes once per route tree, as the unpatched router makes them", async () => {
    type StaticRouter = { routes: Route[] };
    type CreateStaticRouter = (routes: Route[], context: Record<string, unknown>) => StaticRouter;
    const patchedServer = require("react-router-dom/server.js") as { createStaticRouter: CreateStaticRouter };
    const referenceServer = (await import(pathToFileURL(path.join(path.dirname(require.resolve("react-router-dom/server.js")), "server.mjs")).href)) as {
      createStaticRouter: CreateStaticRouter;
    };
    const context = { basename: "/", location: { pathname: "/fairs/x", search: "", hash: "" }, matches: [], loaderData: {}, actionData: null, errors: null, statusCode: 200, loaderHeaders: {}, actionHeaders: {}, activeDeferreds: null };
    const shape = (routes: Route[]): unknown => routes.map((r) => ({ id: r.id, path: r.path, index: r.index, children: r.children ? shape(r.children) : undefined }));
    const routes = appRoutes();
    const first = patchedServer.createStaticRouter(routes, context);
    expect(shape(first.routes)).toEqual(shape(referenceServer.createStaticRouter(appRoutes(), context).routes));
    // the same tree again: the same data routes; another tree: its own
    expect(patchedServer.createStaticRouter(routes, context).routes).toBe(first.routes);
    expect(patchedServer.createStaticRouter(appRoutes(), context).routes).not.toBe(first.routes);
  });
});
