// Issue #9 acceptance: /verify says "genuine" only for what the office checked; a 5-star claim
// added to a published product changes nothing public until the office decides (and it
// rejects it); an owner of two businesses switches between them.
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { DEMO, expect, expectAccessible, gotoReady, signInAs, test } from "../fixtures";

const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

async function addOcop(page: Page, stars: string, number: string, issuer: string) {
  await page.getByText("Thêm chứng nhận OCOP").click();
  const ocop = page.getByRole("form", { name: "Thêm chứng nhận OCOP" });
  await ocop.getByLabel("Số sao OCOP").selectOption(stars);
  await ocop.getByLabel("Số giấy").fill(number);
  await ocop.getByLabel("Cơ quan cấp").fill(issuer);
  await ocop.getByLabel("Ngày cấp").fill("2026-01-15");
  await ocop.getByRole("button", { name: "Lưu chứng nhận" }).click();
  const flash = page.getByText(/Đã thêm chứng nhận\. Mã xác thực: [0-9A-Z]{20}\./);
  await expect(flash).toBeVisible();
  return /([0-9A-Z]{20})/.exec((await flash.textContent()) ?? "")![1]!;
}

async function decide(page: Page, number: string, decision: "check" | { reject: string }) {
  await gotoReady(page, "/office/certificates/to-check");
  const card = page.getByRole("article", { name: new RegExp(number) });
  if (decision === "check") {
    await card.getByRole("button", { name: "Xác nhận đã đối chiếu" }).click();
    await expect(page.getByText(`Đã xác nhận chứng nhận ${number}.`)).toBeVisible();
  } else {
    await card.getByLabel("Lý do từ chối").fill(decision.reject);
    await card.getByRole("button", { name: "Từ chối" }).click();
    await expect(page.getByText(`Đã từ chối chứng nhận ${number}.`)).toBeVisible();
  }
}

