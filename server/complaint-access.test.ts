// Issue #13, privacy over every way in: a business and an anonymous visitor can never read a
// complainant's contact data or another business's complaints — not by page, not by the
// `.data` URL the client router uses, not by posting a form directly. Runs against the
// production server and its seeded demo complaints.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_EMAILS, sessionCookieFor, startBuiltServer, type RunningServer } from "../tests/support/built-server";
import { withoutUiStrings } from "~/locales/strings";

let server: RunningServer;
let cookies: Record<"officer" | "owner" | "household" | "partner", string>;
/** Demo complaints by code (prisma/seed/demo-complaints.ts). */
let ids: Record<string, string>;
/** Every contact string of every demo complaint: none may leak. */
let secrets: Record<string, string[]>;

const VULNERABLE_RECEIVED = "KN-4B7D-X2QM"; // Bình Minh (household), not forwarded
const HA_LAM_FORWARDED = "KN-9H2K-P5TR"; // Hà Lam (owner), forwarded, consent given
const DONG_DUONG_FORWARDED = "KN-6Q1Z-J8NC"; // another business, forwarded, no consent

function query<T>(sql: string, ...args: unknown[]): T[] {
  const database = new Database(server.databaseFile, { readonly: true, timeout: 5_000 });
  try {
    return database.prepare(sql).all(...args) as T[];
  } finally {
    database.close();
  }
}

const count = (sql: string, ...args: unknown[]) => query<{ n: number }>(sql, ...args)[0]!.n;

