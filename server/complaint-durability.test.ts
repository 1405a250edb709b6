// Issue #13: "an acknowledged complaint is durable: it survives a crash the moment the code is
// shown". The production server files a complaint over real HTTP, is killed with SIGKILL the
// instant the acknowledgement arrives, and the restarted server on the same database still
// opens the complaint by its code and PIN.
import Database from "better-sqlite3";
import { afterEach, expect, it } from "vitest";
import { startBuiltServer, type RunningServer } from "../tests/support/built-server";

const running: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.cleanup()));
});

const PHONE = "0912 777 031";

function fileComplaint(server: RunningServer) {
  return fetch(`${server.url}/complaints/new`, {
    method: "POST",
    headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      productSlug: "dau-phong-rang-muoi",
      description: "Hũ đậu phộng rang muối bị ỉu, có mùi dầu cũ ngay khi mở nắp.",
      remedy: "REFUND",
      name: "Lò Thị Sim",
      phone: PHONE,
      website_url: "",
    }),
    redirect: "manual",
  });
}

/** The code and PIN as the acknowledgement page shows them. */
function acknowledgement(html: string): { code: string; pin: string } {
  const code = /data-testid="complaint-code"[^>]*>\s*(KN-[0-9A-Z]{4}-[0-9A-Z]{4})\s*</.exec(html)?.[1];
  const pin = /data-testid="complaint-pin"[^>]*>\s*(\d{6})\s*</.exec(html)?.[1];
  if (!code || !pin) throw new Error(`no code and PIN in the acknowledgement:\n${html.slice(0, 2000)}`);
  return { code, pin };
}

it("keeps an acknowledged complaint when the server is killed with SIGKILL right after the response", async () => {
  const server = await startBuiltServer({ env: { DISABLE_WORKERS: "1" } });
  running.push(server);
  const response = await fileComplaint(server);
  const html = await response.text();
  expect(response.status).toBe(200);
  const { code, pin } = acknowledgement(html);
  server.child.kill("SIGKILL");
  expect(await server.exited).toBe("SIGKILL");

  const restarted = await server.restart();
  running.push(restarted);
  // The complainant opens it with code + PIN, as they would after the crash.
  const open = await fetch(`${restarted.url}/complaints/track`, {
    method: "POST",
    headers: { Origin: restarted.url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ intent: "open", code, pin }),
    redirect: "manual",
  });
  expect(open.status).toBe(302);
  const access = open.headers.get("Set-Cookie")?.split(";")[0];
  expect(access).toMatch(/^hv_complaint=/);
  const tracked = await fetch(`${restarted.url}/complaints/track`, { headers: { Cookie: access! } });
  expect(tracked.status).toBe(200);
  const page = await tracked.text();
  expect(page).toContain(code);
  expect(page).toContain("Hũ đậu phộng rang muối bị ỉu");

  // Everything the one transaction wrote is there: the complaint, its contact apart, the first event.
  const database = new Database(restarted.databaseFile, { readonly: true });
  try {
    const row = database
      .prepare(
        `SELECT c.status, p.slug AS product, (SELECT count(*) FROM ComplainantContact k WHERE k.complaintId = c.id AND k.phone IS NOT NULL) AS contacts,
                (SELECT count(*) FROM ComplaintEvent e WHERE e.complaintId = c.id AND e.kind = 'filed') AS filed
           FROM Complaint c LEFT JOIN Product p ON p.id = c.productId WHERE c.code = ?`,
      )
      .get(code);
    expect(row).toEqual({ status: "RECEIVED", product: "dau-phong-rang-muoi", contacts: 1, filed: 1 });
  } finally {
    database.close();
  }
}, 90_000);
