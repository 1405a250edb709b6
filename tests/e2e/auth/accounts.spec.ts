import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEMO, DEMO_PASSWORD, expect, expectAccessible, gotoReady, logIn, logOut, signInAs, test, uniqueEmail } from "../fixtures";

async function signUp(page: import("@playwright/test").Page, email: string, password = "mat-khau-rat-dai-2026") {
  await gotoReady(page, "/signup");
  await page.getByLabel("Tên doanh nghiệp, hợp tác xã hoặc hộ kinh doanh").fill("Cơ sở bánh tráng Thử Nghiệm");
  await page.getByLabel("Loại hình").selectOption({ label: "Hộ kinh doanh" });
  await page.getByLabel("Họ và tên người đăng ký").fill("Trần Văn Thử");
  await page.getByLabel("Thư điện tử (e-mail)").fill(email);
  await page.getByLabel("Số điện thoại (không bắt buộc)").fill("0905 123 456");
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByLabel("Nhập lại mật khẩu").fill(password);
  await page.getByLabel("Tôi đồng ý với quy định sử dụng và chính sách bảo vệ dữ liệu cá nhân").check();
  await page.getByRole("button", { name: "Đăng ký" }).click();
}

test.describe("accounts", () => {
  test("a business signs up, logs out and logs in again", async ({ page }) => {
    const email = uniqueEmail("signup");
    await signUp(page, email);
    await expect(page).toHaveURL(/\/business$/);
    await expect(page.getByRole("status")).toContainText("Đăng ký thành công");
    await expect(page.getByRole("heading", { level: 2, name: "Cơ sở bánh tráng Thử Nghiệm" })).toBeVisible();
    await expect(page.getByText("Chưa hoàn thiện")).toBeVisible();

    await logOut(page);
    await expect(page.getByRole("status")).toHaveText("Bạn đã đăng xuất.");
    await page.goto("/business");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fbusiness/);

    await logIn(page, email, "mat-khau-rat-dai-2026");
    await expect(page).toHaveURL(/\/business$/);
    await expect(page.getByText("Xin chào, Trần Văn Thử!")).toBeVisible();
  });

  test("sign-up shows Vietnamese errors next to the fields and keeps nothing half-saved", async ({ page }) => {
    await page.goto("/signup");
    await page.getByLabel("Thư điện tử (e-mail)").fill("khong-phai-email");
    await page.getByLabel("Mật khẩu", { exact: true }).fill("ngan");
    await page.getByRole("button", { name: "Đăng ký" }).click();
    await expect(page.getByText("E-mail chưa đúng định dạng, ví dụ: ten@example.com.")).toBeVisible();
    await expect(page.getByText("Mật khẩu cần ít nhất 10 ký tự.")).toBeVisible();
    await expect(page.getByText("Bạn cần đồng ý để tiếp tục.")).toBeVisible();
    await expect(page.getByLabel("Thư điện tử (e-mail)")).toHaveAttribute("aria-invalid", "true");
  });

  test("signing up twice with one e-mail is refused", async ({ page }) => {
    await signUp(page, DEMO.business);
    await expect(page.getByText("E-mail này đã được đăng ký.", { exact: false }).first()).toBeVisible();
    await expect(page).toHaveURL(/\/signup$/);
  });

  test("an officer logs in and reaches the office portal", async ({ page }) => {
    await logIn(page, DEMO.officer);
    await expect(page).toHaveURL(/\/office$/);
    await expect(page.getByRole("heading", { level: 1, name: "Cổng Phòng Kinh tế" })).toBeVisible();
    await expect(page.getByText("Doanh nghiệp chờ xác minh")).toBeVisible();
  });

  test("a business user is refused the office portal", async ({ page }) => {
    await logIn(page, DEMO.business);
    const response = await page.goto("/office");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Bạn không có quyền xem trang này" })).toBeVisible();
    const admin = await page.goto("/office/admin/users");
    expect(admin?.status()).toBe(403);
  });

  test("an officer is refused the admin pages", async ({ page }) => {
    await logIn(page, DEMO.officer);
    const response = await page.goto("/office/admin/users");
    expect(response?.status()).toBe(403);
  });

  test("anonymous visitors are sent to the log-in page from the portals", async ({ page }) => {
    for (const path of ["/business", "/office", "/office/admin/users"]) {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`/login\\?redirectTo=${encodeURIComponent(path).replace(/%/g, "%")}`));
    }
  });

  test("a wrong password shows a clear error", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Thư điện tử (e-mail)").fill(DEMO.partner);
    await page.getByLabel("Mật khẩu", { exact: true }).fill("sai-mat-khau");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("alert")).toHaveText("E-mail hoặc mật khẩu không đúng. Vui lòng thử lại.");
  });

  test("repeated wrong passwords are rate-limited, even with the right one afterwards", async ({ page }) => {
    const email = uniqueEmail("locked");
    await signUp(page, email, "dung-mat-khau-123");
    await logOut(page);
    await page.goto("/login");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Thư điện tử (e-mail)").fill(email);
      await page.getByLabel("Mật khẩu", { exact: true }).fill(`sai-${attempt}-mat-khau`);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await expect(page.getByRole("alert")).toHaveText("E-mail hoặc mật khẩu không đúng. Vui lòng thử lại.");
    }
    await page.getByLabel("Thư điện tử (e-mail)").fill(email);
    await page.getByLabel("Mật khẩu", { exact: true }).fill("dung-mat-khau-123");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("alert")).toContainText("Bạn đã nhập sai quá nhiều lần");
    await expect(page).toHaveURL(/\/login/);
  });

  test("an admin changes a user's role", async ({ page }) => {
    const email = uniqueEmail("role");
    await signUp(page, email);
    await logOut(page);
    await logIn(page, DEMO.admin);
    await page.goto("/office/admin/users");
    await page.getByLabel("Lọc theo e-mail hoặc tên").fill(email);
    await page.getByRole("button", { name: "Lọc" }).click();
    await page.waitForURL(/q=/);
    await expect(page.getByRole("row")).toHaveCount(2);
    await page.getByLabel("Vai trò của Trần Văn Thử").selectOption({ label: "Đối tác (MTTQ, LĐ-TB&XH)" });
    await page.getByRole("button", { name: "Lưu: Trần Văn Thử" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã đổi vai trò của Trần Văn Thử thành “Đối tác (MTTQ, LĐ-TB&XH)”.");
    await expectAccessible(page);
  });

  test("a forgotten password is reset through the e-mail link", async ({ page }) => {
    const email = uniqueEmail("reset");
    await signUp(page, email, "mat-khau-cu-12345");
    await logOut(page);
    await page.goto("/login");
    await page.getByRole("link", { name: "Quên mật khẩu?" }).click();
    // The log-in page has an e-mail field too: wait for the new page before typing.
    await expect(page.getByRole("heading", { level: 1, name: "Đặt lại mật khẩu" })).toBeVisible();
    await page.getByLabel("Thư điện tử (e-mail)").fill(email);
    await page.getByRole("button", { name: "Gửi đường dẫn" }).click();
    await expect(page.getByRole("status")).toContainText("đường dẫn đặt lại mật khẩu đã được gửi");

    // The link is a credential: the admin's outbox view hides it…
    await signInAs(page, DEMO.admin);
    await page.goto("/office/admin/outbox");
    const listed = page.getByRole("listitem").filter({ hasText: "Đặt lại mật khẩu" }).first();
    // pending: the link is masked; already delivered by the worker (every 3 s): its body is purged
    await expect(listed).toContainText(/\[đã ẩn\]|Nội dung đã được xoá sau khi gửi/);
    expect(await page.content()).not.toMatch(/reset-password\?token=/);
    await logOut(page);
    // …and the worker delivers it, without SMTP, into the e2e server's mail drop folder.
    let link: string | undefined;
    await expect.poll(() => (link = resetLinkFor(email)), { timeout: 15_000 }).toBeTruthy();

    await page.goto(new URL(link!).pathname + new URL(link!).search);
    await page.getByLabel("Mật khẩu mới").fill("mat-khau-moi-67890");
    await page.getByLabel("Nhập lại mật khẩu").fill("mat-khau-moi-67890");
    await page.getByRole("button", { name: "Lưu mật khẩu mới" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã đổi mật khẩu. Vui lòng đăng nhập lại.");
    await logIn(page, email, "mat-khau-moi-67890");
    await expect(page).toHaveURL(/\/business$/);

    // The link works once.
    await logOut(page);
    await page.goto(new URL(link!).pathname + new URL(link!).search);
    await expect(page.getByRole("alert")).toContainText("không hợp lệ hoặc đã hết hạn");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-up, log-out and log-in work", async ({ page }) => {
    const email = uniqueEmail("nojs");
    // The browser's own checks stop empty fields; the server checks what they cannot.
    await signUp(page, email, "mat-khau-rat-dai-2026");
    await expect(page).toHaveURL(/\/business$/);
    await logOut(page);
    await page.goto("/signup");
    await page.getByLabel("Tên doanh nghiệp, hợp tác xã hoặc hộ kinh doanh").fill("HTX Không JavaScript");
    await page.getByLabel("Loại hình").selectOption({ label: "Hợp tác xã" });
    await page.getByLabel("Họ và tên người đăng ký").fill("Lê Thị Không");
    await page.getByLabel("Thư điện tử (e-mail)").fill(uniqueEmail("nojs2"));
    await page.getByLabel("Mật khẩu", { exact: true }).fill("mat-khau-rat-dai-2026");
    await page.getByLabel("Nhập lại mật khẩu").fill("mat-khau-khac-han-2026");
    await page.getByLabel("Tôi đồng ý với quy định sử dụng và chính sách bảo vệ dữ liệu cá nhân").check();
    await page.getByRole("button", { name: "Đăng ký" }).click();
    await expect(page.getByText("Hai mật khẩu chưa khớp nhau.")).toBeVisible();
    await expect(page.getByLabel("Nhập lại mật khẩu")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Tên doanh nghiệp, hợp tác xã hoặc hộ kinh doanh")).toHaveValue("HTX Không JavaScript");
    await page.goto("/login");
    await page.getByLabel("Thư điện tử (e-mail)").fill(email);
    await page.getByLabel("Mật khẩu", { exact: true }).fill("sai-mat-khau-1");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("alert")).toHaveText("E-mail hoặc mật khẩu không đúng. Vui lòng thử lại.");
    await logIn(page, email, "mat-khau-rat-dai-2026");
    await expect(page).toHaveURL(/\/business$/);
  });
});

test.describe("languages and accessibility", () => {
  test("main pages render in Vietnamese by default and in English with ?lng=en", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ưu tiên dùng hàng Việt");
    await page.goto("/?lng=en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose Vietnamese goods");
    // The choice is remembered.
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log in");
    await page.goto("/signup");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register a business account");
    await page.getByRole("link", { name: "Chuyển sang tiếng Việt" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng ký tài khoản doanh nghiệp");
  });

  test("the portals render in both languages", async ({ page }) => {
    await logIn(page, DEMO.business);
    await page.goto("/business?lng=en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Business portal");
    await page.goto("/business?lng=vi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cổng doanh nghiệp");
    await logOut(page);
    await logIn(page, DEMO.officer);
    await page.goto("/office?lng=en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Economic office portal");
    await page.goto("/office?lng=vi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cổng Phòng Kinh tế");
  });

  test("unknown pages get a friendly 404 page", async ({ page }) => {
    const response = await page.goto("/khong-co-trang-nay");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
    await expect(page.getByRole("link", { name: "Về trang chủ" })).toBeVisible();
  });

  test("the skip link moves focus to the main content", async ({ page }) => {
    await page.goto("/");
    // React 18 can throw error #345 when focus moves while it is still hydrating; wait for it.
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    // The next Tab continues inside the main content, not in the header.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Xem sản phẩm" })).toBeFocused();
  });

  for (const path of ["/", "/login", "/signup", "/forgot-password"]) {
    test(`axe finds no serious problems on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectAccessible(page);
    });
  }

  test("axe finds no serious problems in the portals", async ({ page }) => {
    await logIn(page, DEMO.business);
    await expectAccessible(page);
    await logOut(page);
    await logIn(page, DEMO.admin);
    await expectAccessible(page);
    await page.goto("/office/admin/users");
    await expectAccessible(page);
  });
});

test("GET /healthz answers JSON", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: "ok" });
  expect(response.headers()["content-type"]).toContain("application/json");
});

test("pages carry a CSP with a nonce and security headers", async ({ request }) => {
  const response = await request.get("/");
  const csp = response.headers()["content-security-policy"] ?? "";
  const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce).toBeTruthy();
  const html = await response.text();
  expect(html).toContain(`nonce="${nonce}"`);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["x-frame-options"]).toBeTruthy();
});

test("the demo password logs every demo role in", async ({ page }) => {
  for (const email of [DEMO.partner, DEMO.staff]) {
    await logIn(page, email, DEMO_PASSWORD);
    await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
    await logOut(page);
  }
});

/** The reset link in the newest e-mail to `to` in the e2e server's mail drop (MAIL_DROP_DIR). */
function resetLinkFor(to: string): string | undefined {
  const dir = `data/e2e-mail-${process.env.E2E_PORT ?? 3210}`;
  if (!existsSync(dir)) return undefined;
  for (const file of readdirSync(dir).sort().reverse()) {
    const raw = readFileSync(path.join(dir, file), "utf8");
    if (!raw.includes(`To: ${to}`)) continue;
    const unfolded = raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    const link = unfolded.match(/http:\/\/\S+reset-password\?token=[\w-]+/)?.[0];
    if (link) return link;
  }
  return undefined;
}
