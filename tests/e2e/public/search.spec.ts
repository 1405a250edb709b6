// The public search as a visitor uses it: suggestions in the header box, results with facets,
// synonyms, the empty state, keyboard-only use, and the same search without JavaScript.
// Demo data: prisma/seed/demo.ts ("Nước mắm cá cơm Bình Minh", "Đậu phộng rang muối", …).
import type { Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, signInAs, test } from "../fixtures";

const searchBox = (page: Page) => page.getByRole("combobox", { name: "Tìm sản phẩm, nhà sản xuất, điểm bán" });
const resultHeading = (page: Page) => page.getByRole("heading", { level: 2, name: /^Tìm thấy \d+ kết quả/ });
const countOf = async (page: Page) => Number((await resultHeading(page).textContent())!.match(/\d+/)![0]);
const results = (page: Page) => page.getByRole("list", { name: "Kết quả" }).getByRole("listitem");
const facets = (page: Page) => page.getByRole("navigation", { name: "Lọc kết quả" });

async function expectAllResultsOfType(page: Page, label: string) {
  const types = await results(page).locator("[data-result-type]").allTextContents();
  expect(types.length).toBeGreaterThan(0);
  expect(new Set(types.map((t) => t.trim()))).toEqual(new Set([label]));
}

test.describe("search with JavaScript", () => {
  test("typing shows suggestions, Enter opens /search with facets, a facet narrows the results", async ({ page }) => {
    await page.goto("/");
    const box = searchBox(page);
    await box.pressSequentially("nuoc m", { delay: 30 });
    const listbox = page.getByRole("listbox", { name: "Gợi ý tìm kiếm" });
    await expect(listbox).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expect(listbox.getByRole("option").filter({ hasText: "Nước mắm" }).first()).toBeVisible();
    await expect(listbox.locator("mark").first()).toHaveText(/nước mắm/i);

    // Enter without an active option submits the form.
    await box.pressSequentially("am", { delay: 30 });
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=nuoc\+mam$/);
    await expect(resultHeading(page)).toContainText("cho “nuoc mam”");
    const all = await countOf(page);
    expect(all).toBeGreaterThan(2);
    await expect(results(page).locator("mark").first()).toBeVisible();

    const productFacet = facets(page).getByRole("link", { name: /^Sản phẩm \(\d+\)$/ });
    const expected = Number((await productFacet.textContent())!.match(/\((\d+)\)/)![1]);
    expect(expected).toBeLessThan(all);
    await productFacet.click();
    await expect(page).toHaveURL(/type=product/);
    await expect.poll(() => countOf(page)).toBe(expected);
    await expectAllResultsOfType(page, "Sản phẩm");
    await expect(facets(page).getByText(/Sản phẩm \(\d+\) \(đang chọn\)/)).toBeVisible();

    await facets(page).getByRole("link", { name: "Bỏ lọc: Sản phẩm" }).click();
    await expect.poll(() => countOf(page)).toBe(all);

    await facets(page).getByRole("link", { name: /^Nhà sản xuất \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/type=producer/);
    await expect.poll(() => countOf(page)).toBeLessThan(all);
    await expectAllResultsOfType(page, "Nhà sản xuất");
    await expectAccessible(page);
  });

  test("keyboard only: ArrowDown picks a suggestion, Enter opens it, Escape closes the list", async ({ page }) => {
    await page.goto("/");
    const box = searchBox(page);
    await box.focus();
    await page.keyboard.type("nuoc mam", { delay: 30 });
    const listbox = page.getByRole("listbox", { name: "Gợi ý tìm kiếm" });
    await expect(listbox.getByRole("option").first()).toBeVisible();

    await page.keyboard.press("Escape");
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute("aria-expanded", "false");

    await page.keyboard.press("ArrowDown");
    const first = listbox.getByRole("option").first();
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
    await page.keyboard.press("ArrowDown");
    const second = listbox.getByRole("option").nth(1);
    await expect(second).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowUp");
    await expect(first).toHaveAttribute("aria-selected", "true");
    const title = (await first.locator("span.font-semibold").first().textContent())!.trim();

    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/(products|producers|sales-points)\/[^/?]+$/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });

  test("a synonym finds the other word: “lac” finds “Đậu phộng”", async ({ page }) => {
    await page.goto("/search?q=lac");
    await expect(resultHeading(page)).toBeVisible();
    await expect(results(page).getByRole("link", { name: "Đậu phộng rang muối" })).toBeVisible();
  });

  test("nothing found: helpful text and links to browse; the start page offers examples", async ({ page }) => {
    await page.goto("/search?q=xyzqwv");
    await expect(page.getByRole("heading", { level: 2, name: "Không tìm thấy kết quả cho “xyzqwv”" })).toBeVisible();
    await expect(page.getByText("Gõ không dấu cũng được")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Nhà sản xuất" })).toHaveAttribute("href", "/producers");
    await expectAccessible(page);

    await page.goto("/search");
    await expect(page.getByRole("heading", { level: 1, name: "Tìm kiếm" })).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "bánh tráng" }).click();
    await expect(page).toHaveURL(/\/search\?q=b%C3%A1nh\+tr%C3%A1ng/);
    await expect(results(page).first()).toBeVisible();
  });

  test("the open-data endpoint answers JSON", async ({ request }) => {
    const response = await request.get("/api/v1/search?q=nuoc%20mam");
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["cache-control"]).toBe("public, max-age=60");
    const body = (await response.json()) as { total: number; data: { url: string; type: string; highlight: { title: unknown[] } }[]; facets: Record<string, unknown[]> };
    expect(body.total).toBeGreaterThan(0);
    expect(body.data[0]!.url).toMatch(/^http:\/\/localhost:\d+\//);
    expect(body.data[0]!.highlight.title.length).toBeGreaterThan(0);
    expect(body.facets.type!.length).toBeGreaterThan(0);

    const bad = await request.get("/api/v1/search?q=x&type=shop");
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: { fields: Record<string, unknown> } }).error.fields.type).toBeDefined();
  });
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header form submits to /search; results, facets and facet links work", async ({ page }) => {
    await page.goto("/");
    await searchBox(page).fill("nuoc mam");
    await page.getByRole("search").getByRole("button", { name: "Tìm" }).click();
    await expect(page).toHaveURL(/\/search\?q=nuoc\+mam$/);
    const all = await countOf(page);
    expect(all).toBeGreaterThan(2);
    await expect(results(page).getByRole("link", { name: "Nước mắm cá cơm Bình Minh" })).toBeVisible();

    await facets(page).getByRole("link", { name: /^Điểm bán \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/type=salesPoint/);
    expect(await countOf(page)).toBeLessThan(all);
    await expectAllResultsOfType(page, "Điểm bán");
    // axe needs JavaScript; the same page is checked in the tests above.
  });
});

test.describe("office synonyms", () => {
  test("an officer adds a synonym group, a taken word is refused, the group can be deleted", async ({ page }) => {
    await signInAs(page, DEMO.officer);
    await page.goto("/office/search/synonyms");
    await expect(page.getByRole("heading", { level: 1, name: "Từ đồng nghĩa khi tìm kiếm" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "lạc, đậu phộng", exact: true })).toBeVisible();
    await expect(page.getByRole("cell", { name: "thom > dứa, khom", exact: true })).toBeVisible();

    const terms = page.getByLabel("Các từ, cách nhau bằng dấu phẩy");
    await terms.fill("Đậu phộng, đậu lạc");
    await page.getByRole("button", { name: "Thêm nhóm" }).click();
    await expect(page.getByText("Có từ đã thuộc một nhóm khác")).toBeVisible();

    await terms.fill("Khoai lang, khoai mật, KHOAI LANG");
    await page.getByRole("button", { name: "Thêm nhóm" }).click();
    await expect(page.getByRole("cell", { name: "khoai lang, khoai mat", exact: true })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Xoá nhóm “khoai lang, khoai mat”" }).click();
    await expect(page.getByRole("cell", { name: "khoai lang, khoai mat", exact: true })).toBeHidden();
  });
});
