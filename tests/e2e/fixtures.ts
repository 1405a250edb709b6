// Shared Playwright fixtures: log in as a person does, fail on console errors, run axe.
import { createHash, randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type BrowserContext, type Page } from "@playwright/test";
import Database from "better-sqlite3";

export const DEMO_PASSWORD = "HangViet@2026";
export const DEMO = {
  admin: "admin@hangviet.vn",
  officer: "canbo@hangviet.vn",
  partner: "doitac@hangviet.vn",
  business: "doanhnghiep@hangviet.vn",
  household: "hokinhdoanh@hangviet.vn",
  staff: "nhanvien@hangviet.vn",
} as const;

/**
 * Opens a page and waits until React has hydrated it. People rarely type within milliseconds
 * of a page appearing; tests do, and React 18 can throw error #345 when a key press forces
 * synchronous hydration (known issue, see the closing note).
 */
export async function gotoReady(page: Page, url: string) {
  const response = await page.goto(url);
  // With JavaScript disabled the marker never comes: go on after a short wait.
  await page
    .locator("html[data-hydrated]")
    .waitFor({ state: "attached", timeout: 4_000 })
    .catch(() => undefined);
  return response;
}

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await gotoReady(page, "/login");
  await page.getByLabel("Thư điện tử (e-mail)").fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** The e2e server's database (scripts/e2e-server.sh), for fixtures that set up state directly. */
export function e2eDatabasePath(): string {
  return `data/e2e-${process.env.E2E_PORT ?? 3210}.db`;
}

/**
 * Logs in without the form: inserts a session row for the account (only the token's SHA-256
 * is stored, as the app does) and sets the `hv_session` cookie. Tests of the log-in page
 * itself use `logIn`; every other test uses this, which is much faster.
 */
export async function signInAs(target: Page | BrowserContext, email: string) {
  const context = "context" in target ? target.context() : target;
  const token = randomBytes(32).toString("base64url");
  const database = new Database(e2eDatabasePath(), { timeout: 5_000 });
  try {
    const user = database.prepare("SELECT id FROM User WHERE email = ?").get(email) as { id: string } | undefined;
    if (!user) throw new Error(`signInAs: no account ${email} in ${e2eDatabasePath()}`);
    const now = new Date();
    const iso = (date: Date) => date.toISOString().replace("Z", "+00:00");
    database
      .prepare("INSERT INTO Session (id, userId, expiresAt, createdAt, userAgent) VALUES (?, ?, ?, ?, ?)")
      .run(createHash("sha256").update(token).digest("hex"), user.id, iso(new Date(now.getTime() + 86_400_000)), iso(now), "playwright");
  } finally {
    database.close();
  }
  // Remix's unsigned cookie encoding: base64 of the JSON string.
  const value = encodeURIComponent(Buffer.from(JSON.stringify(token), "utf8").toString("base64"));
  const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3210}`;
  await context.addCookies([{ name: "hv_session", value, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

export async function logOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await page.waitForURL("/");
}

/** No serious or critical accessibility violations on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export function uniqueEmail(prefix = "e2e") {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.vn`;
}

/** Every test fails if the page logs a console error or throws. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        // Expected HTTP error statuses (401/403/404/429 on purpose) are logged by the browser.
        if (message.type() === "error" && !/Failed to load resource: the server responded with a status of (4\d\d)/.test(message.text())) {
          errors.push(message.text());
        }
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
