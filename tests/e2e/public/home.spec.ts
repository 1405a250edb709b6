import { expect, expectAccessible, test } from "../fixtures";

test("a visitor reads the latest news from the home page", async ({ page }) => {
  await page.goto("/");
  const newsSection = page.getByRole("region", { name: "Tin mới" });
  const first = newsSection.getByRole("link").first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Tất cả tin tức" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tin tức");
  await expectAccessible(page);
  const missing = await page.goto("/news/khong-co-tin-nay");
  expect(missing?.status()).toBe(404);
});

test("the open-data page lists the endpoints and the figures answer JSON", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Dữ liệu mở" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dữ liệu mở");
  await expect(page.getByRole("link", { name: "/api/v1/sales-points.geojson" })).toBeVisible();
  await expectAccessible(page);
  const stats = await request.get("/api/v1/stats");
  expect(stats.status()).toBe(200);
  const body = (await stats.json()) as { data: { producers: number; products: number } };
  expect(body.data.producers).toBeGreaterThan(0);
  expect(body.data.products).toBeGreaterThan(0);
  // The home page shows the same figures.
  await page.goto("/");
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: "nhà sản xuất" }).first()).toContainText(
    String(body.data.producers),
  );
});
