// Fuzz test: malformed requests against every route of the production build, with and
// without a session of each role. Routes come from the build's route manifest, so a route
// added later is fuzzed without touching this file. Asserts: no 5xx, no partial write (row
// counts unchanged), the server still healthy.
import { readdirSync, readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_EMAILS, sessionCookieFor, startBuiltServer, tableCounts, type RunningServer } from "../support/built-server";

const MIN_REQUESTS = 1_000;
const TARGET_REQUESTS = 1_200;
/**
 * Tables a malformed request may legitimately change. Session: the test inserts one per role,
 * a POST to /logout with one ends it, and reading a session past half its life extends it.
 */
const TABLES_ALLOWED_TO_CHANGE = new Set(["Session"]);

interface ManifestRoute {
  id: string;
  path?: string;
  parentId?: string;
  index?: boolean;
  hasAction: boolean;
}

function manifestRoutes(): ManifestRoute[] {
  const assets = path.resolve("build/client/assets");
  const file = readdirSync(assets).find((name) => name.startsWith("manifest-") && name.endsWith(".js"));
  if (!file) throw new Error("no route manifest in build/client/assets: build first");
  const source = readFileSync(path.join(assets, file), "utf8");
  const manifest = JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1)) as { routes: Record<string, ManifestRoute> };
  return Object.values(manifest.routes);
}

function fullPath(route: ManifestRoute, byId: Map<string, ManifestRoute>): string {
  const parts: string[] = [];
  for (let current: ManifestRoute | undefined = route; current; current = current.parentId ? byId.get(current.parentId) : undefined) {
    if (current.path) parts.unshift(current.path);
  }
  return `/${parts.join("/")}`;
}

/** Real values for dynamic segments (so requests reach the actions), plus junk. */
function parameterValues(databaseFile: string): Record<string, string[]> {
  const database = new Database(databaseFile, { readonly: true });
  const column = (sql: string) => (database.prepare(sql).all() as { v: string }[]).map((row) => row.v);
  try {
    return {
      "products/:slug": column("SELECT slug AS v FROM Product WHERE slug IS NOT NULL LIMIT 2"),
      "producers/:slug": column("SELECT slug AS v FROM Business WHERE slug IS NOT NULL LIMIT 2"),
      "news/:slug": column("SELECT slug AS v FROM News LIMIT 1"),
      "verify/:code": column("SELECT verificationCode AS v FROM Certificate LIMIT 1"),
      "files/:id": column("SELECT id AS v FROM StoredFile LIMIT 1"),
      "sales-points/:id": column("SELECT id AS v FROM SalesPoint LIMIT 2"),
      "products/:id": column("SELECT id AS v FROM Product LIMIT 2"),
      "businesses/:id": column("SELECT id AS v FROM Business LIMIT 2"),
    };
  } finally {
    database.close();
  }
}

const JUNK_SEGMENTS = ["x", "%F0%9F%98", "0", "-1", "..%2F..%2Fetc%2Fpasswd", "a".repeat(300), "%00", "%E1%BA%A3nh%3B%20m%E1%BA%B7t"];

/** Deterministic pseudo-random numbers: a failure reproduces with the same seed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface FuzzRequest {
  label: string;
  url: string;
  init: { method?: string; headers?: Record<string, string>; body?: Buffer | string };
}

/**
 * One request on its own connection (node:http, no keep-alive pool): header values may carry
 * raw bytes, and a connection the server closes after refusing an unread body cannot be
 * handed to the next request (which would then see a reset that is no answer of the server's).
 */
function send(base: string, { url, init }: FuzzRequest): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ hostname, port, path: url, method: init.method ?? "GET", headers: init.headers ?? {}, agent: false, timeout: 20_000 }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error("no answer within 20 s")));
    outgoing.on("error", reject);
    outgoing.end(init.body);
  });
}

