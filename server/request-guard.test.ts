// The protection layer against the real production process: every way into an action passes
// the same-origin check and the per-family rate limit.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { DEMO_EMAILS } from "../tests/support/built-server";
import { builtServerSuite } from "../tests/support/built-server-suite";
import { isSameOrigin, routeFamily } from "./request-guard";

describe("routeFamily", () => {
  it("maps every spelling of a route to one family", () => {
    for (const path of ["/login", "/login.data", "/login/", "/LOGIN", "//login", "/l%6Fgin", "/login.data/"]) {
      expect(routeFamily(path.replace(/\/$/, "") || path), path).toBe("/login");
    }
    expect(routeFamily("/_root.data")).toBe("/");
    expect(routeFamily("/complaints/track.data")).toBe("/complaints/track");
  });
});

describe("isSameOrigin", () => {
  const own = ["http://localhost:3000"];
  it("accepts the app's own origin and refuses others, including Origin: null", () => {
    expect(isSameOrigin({ origin: "http://localhost:3000" }, own)).toBe(true);
    expect(isSameOrigin({ origin: "http://evil.example" }, own)).toBe(false);
    expect(isSameOrigin({ origin: "null" }, own)).toBe(false);
    expect(isSameOrigin({ origin: "http://localhost:3000.evil.example" }, own)).toBe(false);
  });
  it("falls back to Sec-Fetch-Site, then Referer, when Origin is absent", () => {
    expect(isSameOrigin({ secFetchSite: "same-origin" }, own)).toBe(true);
    expect(isSameOrigin({ secFetchSite: "cross-site" }, own)).toBe(false);
    expect(isSameOrigin({ secFetchSite: "same-site" }, own)).toBe(false);
    expect(isSameOrigin({ referer: "http://localhost:3000/business/profile" }, own)).toBe(true);
    expect(isSameOrigin({ referer: "http://evil.example/page" }, own)).toBe(false);
    expect(isSameOrigin({ referer: "not a url" }, own)).toBe(false);
  });
});

