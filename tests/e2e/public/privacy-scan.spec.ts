// Scans what the public sees (catalogue pages and open-data JSON, every page of it) for
// anything private in the e2e database: household owners' personal IDs, unpublished products,
// unverified businesses, private files. The secrets are read from the database at test time,
// so whatever earlier specs created or approved is taken into account.
import Database from "better-sqlite3";
import { expect, test } from "../fixtures";

interface Secrets {
  personalIds: string[];
  hiddenProducts: Array<{ name: string; slug: string; status: string }>;
  hiddenBusinesses: Array<{ name: string; slug: string }>;
  privateFiles: Array<{ id: string; storageKey: string }>;
}

function readSecrets(): Secrets {
  // scripts/e2e-server.sh keeps one database per port
  const db = new Database(`data/e2e-${process.env.E2E_PORT ?? 3210}.db`, { readonly: true, fileMustExist: true });
  try {
    return {
      personalIds: (db.prepare("SELECT ownerPersonalId FROM Business WHERE ownerPersonalId IS NOT NULL").all() as Array<{ ownerPersonalId: string }>).map(
        (r) => r.ownerPersonalId,
      ),
      hiddenProducts: db
        .prepare(
          `SELECT p.name, p.slug, p.status FROM Product p JOIN Business b ON b.id = p.businessId
           WHERE p.status <> 'APPROVED' OR b.status <> 'VERIFIED'`,
        )
        .all() as Secrets["hiddenProducts"],
      hiddenBusinesses: db.prepare("SELECT name, slug FROM Business WHERE status <> 'VERIFIED'").all() as Secrets["hiddenBusinesses"],
      privateFiles: db.prepare("SELECT id, storageKey FROM StoredFile WHERE isPrivate = 1").all() as Secrets["privateFiles"],
    };
  } finally {
    db.close();
  }
}

/**
 * A whole value in any of the forms a response carries it: an HTML text node, a JSON string, or
 * a string inside Remix's inline data script (escaped quotes). Whole values, not substrings, so
 * a hidden "Nước mắm" does not match a public "Nước mắm cá cơm".
 */
function containsValue(body: string, value: string): boolean {
  return [`>${value}<`, `"${value}"`, `\\"${value}\\"`, `/${value}"`, `/${value}\\"`].some((form) => body.includes(form));
}

function leaks(body: string, secrets: Secrets): string[] {
  const found: string[] = [];
  for (const id of secrets.personalIds) if (body.includes(id)) found.push(`personal ID ${id}`);
  for (const p of secrets.hiddenProducts) {
    if (containsValue(body, p.slug)) found.push(`${p.status} product slug ${p.slug}`);
    if (containsValue(body, p.name)) found.push(`${p.status} product name ${p.name}`);
  }
  for (const b of secrets.hiddenBusinesses) {
    if (containsValue(body, b.slug)) found.push(`unverified business slug ${b.slug}`);
    if (containsValue(body, b.name)) found.push(`unverified business name ${b.name}`);
  }
  for (const f of secrets.privateFiles) {
    if (body.includes(f.id)) found.push(`private file id ${f.id}`);
    if (body.includes(f.storageKey)) found.push(`private file key ${f.storageKey}`);
  }
  for (const field of ["ownerPersonalId", "povertyStatus", "NEAR_POOR", "documentFileId", "storageKey"]) {
    if (body.includes(field)) found.push(`field ${field}`);
  }
  return found;
}

test("public pages and open data never contain private or unpublished data", async ({ page, request }) => {
  test.setTimeout(120_000);
  const secrets = readSecrets();
  expect(secrets.personalIds.length).toBeGreaterThan(0);
  expect(secrets.hiddenProducts.length).toBeGreaterThan(0);
  expect(secrets.hiddenBusinesses.length).toBeGreaterThan(0);

  const scanned: string[] = [];
  const scan = async (path: string) => {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    expect(leaks(body, secrets), path).toEqual([]);
    scanned.push(path);
    return body;
  };

  // HTML: lists, then the detail pages they link to
  for (const path of ["/producers", "/products", "/products?sort=name&perPage=100", "/producers?perPage=100"]) await scan(path);
  await page.goto("/producers");
  const producerLinks = await page.locator("main a[href^='/producers/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(producerLinks.length).toBeGreaterThanOrEqual(5);
  for (const href of [...new Set(producerLinks)]) await scan(href);
  await page.goto("/products?perPage=100");
  const productLinks = await page.locator("main a[href^='/products/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(productLinks.length).toBeGreaterThanOrEqual(5);
  for (const href of [...new Set(productLinks)]) await scan(href);

  // JSON: every page, following links.next
  for (const start of ["/api/v1/producers?perPage=5", "/api/v1/products?perPage=5"]) {
    let next: string | null = start;
    let pages = 0;
    while (next) {
      const url = new URL(next, "http://placeholder");
      const body = await scan(url.pathname + url.search);
      const json = JSON.parse(body) as { data: unknown[]; links: { next: string | null } };
      expect(Array.isArray(json.data)).toBe(true);
      next = json.links.next;
      expect(++pages).toBeLessThan(100);
    }
    expect(pages).toBeGreaterThan(1);
  }
  const api = await request.get("/api/v1/products");
  expect(api.headers()["cache-control"]).toBe("public, max-age=300");
  expect(api.headers()["access-control-allow-origin"]).toBe("*");
  expect((await request.get("/api/v1/products?perPage=500")).status()).toBe(400);

  // an unpublished product's page does not exist for the public
  const draft = secrets.hiddenProducts.find((p) => p.status === "DRAFT");
  expect(draft).toBeDefined();
  expect((await request.get(`/products/${draft!.slug}`)).status()).toBe(404);
  expect(scanned.length).toBeGreaterThan(20);
});