const HALF_EMOJI = Buffer.from([0xf0, 0x9f, 0x98]);
const LONG_NAME_CUT_IN_EMOJI = Buffer.concat([Buffer.from("ả".repeat(100) + "😀".repeat(20)), HALF_EMOJI]);
const ODD_FILE_NAMES = ["anh_w=800.jpg", "ảnh; mặt trước.jpg", '"quoted".png', "../../etc/passwd", "a".repeat(260) + ".jpg", "no-extension", "x.exe", LONG_NAME_CUT_IN_EMOJI.toString("latin1")];
const FAKE_JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);
const FIELD_NAMES = ["intent", "name", "email", "password", "q", "id", "slug", "status", "note", "file", "photos", "logo", "redirectTo", "csv", "page"];
const ODD_VALUES = [
  "",
  "%",
  "%E0%A4%A",
  "a".repeat(70_000),
  "\u0000\u0001\u001f",
  "-1",
  "1e309",
  "NaN",
  "99999999999999999999999",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "😀".repeat(300),
  "ả".repeat(5_000),
  "\u202e\u200b",
  "null",
  "[object Object]",
];

function multipart(boundary: string, parts: { name: string; filename?: string; type?: string; body: Buffer }[], cut = false): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ""}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ""}\r\n`, "latin1"));
    chunks.push(part.body, Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  const whole = Buffer.concat(chunks);
  return cut ? whole.subarray(0, Math.max(1, Math.floor(whole.length * 0.6))) : whole;
}

type BodyMaker = (rand: () => number) => { label: string; headers: Record<string, string>; body?: Buffer | string };
const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

const BODIES: BodyMaker[] = [
  () => ({ label: "multipart without boundary", headers: { "Content-Type": "multipart/form-data" }, body: "--x\r\nContent-Disposition: form-data; name=a\r\n\r\nb\r\n--x--" }),
  (rand) => ({
    label: "multipart cut short",
    headers: { "Content-Type": "multipart/form-data; boundary=fuzzfuzz" },
    body: multipart("fuzzfuzz", [{ name: pick(rand, FIELD_NAMES), body: Buffer.from(pick(rand, ODD_VALUES)) }, { name: "photos", filename: "a.jpg", type: "image/jpeg", body: FAKE_JPEG }], true),
  }),
  (rand) => ({
    label: "multipart with an odd file name",
    headers: { "Content-Type": "multipart/form-data; boundary=fuzzfuzz" },
    body: multipart("fuzzfuzz", [
      { name: "intent", body: Buffer.from(pick(rand, ["save", "upload", "import", "x"])) },
      { name: pick(rand, ["photos", "logo", "file", "csv", "photo"]), filename: pick(rand, ODD_FILE_NAMES), type: pick(rand, ["image/jpeg", "text/csv", "application/octet-stream", ""]), body: FAKE_JPEG },
    ]),
  }),
  (rand) => ({
    label: "multipart with an overlong field cut in an emoji",
    headers: { "Content-Type": "multipart/form-data; boundary=fuzzfuzz" },
    body: multipart("fuzzfuzz", [{ name: pick(rand, FIELD_NAMES), body: LONG_NAME_CUT_IN_EMOJI }]),
  }),
  () => ({ label: "multipart, empty body", headers: { "Content-Type": "multipart/form-data; boundary=fuzzfuzz" }, body: "" }),
  (rand) => ({
    label: "urlencoded with broken percent-encoding",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: `${pick(rand, FIELD_NAMES)}=%E0%A4%A&intent=%&%=%%`,
  }),
  (rand) => ({
    label: "urlencoded with an odd value",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams([[pick(rand, FIELD_NAMES), pick(rand, ODD_VALUES)], ["intent", pick(rand, ODD_VALUES.slice(0, 12))]]).toString(),
  }),
  () => ({
    label: "urlencoded with half an emoji in raw bytes",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: Buffer.concat([Buffer.from("name="), HALF_EMOJI, Buffer.from("&intent="), HALF_EMOJI]),
  }),
  () => ({ label: "urlencoded to an upload form", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "photos=a.jpg&logo=x&csv=a,b" }),
  () => ({ label: "broken JSON", headers: { "Content-Type": "application/json" }, body: '{"intent": "save", "name": ' }),
  () => ({ label: "JSON array", headers: { "Content-Type": "application/json" }, body: "[1,2,3]" }),
  () => ({ label: "text/plain", headers: { "Content-Type": "text/plain" }, body: "intent=save&name=x" }),
  () => ({ label: "binary garbage", headers: { "Content-Type": "application/octet-stream" }, body: Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)) }),
  () => ({ label: "no content type", headers: {}, body: "intent=save" }),
  () => ({ label: "utf-16 charset", headers: { "Content-Type": "application/x-www-form-urlencoded; charset=utf-16" }, body: Buffer.from("intent=save", "utf16le") }),
  () => ({ label: "unknown content type with parameters", headers: { "Content-Type": "multipart/mixed; boundary=\"\"" }, body: "--\r\n\r\n--" }),
  () => ({ label: "huge urlencoded body", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: `name=${"x".repeat(1_500_000)}` }),
];

const ODD_HEADERS: Record<string, string>[] = [
  { "Accept-Language": ";;;q=abc,%%%" },
  { Cookie: "hv_session=%E0%A4%A; hv_flash=garbage" },
  { Cookie: "hv_session=InRva2VuIg==" },
  { "X-Request-Id": "\u00e9\u00e9 not an id" },
  { Accept: "application/json;q=x" },
  { "If-None-Match": '"' + "x".repeat(4_000) },
  { Range: "bytes=999999-1" },
  { "Content-Language": "xx" },
  // Header values travel as bytes: UTF-8 sent raw, as a misbehaving client would.
  { "User-Agent": Buffer.from("😀".repeat(100)).toString("latin1") },
  { "X-Forwarded-For": "not-an-ip, 999.1.1.1" },
];

function buildRequests(routes: ManifestRoute[], values: Record<string, string[]>, cookies: (string | null)[], origin: string): FuzzRequest[] {
  const byId = new Map(routes.map((r) => [r.id, r]));
  const rand = random(Number(process.env.FUZZ_SEED ?? 20261130));
  const requests: FuzzRequest[] = [];
  const concreteUrls = (route: ManifestRoute): string[] => {
    const pattern = fullPath(route, byId);
    const key = Object.keys(values).find((k) => pattern.endsWith(k));
    const real = key ? values[key]! : [];
    const fill = (v: string) => pattern.replace(/:[A-Za-z]+/g, v).replace("*", `fuzz/${v}`);
    return /[:*]/.test(pattern) ? [...real.map(fill), fill(pick(rand, JUNK_SEGMENTS)), fill(pick(rand, JUNK_SEGMENTS))] : [pattern];
  };
  const cookie = () => pick(rand, cookies);
  const headersFor = (who: string | null): Record<string, string> => ({ Origin: origin, ...(who ? { Cookie: who } : {}) });
  const malformedPost = (target: string, oddHeaders: boolean): FuzzRequest => {
    const made = pick(rand, BODIES)(rand);
    const headers = { ...headersFor(cookie()), ...made.headers, ...(oddHeaders ? pick(rand, ODD_HEADERS) : {}) };
    return { label: `POST ${made.label}`, url: target, init: { method: "POST", headers, ...(made.body !== undefined ? { body: made.body } : {}) } };
  };
  const actionTargets: string[] = [];
  for (const route of routes) {
    for (const url of concreteUrls(route)) {
      const index = route.index ? "?index" : "";
      const dataUrl = url === "/" ? "/_root.data" : `${url.replace(/\/$/, "")}.data`;
      // Reads with broken or odd URLs and headers, as each role and anonymously.
      const oddValue = encodeURIComponent(pick(rand, ODD_VALUES).slice(0, 500));
      requests.push({ label: "GET broken query", url: `${url}?q=%E0%A4%A&page=%&sort=${oddValue}`, init: { headers: headersFor(cookie()) } });
      requests.push({ label: "GET odd query", url: `${url}?q=${oddValue}&page=-1`, init: { headers: headersFor(cookie()) } });
      requests.push({ label: "GET odd header", url, init: { headers: { ...headersFor(cookie()), ...pick(rand, ODD_HEADERS) } } });
      const routesParam = encodeURIComponent(pick(rand, ["root", "%%", "routes/nope", "a".repeat(2_000)]));
      requests.push({ label: "GET .data odd query", url: `${dataUrl}?_routes=${routesParam}`, init: { headers: headersFor(cookie()) } });
      requests.push({ label: "GET broken path", url: `${url.replace(/\/$/, "")}/%E0%A4%A`, init: {} });
      requests.push({ label: "odd method", url, init: { method: pick(rand, ["PUT", "PATCH", "DELETE", "OPTIONS"]), headers: headersFor(cookie()) } });
      // Malformed bodies to the page URL and the single-fetch data URL.
      requests.push(malformedPost(`${url}${index}`, false), malformedPost(`${dataUrl}${index}`, true));
      const crossOrigin = { Origin: pick(rand, ["http://evil.example", "null"]), Cookie: cookie() ?? "" };
      requests.push({ label: "POST from another origin", url: pick(rand, [`${url}${index}`, `${dataUrl}${index}`]), init: { method: "POST", headers: crossOrigin, body: "intent=save" } });
      if (route.hasAction) actionTargets.push(`${url}${index}`, `${dataUrl}${index}`);
    }
  }
  // Then more malformed bodies to the routes that have an action, round robin.
  for (let i = 0; requests.length < TARGET_REQUESTS; i++) requests.push(malformedPost(actionTargets[i % actionTargets.length]!, rand() < 0.3));
  return requests;
}

function newestRows(databaseFile: string, table: string): unknown[] {
  const database = new Database(databaseFile, { readonly: true });
  try {
    return database.prepare(`SELECT * FROM "${table}" ORDER BY rowid DESC LIMIT 3`).all();
  } finally {
    database.close();
  }
}

let server: RunningServer;
let cookies: (string | null)[];

beforeAll(async () => {
  server = await startBuiltServer({ env: { AUTH_RATE_LIMIT: "100000", GLOBAL_RATE_LIMIT: "1000000", LOG_LEVEL: "error", DISABLE_WORKERS: "1" } });
  cookies = [null, ...Object.values(DEMO_EMAILS).map((email) => sessionCookieFor(server.databaseFile, email))];
}, 180_000);
afterAll(async () => server?.cleanup());

it("survives ≥ 1,000 malformed requests to every route: no 5xx, no partial write, healthy after", async () => {
  const routes = manifestRoutes();
  const requests = buildRequests(routes, parameterValues(server.databaseFile), cookies, server.url);
  expect(requests.length).toBeGreaterThanOrEqual(MIN_REQUESTS);
  const before = tableCounts(server.databaseFile);
  const started = performance.now();
  const byClass: Record<string, number> = {};
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]!;
      let status: number;
      try {
        status = await send(server.url, request);
      } catch (error) {
        status = 599;
        failures.push(`no answer (${(error as Error).message}): ${request.init.method ?? "GET"} ${request.url.slice(0, 200)} — ${request.label}`);
      }
      byClass[`${Math.floor(status / 100)}xx`] = (byClass[`${Math.floor(status / 100)}xx`] ?? 0) + 1;
      if (status >= 500 && status !== 599) failures.push(`${status}: ${request.init.method ?? "GET"} ${request.url.slice(0, 200)} — ${request.label}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`fuzz: ${requests.length} requests to ${routes.length} routes in ${seconds} s; by class ${JSON.stringify(byClass)}`);

  const after = tableCounts(server.databaseFile);
  const partialWrites = Object.keys(before)
    .filter((table) => !TABLES_ALLOWED_TO_CHANGE.has(table) && before[table] !== after[table])
    .map((table) => `${table}: ${before[table]} → ${after[table]}; newest: ${JSON.stringify(newestRows(server.databaseFile, table)).slice(0, 600)}`);
  const health = await fetch(`${server.url}/healthz`).then((r) => r.json() as Promise<{ status?: string }>, () => ({ status: "no answer" }));
  expect({ failures, partialWrites, health: health.status }).toEqual({ failures: [], partialWrites: [], health: "ok" });
}, 180_000);