test.describe("certificates people can trust", () => {
  test.describe.configure({ timeout: 120_000 });

  test("declared → checked → genuine; a later 5-star claim stays invisible and is rejected", async ({ browser, page, request }) => {
    const office = await browser.newPage();
    await signInAs(office, DEMO.officer);
    await signInAs(page, DEMO.household);

    const name = `Nước mắm nhĩ ${suffix()}`;
    await gotoReady(page, "/business/products/new");
    await page.getByLabel("Tên sản phẩm").fill(name);
    const category = page.getByLabel("Nhóm hàng");
    await category.selectOption((await category.locator("option", { hasText: "Nước mắm và gia vị" }).first().getAttribute("value"))!);
    await page.getByLabel("Quy cách, đơn vị bán").fill("chai 500 ml");
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await page.waitForURL(/\/business\/products\/(?!new)[^/]+$/);
    const productId = new URL(page.url()).pathname.split("/").pop()!;
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#1f618d" } }).png().toBuffer();
    await page.getByLabel("Chọn ảnh (có thể chọn nhiều ảnh)").setInputFiles([{ name: "chai.png", mimeType: "image/png", buffer: png }]);
    await page.getByRole("button", { name: "Tải ảnh lên" }).click();
    await expect(page.getByText("Đã thêm ảnh.")).toBeVisible();

    const number4 = `OCOP-48-${suffix()}`;
    const code4 = await addOcop(page, "4", number4, "UBND thành phố Đà Nẵng");
    await expect(page.getByText("Tự khai — chờ Phòng Kinh tế kiểm tra")).toBeVisible();
    await page.getByRole("button", { name: "Gửi duyệt", exact: true }).click();
    await expect(page.getByText("Đã gửi sản phẩm để duyệt.")).toBeVisible();

    // Before review: the QR page does not call it genuine.
    await gotoReady(page, `/verify/${code4}`);
    await expect(page.getByRole("heading", { level: 1, name: /CHƯA ĐƯỢC KIỂM TRA/ })).toBeVisible();
    await expect(page.getByText("Chứng nhận này có thật")).toHaveCount(0);
    await expectAccessible(page);

    // The officer checks the certificate, then approves the product.
    await decide(office, number4, "check");
    await gotoReady(office, `/office/products/${productId}`);
    await expect(office.getByText("Phòng Kinh tế đã kiểm tra")).toBeVisible();
    await office.getByRole("button", { name: "Duyệt và công khai" }).click();
    await expect(office.getByText("Đã duyệt sản phẩm.")).toBeVisible();

    // Typed loosely (lower case, dashes) it still finds the certificate, now genuine.
    const typed = `${code4.slice(0, 5)}-${code4.slice(5, 10)} ${code4.slice(10)}`.toLowerCase();
    await gotoReady(page, `/verify?code=${encodeURIComponent(typed)}`);
    await expect(page).toHaveURL(`/verify/${code4}`);
    await expect(page.getByRole("heading", { level: 1, name: /CÒN HIỆU LỰC/ })).toBeVisible();
    await expect(page.getByText("Chứng nhận này có thật và đang có hiệu lực.")).toBeVisible();

    const slug = (await (await request.get(`/api/v1/products?perPage=100&sort=newest`)).json()).data.find(
      (p: { name: string }) => p.name === name,
    ).slug as string;
    await gotoReady(page, `/products/${slug}`);
    await expect(page.getByText("4 sao OCOP").first()).toBeVisible();

    // A 5-star claim on the published product: nothing public changes while it waits.
    await gotoReady(page, `/business/products/${productId}`);
    const number5 = `TU-KHAI-${suffix()}`;
    const code5 = await addOcop(page, "5", number5, "Tự khai");

    const publicStars = async () => {
      await gotoReady(page, `/products/${slug}`);
      await expect(page.getByText("4 sao OCOP").first()).toBeVisible();
      await expect(page.getByText("5 sao OCOP")).toHaveCount(0);
      const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
      expect(jsonLd).toContain(number4);
      expect(jsonLd).not.toContain(number5);
      const api = (await (await request.get(`/api/v1/products?perPage=100&sort=newest`)).json()).data.find(
        (p: { slug: string }) => p.slug === slug,
      );
      expect(api.ocopStars).toBe(4);
      expect(JSON.stringify(api.certificates)).not.toContain(number5);
      const search = await (await request.get(`/api/v1/search?q=${encodeURIComponent(name)}`)).json();
      expect(search.data.find((hit: { url: string }) => hit.url.endsWith(`/products/${slug}`)).ocopStars).toBe(4);
      expect(JSON.stringify(search.facets.stars)).not.toMatch(/"5"/);
    };
    await publicStars();

    await decide(office, number5, { reject: "Không có trong hệ thống OCOP quốc gia." });
    await publicStars();
    await gotoReady(page, `/verify/${code5}`);
    await expect(page.getByRole("heading", { level: 1, name: /KHÔNG ĐƯỢC XÁC NHẬN/ })).toBeVisible();
    await office.close();
  });

  test("an owner of two businesses switches between them; the branch's sales point opens for its owner", async ({ page }) => {
    await signInAs(page, DEMO.business);
    await gotoReady(page, "/business/sales-points");
    const switcher = page.getByLabel("Đang làm việc cho");
    await expect(switcher).toBeVisible();
    await expect(page.getByText("Cửa hàng Thực phẩm Hà Lam", { exact: true })).toBeVisible();
    const branch = switcher.locator("option", { hasText: "Thăng An" });
    await switcher.selectOption((await branch.getAttribute("value"))!);
    await page.getByRole("button", { name: "Chuyển" }).click();
    await expect(page.getByText(/Đã chuyển sang .*Thăng An/)).toBeVisible();
    await gotoReady(page, "/business/sales-points");
    await page.getByRole("link", { name: "Cửa hàng Hà Lam — Thăng An" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Cửa hàng Hà Lam — Thăng An" })).toBeVisible();
    await expectAccessible(page);

    // Staff of the company have no switcher and cannot reach the branch.
    const staff = await page.context().browser()!.newContext();
    const staffPage = await staff.newPage();
    await signInAs(staffPage, DEMO.staff);
    await gotoReady(staffPage, "/business/sales-points");
    await expect(staffPage.getByLabel("Đang làm việc cho")).toHaveCount(0);
    await expect(staffPage.getByText("Cửa hàng Hà Lam — Thăng An")).toHaveCount(0);
    await staff.close();
  });
});
