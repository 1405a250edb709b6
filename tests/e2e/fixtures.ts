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

/** Pages of tests that run with `javaScriptEnabled: false` (recorded by the auto fixture below). */
const pagesWithoutJavaScript = new WeakSet<Page>();

/** How long a page may take to hydrate before a test calls it broken (CI machines are slow). */
const HYDRATION_TIMEOUT_MS = 15_000;

/**
 * Opens a page and waits until React has hydrated it (`html[data-hydrated]`, set by root.tsx).
 * Fails when the page never hydrates: a page whose React died (e.g. error #345) must fail the
 * test, not pass silently. In a test with JavaScript disabled it only opens the page.
 */
export async function gotoReady(page: Page, url: string) {
  if (pagesWithoutJavaScript.has(page)) return gotoNoJs(page, url);
  const response = await page.goto(url);
  await expectHydrated(page);
  return response;
}

/** Fails unless the current page has hydrated. */
export async function expectHydrated(page: Page) {
  await expect(page.locator("html"), `${page.url()} never hydrated`).toHaveAttribute("data-hydrated", "true", {
    timeout: HYDRATION_TIMEOUT_MS,
  });
}

/** Opens a page in a test that runs with `test.use({ javaScriptEnabled: false })`. */
export async function gotoNoJs(page: Page, url: string) {
  if (!pagesWithoutJavaScript.has(page)) throw new Error("gotoNoJs: this test runs with JavaScript; use gotoReady");
  return page.goto(url);
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

/**
 * Every test fails if the page logs a console error or throws. The fixture also notes whether
 * the test runs without JavaScript, for gotoReady.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page, javaScriptEnabled }, use) => {
      if (!javaScriptEnabled) pagesWithoutJavaScript.add(page);
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
