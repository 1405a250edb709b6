// A consumer files a complaint from a product page without an account (without JavaScript,
// then with it), gets a code and a PIN, and follows it; wrong PINs are rate-limited; the
// complaint pages pass axe.
import sharp from "sharp";
import { expect, expectAccessible, gotoNoJs, gotoReady, test } from "../fixtures";

async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: "#b45309" } }).jpeg().toBuffer();
}

async function fileFromFirstProduct(page: import("@playwright/test").Page, goto: typeof gotoReady) {
  await goto(page, "/products");
  await page.locator("main").getByRole("link").filter({ hasText: /Nước mắm|Bánh|Gạo|Mật ong|Trà/ }).first().click();
  await page.getByRole("link", { name: "Báo cáo vấn đề / gửi phản ánh" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gửi phản ánh về sản phẩm, cơ sở hoặc điểm bán" })).toBeVisible();
  await expect(page.getByText("Bạn đang phản ánh về:")).toBeVisible();
  await page.getByRole("button", { name: "Gửi phản ánh" }).click();
  // Nothing typed yet: errors next to the fields, no code.
  await expect(page.getByText("Cần ít nhất số điện thoại hoặc e-mail.").first()).toBeVisible();
  await expect(page.getByTestId("complaint-code")).toHaveCount(0);
  await page.getByLabel("Mô tả vấn đề").fill("Chai nước mắm mua hôm qua bị rò rỉ, nắp không kín, hàng đã hết hạn sử dụng.");
  await page.getByLabel("Trả lại tiền").check();
  await page.getByLabel("Ảnh hoặc giấy tờ (không bắt buộc)").setInputFiles({ name: "ảnh; chai nước mắm.jpg", mimeType: "image/jpeg", buffer: await photo() });
  await page.getByLabel("Họ và tên").fill("Nguyễn Thị Lan");
  await page.getByLabel("Số điện thoại").fill("0905123456");
  await page.getByRole("button", { name: "Gửi phản ánh" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đã nhận phản ánh của bạn" })).toBeVisible();
  const code = (await page.getByTestId("complaint-code").innerText()).trim();
  const pin = (await page.getByTestId("complaint-pin").innerText()).trim();
  expect(code).toMatch(/^KN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(pin).toMatch(/^\d{6}$/);
  return { code, pin };
}

async function track(page: import("@playwright/test").Page, code: string, pin: string) {
  await page.getByLabel("Mã phản ánh").fill(code);
  await page.getByLabel("Số PIN").fill(pin);
  await page.getByRole("button", { name: "Xem", exact: true }).click();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a consumer files a complaint with a photo and tracks it by code and PIN", async ({ page }) => {
    const { code, pin } = await fileFromFirstProduct(page, gotoNoJs);
    await gotoNoJs(page, "/complaints/track");
    await track(page, code, pin);
    await expect(page.getByRole("heading", { name: "Diễn biến" })).toBeVisible();
    await expect(page.getByText(code).first()).toBeVisible();
  });
});

test("with JavaScript, filing and tracking work the same; the pages pass axe", async ({ page }) => {
  const { code, pin } = await fileFromFirstProduct(page, gotoReady);
  await gotoReady(page, "/complaints/track");
  await expectAccessible(page);
  await track(page, code, pin);
  await expect(page.getByRole("heading", { name: "Diễn biến" })).toBeVisible();
  await expectAccessible(page);
  await gotoReady(page, "/complaints/new");
  await expectAccessible(page);
  await gotoReady(page, "/complaints/stats");
  await expect(page.getByRole("heading", { level: 1, name: "Thống kê phản ánh" })).toBeVisible();
  await expectAccessible(page);
});

test("wrong PINs get the same answer as an unknown code, then are rate-limited", async ({ page }) => {
  await gotoReady(page, "/complaints/track");
  await track(page, "KN-ZZZZ-ZZZZ", "123456");
  await expect(page.getByText("Mã hoặc số PIN không đúng.")).toBeVisible();
  let locked = false;
  for (let attempt = 0; attempt < 8 && !locked; attempt++) {
    await track(page, "KN-4B7D-X2QM", "000000");
    locked = await page.getByText(/Bạn đã nhập sai nhiều lần/).isVisible();
  }
  expect(locked).toBe(true);
});
