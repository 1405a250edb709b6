// The public catalogue as a visitor uses it, with and without JavaScript, and the CSV import
// as a business uses it. Demo data: prisma/seed/demo.ts.
import { DEMO, expect, expectAccessible, signInAs, test } from "../fixtures";

const resultCount = (page: import("@playwright/test").Page) => page.getByRole("heading", { level: 2, name: /^Tìm thấy \d+/ });
const countOf = async (page: import("@playwright/test").Page) => Number((await resultCount(page).textContent())!.match(/\d+/)![0]);

test.describe("public catalogue", () => {
  test("browse products, narrow by category and OCOP stars, open a product, check its certificate, go to the producer", async ({ page }) => {
    await page.goto("/products");
    await expect(page.getByRole("heading", { level: 1, name: "Sản phẩm hàng Việt" })).toBeVisible();
    const all = await countOf(page);
    expect(all).toBeGreaterThan(10);

    await page.getByRole("combobox", { name: "Danh mục" }).selectOption("nuoc-mam-gia-vi");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page).toHaveURL(/category=nuoc-mam-gia-vi/);
    // the URL changes as the navigation starts; the list follows when the data arrives
    await expect.poll(() => countOf(page)).toBeLessThan(all);
    expect(await countOf(page)).toBeGreaterThan(1);

    await page.getByRole("combobox", { name: "Số sao OCOP" }).selectOption("4");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page).toHaveURL(/stars=4/);
    // The demo's one 4-star fish sauce, plus any that earlier specs had the office check.
    await expect.poll(() => countOf(page)).toBeLessThan(all);
    await expect(page.getByRole("link", { name: "Nước mắm cá cơm Bình Minh" })).toBeVisible();
    await expect(page.getByText("4 sao OCOP").first()).toBeVisible();

    await page.getByRole("link", { name: "Nước mắm cá cơm Bình Minh" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nước mắm cá cơm Bình Minh" })).toBeVisible();
    const verify = page.getByRole("link", { name: "Kiểm tra chứng nhận số OCOP-48-2025-0142" });
    await expect(verify).toHaveAttribute("href", /^\/verify\/[0-9A-Z]{20}$/);
    await expect(page.getByRole("img", { name: "Mã QR kiểm tra chứng nhận số OCOP-48-2025-0142" })).toBeVisible();
    await expect(page.getByText("Còn hiệu lực").first()).toBeVisible();

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, any>;
    expect(jsonLd).toMatchObject({ "@type": "Product", name: "Nước mắm cá cơm Bình Minh", offers: { priceCurrency: "VND", price: 85000 } });
    expect(jsonLd.manufacturer).toMatchObject({ "@type": "Organization", name: "Cơ sở nước mắm Bình Minh" });
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Nước mắm cá cơm Bình Minh");

    await page.getByRole("link", { name: "Cơ sở nước mắm Bình Minh" }).first().click();
    await expect(page).toHaveURL(/\/producers\/co-so-nuoc-mam-binh-minh$/);
    await expect(page.getByRole("heading", { level: 1, name: "Cơ sở nước mắm Bình Minh" })).toBeVisible();
    await expect(page.getByText("Hộ kinh doanh", { exact: true })).toBeVisible();
    // a household's tax code is the owner's personal ID: never shown
    expect(await page.content()).not.toContain("049185001234");
    const org = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
    expect(org).toMatchObject({ "@type": "Organization", name: "Cơ sở nước mắm Bình Minh" });
  });

  test("filter producers by legal form", async ({ page }) => {
    await page.goto("/producers");
    const all = await countOf(page);
    await page.getByRole("combobox", { name: "Loại hình" }).selectOption({ label: "Hộ kinh doanh" });
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page).toHaveURL(/legalForm=HOUSEHOLD/);
    await expect.poll(() => countOf(page)).toBeLessThan(all);
    await expect(page.getByRole("link", { name: "Cơ sở nước mắm Bình Minh" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Công ty TNHH Thực phẩm Hà Lam" })).toHaveCount(0);
  });

  test("pagination links keep the filters", async ({ page }) => {
    await page.goto("/products?perPage=10&sort=name");
    await expect(page.getByText(/^Trang 1\/\d+$/)).toBeVisible();
    const firstPage = await page.getByRole("heading", { level: 3 }).allTextContents();
    await page.getByRole("link", { name: /Trang sau/ }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page).toHaveURL(/sort=name/);
    await expect(page.getByText(/^Trang 2\/\d+$/)).toBeVisible();
    const secondPage = await page.getByRole("heading", { level: 3 }).allTextContents();
    expect(secondPage.some((name) => firstPage.includes(name))).toBe(false);
    await page.getByRole("link", { name: /Trang trước/ }).click();
    await expect(page.getByText(/^Trang 1\/\d+$/)).toBeVisible();
  });

  test("unpublished products and unverified producers are not found", async ({ page }) => {
    for (const path of ["/products/muoi-ot-xanh", "/products/keo-dau-phong-mach-nha", "/producers/cong-ty-tnhh-do-go-ha-lam", "/producers/to-hop-tac-rau-an-toan-binh-phuc"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });

  test("catalogue pages are accessible", async ({ page }) => {
    for (const path of ["/products", "/products/nuoc-mam-ca-com-binh-minh", "/producers", "/producers/co-so-nuoc-mam-binh-minh"]) {
      await page.goto(path);
      await expectAccessible(page);
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("filters, pages and product pages work as plain HTML", async ({ page }) => {
    await page.goto("/products");
    const all = await countOf(page);
    await page.getByRole("combobox", { name: "Số sao OCOP" }).selectOption("4");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page).toHaveURL(/stars=4/);
    expect(await countOf(page)).toBeLessThan(all);
    await page.getByRole("link", { name: "Mật ong rừng" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mật ong rừng" })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Mã QR kiểm tra chứng nhận số OCOP-48-2026-0057$/ })).toBeVisible();

    await page.goto("/products?perPage=10");
    await page.getByRole("link", { name: /Trang sau/ }).click();
    await expect(page.getByText(/^Trang 2\/\d+$/)).toBeVisible();

    await page.goto("/producers");
    await page.getByRole("combobox", { name: "Loại hình" }).selectOption({ label: "Hợp tác xã" });
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page.getByRole("link", { name: "HTX Nuôi ong Bình Quế" })).toBeVisible();
  });
});

test.describe("CSV import", () => {
  test("the demo business uploads a small CSV with one bad row and sees the summary and the error table", async ({ page }) => {
    await signInAs(page, DEMO.business);
    await page.goto("/business/products/import");
    await expect(page.getByRole("heading", { level: 1, name: "Nhập sản phẩm từ tệp CSV" })).toBeVisible();

    const template = await page.request.get("/business/products/import-template.csv");
    expect(template.status()).toBe(200);
    const templateBytes = await template.body();
    expect([...templateBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const templateText = new TextDecoder("utf-8").decode(templateBytes);
    expect(templateText).toContain("ten_san_pham,ma_danh_muc");

    const suffix = Date.now().toString(36);
    const csv = [
      "ten_san_pham,ma_danh_muc,mo_ta,don_vi,gia_vnd,ma_xa_xuat_xu,thanh_phan",
      `Bánh đậu xanh ${suffix},banh-keo,Bánh đậu xanh nướng,hộp 250 g,45.000,20791,"Đậu xanh, đường"`,
      `Mứt gừng ${suffix},banh-keo,,hũ 200 g,không rõ,,Gừng`,
      `Tương đậu ${suffix},nuoc-mam-gia-vi,,chai 250 ml,30000,,`,
    ].join("\r\n");
    await page.getByLabel("Tệp CSV").setInputFiles({ name: "san-pham.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf-8") });
    await page.getByRole("button", { name: "Tải lên và kiểm tra" }).click();

    await expect(page.getByRole("heading", { name: "Kết quả nhập" })).toBeVisible();
    await expect(page.getByText("Số dòng đã đọc: 3")).toBeVisible();
    await expect(page.getByText("Số bản nháp đã tạo: 2")).toBeVisible();
    await expect(page.getByText("Số dòng có lỗi (không được nhập): 1")).toBeVisible();
    await expect(page.getByText(/dòng 1 là dòng tiêu đề/)).toBeVisible();
    const errors = page.getByRole("table", { name: "Các dòng có lỗi" });
    await expect(errors.getByRole("row")).toHaveCount(2);
    const bad = errors.getByRole("row").nth(1);
    await expect(bad.getByRole("cell").nth(0)).toHaveText("3");
    await expect(bad.getByRole("cell").nth(1)).toHaveText("gia_vnd");
    await expect(bad.getByRole("cell").nth(2)).not.toBeEmpty();
    await expectAccessible(page);
  });
});
