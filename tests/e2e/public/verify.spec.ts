// /verify/:code, the page a QR code opens: each public state in words, the revocation's date
// and reason, a clear 404 for unknown codes, the code form, no JavaScript, a narrow phone.
import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";

function codeOf(number: string): string {
  // scripts/e2e-server.sh keeps one seeded database per port
  const db = new Database(`data/e2e-${process.env.E2E_PORT ?? 3210}.db`, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT verificationCode FROM Certificate WHERE number = ?").get(number) as { verificationCode: string } | undefined;
    if (!row) throw new Error(`no seeded certificate ${number}`);
    return row.verificationCode;
  } finally {
    db.close();
  }
}

const VALID = "DBHV-TB-2026-001";
const REVOKED = "DBHV-TB-2025-017";
const EXPIRED_OCOP = "OCOP-QNA-2022-0178";
const EXPIRING_OCOP = "OCOP-QNA-2023-0311";

const status = (page: Page) => page.getByRole("heading", { level: 1 });

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("verification page", () => {
  test("a valid sales-point certificate", async ({ page }) => {
    const code = codeOf(VALID);
    await page.goto(`/verify/${code}`);
    await expect(status(page)).toContainText("CÒN HIỆU LỰC");
    await expect(status(page)).not.toContainText("sắp hết hạn");
    await expect(page.getByText("Điểm bán hàng Việt Nam", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Công ty TNHH Thực phẩm Hà Lam" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Cửa hàng Thực phẩm Hà Lam" })).toBeVisible();
    await expect(page.getByText("215 Tiểu La, thôn Hà Lam", { exact: false })).toBeVisible();
    await expect(page.getByText(VALID, { exact: true })).toBeVisible();
    await expect(page.getByText("Phòng Kinh tế xã Thăng Bình")).toBeVisible();
    await expect(page.getByText("20/04/2026")).toBeVisible();
    await expect(page.getByText("20/04/2028")).toBeVisible();
    await expect(page.getByText(code, { exact: true })).toBeVisible();
    await expect(page.getByText(/^Kiểm tra lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    await expectAccessible(page);
  });

  test("a revoked certificate shows the date and the reason", async ({ page }) => {
    await page.goto(`/verify/${codeOf(REVOKED)}`);
    await expect(status(page)).toContainText("ĐÃ THU HỒI");
    await expect(page.getByText("Ngày thu hồi:")).toBeVisible();
    await expect(page.getByText("14/10/2026")).toBeVisible();
    await expect(page.getByText("Lý do:")).toBeVisible();
    await expect(page.getByText(/tỷ lệ hàng Việt Nam trưng bày còn 62 %/)).toBeVisible();
    await expectAccessible(page);
  });

  test("an expired OCOP product certificate", async ({ page }) => {
    await page.goto(`/verify/${codeOf(EXPIRED_OCOP)}`);
    await expect(status(page)).toContainText("ĐÃ HẾT HẠN");
    await expect(page.getByText("Sản phẩm OCOP 3★")).toBeVisible();
    await expect(page.getByText("Bánh tráng nướng Đồng Dương")).toBeVisible();
    await expect(page.getByText("UBND tỉnh Quảng Nam")).toBeVisible();
    await expectAccessible(page);
  });

  test("a certificate close to its expiry", async ({ page }) => {
    await page.goto(`/verify/${codeOf(EXPIRING_OCOP)}`);
    await expect(status(page)).toContainText("CÒN HIỆU LỰC — sắp hết hạn");
  });

  test("an unknown or malformed code is a clear 404 with a form to try again", async ({ page }) => {
    for (const code of ["0000000000000000000A", "not-a-code"]) {
      const response = await page.goto(`/verify/${code}`);
      expect(response?.status()).toBe(404);
      await expect(status(page)).toContainText("Không tìm thấy chứng nhận với mã này");
      await expect(page.getByLabel("Mã xác thực")).toBeVisible();
    }
    await expectAccessible(page);
  });

  test("the /verify form: a malformed code errs next to the field, a typed one is normalised", async ({ page }) => {
    await page.goto("/verify");
    await page.getByLabel("Mã xác thực").fill("ABC-123");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const field = page.getByLabel("Mã xác thực");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Mã không đúng định dạng")).toBeVisible();
    await expect(field).toHaveAccessibleDescription(/Mã không đúng định dạng/);
    await expectAccessible(page);

    const code = codeOf(VALID);
    await field.fill(code.toLowerCase().replace(/(.{4})(?!$)/g, "$1-"));
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/verify/${code}$`));
    await expect(status(page)).toContainText("CÒN HIỆU LỰC");
  });
});

test.describe("without JavaScript on a small phone", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });

  test("each state reads well and nothing scrolls sideways", async ({ page }) => {
    for (const [number, text] of [
      [VALID, "CÒN HIỆU LỰC"],
      [REVOKED, "ĐÃ THU HỒI"],
      [EXPIRED_OCOP, "ĐÃ HẾT HẠN"],
    ] as const) {
      await page.goto(`/verify/${codeOf(number)}`);
      await expect(status(page)).toContainText(text);
      const fontSize = await status(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(32);
      await expectNoHorizontalScroll(page);
    }
    const body = await page.getByText("Kiểm tra lúc", { exact: false }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(body).toBeGreaterThanOrEqual(18);
  });

  test("the form and the 404 work", async ({ page }) => {
    await page.goto("/verify");
    await expectNoHorizontalScroll(page);
    await page.getByLabel("Mã xác thực").fill("12345");
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await expect(page.getByText("Mã không đúng định dạng")).toBeVisible();
    await page.getByLabel("Mã xác thực").fill(codeOf(REVOKED));
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await expect(status(page)).toContainText("ĐÃ THU HỒI");

    const response = await page.goto("/verify/ZZZZZZZZZZZZZZZZZZZZ");
    expect(response?.status()).toBe(404);
    await expect(status(page)).toContainText("Không tìm thấy chứng nhận với mã này");
    await expectNoHorizontalScroll(page);
  });
});