describe("the production server", () => {
  const suite = builtServerSuite({ env: { AUTH_RATE_LIMIT: "20" }, signedInAs: DEMO_EMAILS.owner });

  const snapshot = () => {
    const database = new Database(suite.server.databaseFile, { readonly: true });
    try {
      return {
        businesses: database.prepare("SELECT * FROM Business ORDER BY id").all(),
        audit: database.prepare("SELECT count(*) AS n FROM AuditLog").get(),
        outbox: database.prepare("SELECT count(*) AS n FROM OutboxMessage").get(),
      };
    } finally {
      database.close();
    }
  };
  const profileForm = () => new URLSearchParams({ intent: "submit-verification", name: "Bị chiếm quyền" });

  it("refuses a cross-origin data POST with a valid session: 403, nothing saved", async () => {
    const before = snapshot();
    for (const [url, origin] of [
      ["/business/profile?_data=routes%2Fbusiness.profile", "http://evil.example"],
      ["/business/profile?_data=routes%2Fbusiness.profile", "null"],
      ["/business/profile.data", "http://evil.example"],
      ["/business/profile", "null"],
    ] as const) {
      const response = await fetch(suite.server.url + url, {
        method: "POST",
        headers: { Cookie: suite.cookie, Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
        body: profileForm(),
        redirect: "manual",
      });
      expect(response.status, `${origin} → ${url}`).toBe(403);
      const body = await response.text();
      expect(body).toContain(url.includes("data") ? '"error":"cross-origin"' : "Yêu cầu bị từ chối");
    }
    expect(snapshot()).toEqual(before);
  });

  it("refuses a form posted from another site without Origin (Sec-Fetch-Site, Referer)", async () => {
    const withoutOrigin: Record<string, string>[] = [{ "Sec-Fetch-Site": "cross-site" }, { Referer: "http://evil.example/" }];
    for (const headers of withoutOrigin) {
      const response = await fetch(`${suite.server.url}/business/profile`, {
        method: "POST",
        headers: { Cookie: suite.cookie, "Content-Type": "application/x-www-form-urlencoded", ...headers },
        body: profileForm(),
        redirect: "manual",
      });
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toContain("text/html");
    }
  });

  it("lets the same request through from the app's own origin", async () => {
    const response = await fetch(`${suite.server.url}/business/profile`, {
      method: "POST",
      headers: { Cookie: suite.cookie, Origin: suite.server.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "unknown" }),
      redirect: "manual",
    });
    expect(response.status).not.toBe(403);
    expect(response.status).toBeLessThan(500);
  });

  it("refuses a cross-origin log-out and keeps the session", async () => {
    const response = await fetch(`${suite.server.url}/logout`, { method: "POST", headers: { Cookie: suite.cookie, Origin: "http://evil.example" }, redirect: "manual" });
    expect(response.status).toBe(403);
    const portal = await fetch(`${suite.server.url}/business`, { headers: { Cookie: suite.cookie }, redirect: "manual" });
    expect(portal.status).toBe(200);
  });

  it("refuses the legacy ?_data protocol, which single fetch does not use, with 400", async () => {
    const response = await fetch(`${suite.server.url}/login?_data=routes%2Flogin`, {
      method: "POST",
      headers: { Origin: suite.server.url, "X-Forwarded-For": "10.0.0.3" },
      body: new URLSearchParams({ email: "a@b.cc", password: "wrong-password" }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "bad-request" });
  });

  it("rate-limits /login.data, /LOGIN.data, /login/ and /login as one family", async () => {
    const statuses: number[] = [];
    const urls = ["/login.data", "/login/", "/LOGIN.data", "/login"];
    for (let i = 0; i < 25; i++) {
      const response = await fetch(suite.server.url + urls[i % urls.length], {
        method: "POST",
        headers: { Origin: suite.server.url, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: `nobody${i}@example.com`, password: "wrong-password" }),
        redirect: "manual",
      });
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(5);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    // Another family has its own budget.
    const signup = await fetch(`${suite.server.url}/signup.data`, { method: "POST", headers: { Origin: suite.server.url }, body: new URLSearchParams({}) });
    expect(signup.status).not.toBe(429);
  });

  it("answers broken percent-encoding with a 400 page", async () => {
    for (const url of ["/verify/%E0%A4%A", "/products/%", "/search?q=%E0%A4%A", "/products/%E0%A4%A.data"]) {
      const response = await fetch(suite.server.url + url);
      expect(response.status, url).toBe(400);
      expect(await response.text()).toContain(url.includes(".data") ? '"error":"bad-request"' : "Yêu cầu không hợp lệ");
    }
  });

  it("answers malformed bodies to an action with 400", async () => {
    const cases: [string, string][] = [
      ["multipart/form-data", "no boundary"],
      ["multipart/form-data; boundary=xyz", '--xyz\r\nContent-Disposition: form-data; name="email"\r\n\r\ncut sh'],
      ["application/json", '{"email":1'],
      ["text/plain", "email=x"],
    ];
    for (const [type, body] of cases) {
      for (const url of ["/login", "/login.data"]) {
        // From another address than the rate-limit test, so the budget is not what answers.
        const headers = { Origin: suite.server.url, "Content-Type": type, "X-Forwarded-For": "10.0.0.2" };
        const response = await fetch(suite.server.url + url, { method: "POST", headers, body });
        expect(response.status, `${type} → ${url}`).toBe(400);
      }
    }
  });

  it("gives every response a request id, keeping a well-formed one it was sent", async () => {
    const kept = await fetch(`${suite.server.url}/healthz`, { headers: { "X-Request-Id": "trace-12345678" } });
    expect(kept.headers.get("x-request-id")).toBe("trace-12345678");
    const replaced = await fetch(`${suite.server.url}/healthz`, { headers: { "X-Request-Id": "bad id\twith spaces" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
