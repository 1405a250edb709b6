// The site on a 360 × 740 phone: no page (public, business portal, office portal) is wider
// than the screen, the header menu reaches every section, and on the list pages the first
// result is on the first screen (filters are folded under "Lọc").
import type { Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, gotoReady, signInAs, test } from "../fixtures";

const PHONE = { width: 360, height: 740 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

/** The first link in the page's main content whose path starts with `prefix` (a detail page). */
async function firstDetailPath(page: Page, listUrl: string, prefix: RegExp): Promise<string> {
  await page.goto(listUrl);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const found = hrefs.find((href) => prefix.test(href));
  if (!found) throw new Error(`no link matching ${prefix} on ${listUrl}`);
  return found;
}

/** Opens each page and returns those wider than the phone, with the elements that stick out. */
async function widerThanPhone(page: Page, urls: string[]): Promise<string[]> {
  const offenders: string[] = [];
  for (const url of urls) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBeLessThan(400);
    const report = await page.evaluate((limit) => {
      const width = document.documentElement.scrollWidth;
      if (width <= limit) return null;
      // The outermost elements that stick out, ignoring those inside a scrolling box.
      const scrollsInside = (el: HTMLElement) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          if (/(auto|scroll|hidden)/.test(getComputedStyle(p).overflowX)) return true;
        }
        return false;
      };
      const culprits = [...document.querySelectorAll<HTMLElement>("body *")]
        .filter((el) => el.getBoundingClientRect().right > limit + 1 && !scrollsInside(el))
        .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= limit + 1)
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 4).join(".")}`);
      return `${width}px: ${culprits.join(", ")}`;
    }, PHONE.width);
    if (report) offenders.push(`${url} ${report}`);
  }
  return offenders;
}

test("public pages fit a 360 px screen", async ({ page }) => {
  test.setTimeout(120_000);
  const urls = [
    "/",
    "/products",
    "/producers",
    "/sales-points",
    "/search?q=nuoc%20mam",
    "/fairs",
    "/news",
    "/verify",
    "/complaints/new",
    "/complaints/track",
    "/stats",
    "/complaints/stats",
    "/open-data",
    "/login",
    "/signup",
  ];
  urls.push(await firstDetailPath(page, "/products", /^\/products\/[^/?]+$/));
  urls.push(await firstDetailPath(page, "/producers", /^\/producers\/[^/?]+$/));
  urls.push(await firstDetailPath(page, "/sales-points", /^\/sales-points\/[^/?]+$/));
  urls.push(await firstDetailPath(page, "/fairs", /^\/fairs\/[^/?.]+$/));
  urls.push(await firstDetailPath(page, "/news", /^\/news\/[^/?]+$/));
  const salesPoint = urls.at(-3)!;
  urls.push(await firstDetailPath(page, salesPoint, /^\/verify\/[^/?]+$/));
  expect(await widerThanPhone(page, urls)).toEqual([]);
});

test("business portal pages fit a 360 px screen", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, DEMO.business);
  const urls = [
    "/business",
    "/business/profile",
    "/business/products",
    "/business/products/new",
    "/business/products/import",
    "/business/sales-points",
    "/business/sales-points/new",
    "/business/fairs",
    "/business/payments",
    "/business/complaints",
  ];
  urls.push(await firstDetailPath(page, "/business/products", /^\/business\/products\/(?!new|import)[^/?]+$/));
  urls.push(await firstDetailPath(page, "/business/sales-points", /^\/business\/sales-points\/(?!new)[^/?]+$/));
  urls.push(await firstDetailPath(page, "/business/fairs", /^\/business\/fairs\/[^/?]+$/));
  urls.push(await firstDetailPath(page, "/business/complaints", /^\/business\/complaints\/[^/?]+$/));
  expect(await widerThanPhone(page, urls)).toEqual([]);
});

test("office portal pages fit a 360 px screen", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, DEMO.admin);
  const urls = [
    "/office",
    "/office/businesses",
    "/office/products",
    "/office/sales-points",
    "/office/certificates/expiring",
    "/office/certificates/to-check",
    "/office/reports",
    "/office/fairs",
    "/office/fairs/new",
    "/office/payments",
    "/office/settings/bank",
    "/office/settings/programme",
    "/office/settings/holidays",
    "/office/waivers",
    "/office/complaints",
    "/office/news",
    "/office/news/new",
    "/office/search/synonyms",
    "/office/admin/users",
    "/office/admin/outbox",
  ];
  urls.push(await firstDetailPath(page, "/office/businesses", /^\/office\/businesses\/[^/?]+$/));
  urls.push(await firstDetailPath(page, "/office/products", /^\/office\/products\/[^/?]+$/));
  urls.push(await firstDetailPath(page, "/office/sales-points", /^\/office\/sales-points\/[^/?]+$/));
  const fair = await firstDetailPath(page, "/office/fairs", /^\/office\/fairs\/(?!new)[^/?]+$/);
  urls.push(fair, `${fair}/registrations`);
  urls.push(await firstDetailPath(page, "/office/payments", /^\/office\/payments\/[^/?]+$/));
  urls.push(await firstDetailPath(page, "/office/complaints", /^\/office\/complaints\/[^/?]+$/));
  expect(await widerThanPhone(page, urls)).toEqual([]);
});

test("the header is short and its menu reaches every section, the QR check included", async ({ page }) => {
  await gotoReady(page, "/");
  const header = page.getByRole("banner");
  const box = await header.boundingBox();
  expect(box!.height).toBeLessThan(140);

  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  const sections = ["Sản phẩm", "Nhà sản xuất", "Điểm bán hàng Việt", "Hội chợ", "Tin tức", "Kiểm tra mã QR", "Phản ánh", "Đăng nhập"];
  await expect(nav.getByRole("link", { name: "Tin tức" })).toBeHidden();
  await nav.getByText("Menu").click();
  for (const name of sections) {
    const link = nav.getByRole("link", { name, exact: true });
    await expect(link).toBeVisible();
    const linkBox = await link.boundingBox();
    expect(linkBox!.x + linkBox!.width, name).toBeLessThanOrEqual(PHONE.width);
    expect(linkBox!.height, `${name} is a large tap target`).toBeGreaterThanOrEqual(44);
  }
  await nav.getByRole("link", { name: "Kiểm tra mã QR" }).click();
  await expect(page).toHaveURL(/\/verify$/);
  // The client-side navigation closed the menu again.
  await expect(nav.getByRole("link", { name: "Tin tức" })).toBeHidden();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the menu opens and the filters unfold", async ({ page }) => {
    await page.goto("/products");
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    await nav.getByText("Menu").click();
    await expect(nav.getByRole("link", { name: "Kiểm tra mã QR" })).toBeVisible();
    await page.getByText("Lọc kết quả", { exact: true }).click();
    await expect(page.getByRole("button", { name: "Lọc", exact: true })).toBeVisible();
  });
});

for (const [url, first] of [
  ["/products", "#product-results li"],
  ["/search?q=nuoc%20mam", "#search-results li"],
  ["/sales-points", "#sales-point-results ol > li"],
] as const) {
  test(`the first result of ${url} is on the first screen`, async ({ page }) => {
    await gotoReady(page, url);
    const item = page.locator(first).first();
    await expect(item).toBeVisible();
    const box = await item.boundingBox();
    expect(box!.y).toBeLessThan(PHONE.height);
  });
}

test("the sales-point map on a phone: large markers, a legend, no serious axe finding", async ({ page }) => {
  await gotoReady(page, "/sales-points");
  // The map loads when its reserved box comes near the screen (ADR 0021).
  await page.getByTestId("map-box").scrollIntoViewIfNeeded();
  const map = page.getByRole("region", { name: "Bản đồ các điểm bán trong danh sách" });
  await map.scrollIntoViewIfNeeded();
  const markers = map.locator(".leaflet-marker-icon");
  await expect(markers.first()).toBeVisible();
  for (const marker of await markers.all()) {
    const box = await marker.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
  }
  await expect(page.getByRole("list", { name: "Chú giải bản đồ" })).toBeVisible();
  await expectAccessible(page);
});

test("cards and search results show a photo, a price and its unit; English mode names legal forms in English", async ({ page }) => {
  await gotoReady(page, "/products");
  // The demo's seeded illustrations are real stored files that load.
  const cover = page.locator("#product-results li").first().locator("img");
  await cover.scrollIntoViewIfNeeded();
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  await gotoReady(page, "/search?q=nuoc%20mam");
  // A demo product (other specs add products without a price).
  const product = page
    .locator("#search-results li")
    .filter({ has: page.locator('[data-result-type="product"]') })
    .filter({ hasText: "Nước mắm cá cơm Bình Minh" })
    .first();
  await expect(product).toContainText(/\d ₫ \/ \S+/);
  await expect(product.locator("img")).toBeAttached();

  await gotoReady(page, "/search?q=binh%20trung&lng=en");
  const results = page.locator("#search-results");
  await expect(results).toContainText("Cooperative");
  await expect(results).not.toContainText("Hợp tác xã ·");
});
