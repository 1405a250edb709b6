// Uploads through the product form as a person does (issue #8, findings 3 and 4): a photo with
// an unusual Vietnamese file name is saved; a file that is not an image, or is too large, is
// refused with a Vietnamese message next to the file field, with and without JavaScript.
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { DEMO, expect, gotoReady, signInAs, test } from "../fixtures";

async function jpeg() {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: "#b03a2e" } })
    .jpeg()
    .toBuffer();
}

/** A new draft of the demo business; returns to its page. */
async function createDraft(page: Page) {
  await gotoReady(page, "/business/products/new");
  await page.getByLabel("Tên sản phẩm").fill(`Bánh in ${Date.now().toString(36)}`);
  const select = page.getByLabel("Nhóm hàng");
  const value = await select.locator("option", { hasText: "Bánh và kẹo" }).first().getAttribute("value");
  await select.selectOption(value!);
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await page.waitForURL(/\/business\/products\/(?!new)[^/]+$/);
}

const photoInput = (page: Page) => page.getByLabel("Chọn ảnh (có thể chọn nhiều ảnh)");

async function refusedNextToField(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, message: string) {
  await photoInput(page).setInputFiles(file);
  await page.getByRole("button", { name: "Tải ảnh lên" }).click();
  const error = page.locator("#product-photos-error");
  await expect(error).toContainText(message);
  await expect(photoInput(page)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Ảnh 1", { exact: true })).toHaveCount(0);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test.beforeEach(async ({ page }) => {
      await signInAs(page, DEMO.business);
      await createDraft(page);
    });

    test("a photo named “ảnh; mặt trước.jpg” is saved", async ({ page }) => {
      await photoInput(page).setInputFiles({ name: "ảnh; mặt trước.jpg", mimeType: "image/jpeg", buffer: await jpeg() });
      await page.getByRole("button", { name: "Tải ảnh lên" }).click();
      await expect(page.getByText("Đã thêm ảnh.")).toBeVisible();
      await expect(page.getByText("Ảnh 1", { exact: true })).toBeVisible();
    });

    test("a file that is not an image is refused next to the photo field", async ({ page }) => {
      await refusedNextToField(page, { name: "anh_w=800.jpg", mimeType: "image/jpeg", buffer: Buffer.from("không phải ảnh") }, "Tệp không phải ảnh JPEG, PNG hay WebP.");
    });

    test("a photo over 5 MB is refused next to the photo field", async ({ page }) => {
      const big = Buffer.alloc(6 * 1024 * 1024, 7);
      await refusedNextToField(page, { name: "ảnh lớn.jpg", mimeType: "image/jpeg", buffer: big }, "Ảnh quá lớn: tối đa 5 MB.");
    });
  });
}
