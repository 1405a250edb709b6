// Search as rural shoppers type it (issue #15), from the header box with Enter, on the demo:
// a one-letter last word, Telex typed without a Vietnamese keyboard, and one word too many.
// Demo data: prisma/seed/demo.ts and prisma/seed/demo-search.ts ("Cơm cháy chà bông Hà Lam").
import type { Page } from "@playwright/test";
import { expect, expectAccessible, gotoReady, test } from "../fixtures";

const searchBox = (page: Page) => page.getByRole("combobox", { name: "Tìm sản phẩm, nhà sản xuất, điểm bán" });
const results = (page: Page) => page.getByRole("list", { name: "Kết quả" }).getByRole("listitem");

async function searchFromHeader(page: Page, text: string) {
  await gotoReady(page, "/");
  const box = searchBox(page);
  await box.fill(text);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
}

test.describe("search relevance from the header box", () => {
  test("'com ch' and Enter lists 'Cơm cháy …' first", async ({ page }) => {
    await searchFromHeader(page, "com ch");
    await expect(results(page).first().getByRole("link").first()).toHaveText(/^Cơm cháy/);
    await expectAccessible(page);
  });

  test("a Telex query finds its product: 'tuwowng ots' is 'Tương ớt'", async ({ page }) => {
    await searchFromHeader(page, "tuwowng ots");
    await expect(results(page).first().getByRole("link").first()).toHaveText("Tương ớt Hà Lam");
  });

  test("one word the product does not have still finds it", async ({ page }) => {
    await searchFromHeader(page, "rượu nếp Bình Triều thơm");
    await expect(results(page).first().getByRole("link").first()).toHaveText("Rượu nếp Bình Triều");
  });
});
