import { describe, expect, it } from "vitest";
import { scanRouteNamespaces } from "../../scripts/route-namespaces";
import { ROUTE_NAMESPACES, SHARED_NAMESPACES } from "./route-namespaces";
import { jsonForScript, namespacesFor, pickNamespaces } from "./strings";
import vi from "./vi";

describe("per-route string namespaces (ADR 0021)", () => {
  const scanned = scanRouteNamespaces();

  it("loads on every page each namespace that root and its components use", () => {
    expect(scanned.shared.filter((namespace) => !SHARED_NAMESPACES.includes(namespace))).toEqual([]);
  });

  it("declares for every route each namespace its components and modules mention", () => {
    const missing: string[] = [];
    for (const [route, namespaces] of Object.entries(scanned.routes)) {
      const declared = new Set([...SHARED_NAMESPACES, ...(ROUTE_NAMESPACES[route] ?? [])]);
      for (const namespace of namespaces) if (!declared.has(namespace)) missing.push(`${route}: ${namespace}`);
    }
    // Fix: npx tsx scripts/route-namespaces.ts --write
    expect(missing).toEqual([]);
  });

  it("names only namespaces that exist", () => {
    const known = new Set(Object.keys(vi));
    const unknown = [...SHARED_NAMESPACES, ...Object.values(ROUTE_NAMESPACES).flat()].filter((namespace) => !known.has(namespace));
    expect(unknown).toEqual([]);
  });

  it("finds keys the way pages write them (call, constant, template, data)", () => {
    // The home page's route mentions home.* keys; /products mentions catalog.* and legalForm.* through its components.
    expect(scanned.routes["routes/_index"]).toContain("home");
    expect(scanned.routes["routes/products._index"]).toEqual(expect.arrayContaining(["catalog", "legalForm"]));
    expect(scanned.routes["routes/products._index"]).not.toContain("salesPoints");
  });

  it("gives a page its routes' namespaces plus the one of a flash message, and nothing else", () => {
    const namespaces = namespacesFor(["root", "routes/_index"], ["auth.loggedOut", undefined, "not a key"]);
    expect(namespaces).toEqual([...new Set([...SHARED_NAMESPACES, "home", "auth"])].sort());
    const picked = pickNamespaces(vi as Record<string, unknown>, namespaces);
    expect(Object.keys(picked).sort()).toEqual(namespaces.filter((namespace) => namespace in vi));
    expect(picked).not.toHaveProperty("salesPoints");
  });

  it("writes JSON that cannot close the script element it sits in", () => {
    const text = jsonForScript({ a: "</script><script>alert(1)</script>", b: "<!--" });
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual({ a: "</script><script>alert(1)</script>", b: "<!--" });
  });
});