async function get(path: string, cookie?: string) {
  const response = await fetch(`${server.url}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
  return { status: response.status, location: response.headers.get("Location"), body: withoutUiStrings(await response.text()) };
}

async function post(path: string, fields: Record<string, string>, cookie?: string) {
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
    body: new URLSearchParams(fields),
    redirect: "manual",
  });
  return { status: response.status, location: response.headers.get("Location"), body: await response.text() };
}

/** Neither the contact strings nor the vulnerability detail of a complaint appear in a body (spaces ignored). */
function expectNoContact(body: string, code: string) {
  const flat = body.replace(/\s/g, "");
  for (const secret of secrets[code]!) expect(flat, `${code} leaked "${secret}"`).not.toContain(secret.replace(/\s/g, ""));
}

beforeAll(async () => {
  server = await startBuiltServer({ env: { DISABLE_WORKERS: "1" } });
  cookies = {
    officer: sessionCookieFor(server.databaseFile, DEMO_EMAILS.officer),
    owner: sessionCookieFor(server.databaseFile, DEMO_EMAILS.owner),
    household: sessionCookieFor(server.databaseFile, DEMO_EMAILS.household),
    partner: sessionCookieFor(server.databaseFile, DEMO_EMAILS.partner),
  };
  const rows = query<{ id: string; code: string; name: string; phone: string | null; email: string | null; address: string | null; vulnerabilityNote: string | null }>(
    `SELECT c.id, c.code, k.name, k.phone, k.email, k.address, k.vulnerabilityNote FROM Complaint c JOIN ComplainantContact k ON k.complaintId = c.id`,
  );
  ids = Object.fromEntries(rows.map((r) => [r.code, r.id]));
  secrets = Object.fromEntries(rows.map((r) => [r.code, [r.name, r.phone, r.email, r.address, r.vulnerabilityNote].filter((s): s is string => Boolean(s))]));
  expect(Object.keys(ids)).toEqual(expect.arrayContaining([VULNERABLE_RECEIVED, HA_LAM_FORWARDED, DONG_DUONG_FORWARDED]));
}, 90_000);

afterAll(async () => {
  await server?.cleanup();
});

describe("anonymous visitors", () => {
  it("are sent to log in from every office and business complaint page, its .data URL and its form post, and see no contact", async () => {
    const id = ids[VULNERABLE_RECEIVED]!;
    const auditsBefore = count(`SELECT count(*) AS n FROM AuditLog WHERE action = 'complaint.contact_view'`);
    for (const path of ["/office/complaints", `/office/complaints/${id}`, `/office/complaints/${id}/referral`, "/business/complaints", `/business/complaints/${id}`]) {
      const page = await get(path);
      expect(page.status, path).toBe(302);
      expect(page.location, path).toMatch(/^\/login\?redirectTo=/);
      const data = await get(`${path}.data`);
      // Single fetch answers a redirect as 202 with the redirect in the payload.
      expect(data.status, `${path}.data`).toBe(202);
      expect(data.body, `${path}.data`).toContain("/login?redirectTo=");
      expect(data.body, `${path}.data`).not.toContain(VULNERABLE_RECEIVED);
      expectNoContact(data.body, VULNERABLE_RECEIVED);
    }
    for (const path of [`/office/complaints/${id}`, `/office/complaints/${id}.data`]) {
      const reveal = await post(path, { intent: "reveal-contact" });
      expect(reveal.status, path).toBe(path.endsWith(".data") ? 202 : 302);
      expect(reveal.body + (reveal.location ?? ""), path).toContain("/login?redirectTo=");
      expectNoContact(reveal.body, VULNERABLE_RECEIVED);
    }
    expect(count(`SELECT count(*) AS n FROM AuditLog WHERE action = 'complaint.contact_view'`)).toBe(auditsBefore);
  });

  it("read only counts on the public statistics, and the tracking page without code + PIN shows no complaint", async () => {
    for (const path of ["/complaints/stats", "/complaints/stats.data", "/api/v1/stats", "/complaints/track", "/complaints/track.data"]) {
      const page = await get(path);
      expect(page.status, path).toBe(200);
      for (const code of Object.keys(ids)) {
        expect(page.body, path).not.toContain(code);
        expectNoContact(page.body, code);
      }
    }
  });
});

describe("a business", () => {
  it("never reaches the office's case file, its .data URL, the referral or the reveal-contact post", async () => {
    const id = ids[HA_LAM_FORWARDED]!;
    const auditsBefore = count(`SELECT count(*) AS n FROM AuditLog WHERE action = 'complaint.contact_view'`);
    for (const path of [`/office/complaints/${id}`, `/office/complaints/${id}.data`, `/office/complaints/${id}/referral`, `/office/complaints/${id}/referral.data`, "/office/complaints.data"]) {
      const page = await get(path, cookies.owner);
      expect(page.status, path).toBe(403);
      expectNoContact(page.body, HA_LAM_FORWARDED);
    }
    for (const path of [`/office/complaints/${id}`, `/office/complaints/${id}.data`]) {
      const reveal = await post(path, { intent: "reveal-contact" }, cookies.owner);
      expect(reveal.status, path).toBe(403);
      expectNoContact(reveal.body, HA_LAM_FORWARDED);
    }
    expect(count(`SELECT count(*) AS n FROM AuditLog WHERE action = 'complaint.contact_view'`)).toBe(auditsBefore);
    // A partner has an office login but not the complaint permissions.
    expect((await get(`/office/complaints/${id}`, cookies.partner)).status).toBe(403);
    expect((await post(`/office/complaints/${id}`, { intent: "reveal-contact" }, cookies.partner)).status).toBe(403);
  });

  it("sees neither another business's complaint nor one not yet forwarded, by page, .data or form post, and writes nothing", async () => {
    const events = () => count(`SELECT count(*) AS n FROM ComplaintEvent`);
    const before = events();
    for (const code of [DONG_DUONG_FORWARDED, VULNERABLE_RECEIVED]) {
      const id = ids[code]!;
      for (const path of [`/business/complaints/${id}`, `/business/complaints/${id}.data`]) {
        const page = await get(path, cookies.owner);
        expect(page.status, `${code} ${path}`).toBe(404);
        expect(page.body).not.toContain(code);
        expectNoContact(page.body, code);
      }
      for (const path of [`/business/complaints/${id}`, `/business/complaints/${id}.data`]) {
        const answer = await post(path, { intent: "answer", message: "Chúng tôi xin trả lời thay." }, cookies.owner);
        expect(answer.status, `${code} POST ${path}`).toBe(404);
        const agreed = await post(path, { intent: "agreed" }, cookies.owner);
        expect(agreed.status, `${code} POST ${path}`).toBe(404);
      }
    }
    expect(events()).toBe(before);
    const list = await get("/business/complaints", cookies.owner);
    expect(list.status).toBe(200);
    expect(list.body).toContain(HA_LAM_FORWARDED);
    for (const code of [DONG_DUONG_FORWARDED, VULNERABLE_RECEIVED]) expect(list.body).not.toContain(code);
  });

  it("once forwarded without consent, reads the complaint but never the contact or the vulnerability detail", async () => {
    const id = ids[VULNERABLE_RECEIVED]!;
    // Before forwarding the household's own complaint does not exist for it.
    expect((await get(`/business/complaints/${id}`, cookies.household)).status).toBe(404);
    const forwarded = await post(`/office/complaints/${id}`, { intent: "forward" }, cookies.officer);
    expect(forwarded.status).toBe(200);
    expect(count(`SELECT count(*) AS n FROM Complaint WHERE id = ? AND status = 'FORWARDED'`, id)).toBe(1);
    for (const path of [`/business/complaints/${id}`, `/business/complaints/${id}.data`, "/business/complaints", "/business/complaints.data"]) {
      const page = await get(path, cookies.household);
      expect(page.status, path).toBe(200);
      expect(page.body, path).toContain(VULNERABLE_RECEIVED);
      expectNoContact(page.body, VULNERABLE_RECEIVED);
      expect(page.body, path).not.toMatch(/POOR_HOUSEHOLD|Hộ nghèo, cận nghèo/);
    }
    // The officer with read-contact does see it, and that view is audited.
    const reveal = await post(`/office/complaints/${id}`, { intent: "reveal-contact" }, cookies.officer);
    expect(reveal.status).toBe(200);
    expect(reveal.body.replace(/\s/g, "")).toContain(secrets[VULNERABLE_RECEIVED]![1]!.replace(/\s/g, ""));
    expect(count(`SELECT count(*) AS n FROM AuditLog WHERE action = 'complaint.contact_view' AND entityId = ?`, id)).toBe(1);
  });

  it("with consent, reads the name and phone of its own complaint (the control for the checks above)", async () => {
    const page = await get(`/business/complaints/${ids[HA_LAM_FORWARDED]}`, cookies.owner);
    expect(page.status).toBe(200);
    const [name, phone] = secrets[HA_LAM_FORWARDED]!;
    expect(page.body).toContain(name);
    expect(page.body.replace(/\s/g, "")).toContain(phone!.replace(/\s/g, ""));
  });
});
