// The public directory of sales points: filters, "near me", the detail page and its verify
// link, the same without JavaScript, and keyboard access to filters, list and map.
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";

const REVOKED_POINT = "Tạp hóa Thu Hà — chợ Thăng Trường";
const CERTIFIED_POINT = "Cửa hàng Thực phẩm Hà Lam";

async function resultCount(page: Page): Promise<number> {
  const text = await page.getByRole("heading", { name: /^Tìm thấy \d+ điểm bán$/ }).textContent();
  return Number(/\d+/.exec(text ?? "")![0]);
}

/** Waits until the results heading no longer shows `previous`, then returns the new count. */
async function changedResultCount(page: Page, previous: number): Promise<number> {
  await expect(page.getByRole("heading", { name: `Tìm thấy ${previous} điểm bán` })).toHaveCount(0);
  return resultCount(page);
}

/** The map loads when its box scrolls near the screen (ADR 0021): bring it there, wait for it. */
async function scrollToMap(page: Page) {
  await page.getByTestId("map-box").scrollIntoViewIfNeeded();
  const map = page.getByRole("region", { name: "Bản đồ các điểm bán trong danh sách" });
  await expect(map).toBeVisible();
  return map;
}

const results = (page: Page) => page.locator("#sales-point-results ol > li");

/** "Cách 2,4 km" / "Cách 850 m" → kilometres */
function parseDistance(text: string): number {
  const match = /Cách ([\d.,]+) (km|m)/.exec(text);
  if (!match) throw new Error(`no distance in "${text}"`);
  const value = Number(match[1]!.replace(/\./g, "").replace(",", "."));
  return match[2] === "km" ? value : value / 1000;
}

test.describe("with JavaScript", () => {
  test("certified only and place filters narrow the list", async ({ page }) => {
    await page.goto("/sales-points");
    await expect(page.getByRole("heading", { level: 1, name: "Điểm bán hàng Việt" })).toBeVisible();
    const all = await resultCount(page);
    await expect(page.getByRole("link", { name: REVOKED_POINT })).toBeVisible();

    await page.getByLabel("Chỉ điểm bán đã được chứng nhận").check();
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page).toHaveURL(/certified=1/);
    const certified = await changedResultCount(page, all);
    expect(certified).toBeLessThan(all);
    await expect(page.getByRole("link", { name: REVOKED_POINT })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Cửa hàng mây tre Quảng Đà" })).toHaveCount(0);
    for (const item of await results(page).all()) await expect(item.getByText("Đã chứng nhận")).toBeVisible();

    await page.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Đà Nẵng" });
    await page.getByLabel("Xã, phường", { exact: true }).selectOption({ label: "Xã Thăng An" });
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page).toHaveURL(/commune=20794/);
    const inCommune = await changedResultCount(page, certified);
    expect(inCommune).toBeGreaterThan(0);
    expect(inCommune).toBeLessThan(certified);
    for (const item of await results(page).all()) await expect(item).toContainText("Xã Thăng An");
  });

  test.describe("near me", () => {
    test.use({ geolocation: { latitude: 15.74, longitude: 108.36 }, permissions: ["geolocation"] });

    test("sorts by distance from the browser's location and shows it", async ({ page }) => {
      await page.goto("/sales-points");
      await page.getByRole("button", { name: "Vị trí của tôi" }).click();
      await expect(page).toHaveURL(/near=15\.74/);
      await expect(page.getByText("Xếp theo khoảng cách, gần nhất trước.")).toBeVisible();
      // Where "here" is, in words: the commune, never the coordinates.
      await expect(page.getByText(/Khoảng cách tính từ vị trí của bạn, gần Xã Thăng/)).toBeVisible();
      await expect(page.getByRole("main")).not.toContainText("15.74");
      const texts = await page.getByTestId("distance").allTextContents();
      expect(texts.length).toBeGreaterThan(2);
      const km = texts.filter((t) => /Cách [\d]/.test(t)).map(parseDistance);
      expect(km).toEqual([...km].sort((a, b) => a - b));
      // 215 Tiểu La is about half a kilometre from 15.74,108.36
      await expect(results(page).first()).toContainText(/Cách \d+ m|Cách 0,\d km/);
    });
  });

  test("a detail page has hours, directions and a verify link that confirms the certificate", async ({ page }) => {
    await page.goto("/sales-points");
    await page.getByRole("link", { name: CERTIFIED_POINT, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: CERTIFIED_POINT })).toBeVisible();
    await expect(page.getByRole("table", { name: "Giờ mở cửa" })).toContainText("Thứ Hai");
    await expect(page.getByRole("table", { name: "Giờ mở cửa" })).toContainText("06:30 – 21:00");
    await expect(page.getByRole("link", { name: "Chỉ đường (OpenStreetMap)" })).toHaveAttribute(
      "href",
      "https://www.openstreetmap.org/directions?to=15.7378%2C108.3642",
    );
    await expect(page.getByText(/Đang (mở|đóng) cửa/).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Công ty TNHH Thực phẩm Hà Lam" })).toHaveAttribute("href", /^\/producers\//);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Kiểm tra chứng nhận DBHV-TB-2026-001" }).click();
    await expect(page).toHaveURL(/\/verify\/[0-9A-Z]{20}$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("CÒN HIỆU LỰC");
  });

  test("the overnight stall shows its hours as running into the next day", async ({ page }) => {
    await page.goto("/sales-points");
    await page.getByRole("link", { name: "Gian đặc sản chợ đêm Hà Lam" }).click();
    await expect(page.getByRole("table", { name: "Giờ mở cửa" })).toContainText("17:00 – 01:00 (hôm sau)");
  });

  test("the map has a name, says the list is its alternative, and its markers work by keyboard", async ({ page }) => {
    await page.goto("/sales-points");
    const map = await scrollToMap(page);
    await expect(page.getByText("Danh sách phía trên có đủ mọi điểm bán trên bản đồ")).toBeVisible();
    // Offline (the e2e server sets MAP_TILE_URL=off): outlines of the communes, named, and a legend.
    await expect(map.locator(".map-area-label", { hasText: "Xã Thăng An" })).toBeVisible();
    const legend = page.getByRole("list", { name: "Chú giải bản đồ" });
    await expect(legend).toContainText("Điểm bán đã được chứng nhận");
    await expect(legend).toContainText("Khu vực các xã có điểm bán");
    await expect(page.getByText(/Bản đồ nền chưa được cấu hình|toạ độ/)).toHaveCount(0);
    const marker = map.getByRole("button", { name: CERTIFIED_POINT, exact: true });
    await marker.focus();
    await page.keyboard.press("Enter");
    const detail = map.getByRole("link", { name: `Xem chi tiết: ${CERTIFIED_POINT}` });
    await expect(detail).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: CERTIFIED_POINT })).toBeVisible();
  });

  test("Tab reaches the filters and the list links", async ({ page }) => {
    await page.goto("/sales-points");
    await scrollToMap(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const reached = new Set<string>();
    for (let i = 0; i < 80 && !reached.has("list-link"); i++) {
      await page.keyboard.press("Tab");
      const kind = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return "";
        if (el.id === "filter-province") return "province";
        if (el.tagName === "BUTTON" && el.textContent?.includes("Vị trí của tôi")) return "near";
        if ((el as HTMLInputElement).name === "certified") return "certified";
        if (el.closest("#sales-point-results ol") && el.tagName === "A") return "list-link";
        return "";
      });
      if (kind) reached.add(kind);
    }
    expect([...reached].sort()).toEqual(["certified", "list-link", "near", "province"]);
  });

  test("has no serious accessibility violations with the map rendered", async ({ page }) => {
    test.setTimeout(60_000); // axe over a map with its markers is slow on a busy 2-core machine
    await page.goto("/sales-points");
    await scrollToMap(page);
    await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the list, filters, two-step commune choice and near-a-commune work", async ({ page }) => {
    await page.goto("/sales-points");
    await expect(page.getByRole("region", { name: "Bản đồ các điểm bán trong danh sách" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Vị trí của tôi" })).toHaveCount(0);
    const all = await resultCount(page);

    await page.getByLabel("Chỉ điểm bán đã được chứng nhận").check();
    await page.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Đà Nẵng" });
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page).toHaveURL(/certified=1/);
    expect(await changedResultCount(page, all)).toBeLessThan(all);
    await expect(page.getByRole("link", { name: REVOKED_POINT })).toHaveCount(0);
    await expect(page.getByLabel("Chỉ điểm bán đã được chứng nhận")).toBeChecked();

    await page.getByLabel("Xã, phường", { exact: true }).selectOption({ label: "Xã Thăng Phú" });
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page).toHaveURL(/commune=20827/);
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toContainText("Tạp hóa Thu Hà");

    await page.goto("/sales-points");
    await page.getByLabel("Gần xã, phường").selectOption("20794");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page.getByText(/Khoảng cách tính từ khu vực Xã Thăng An/)).toBeVisible();
    const km = (await page.getByTestId("distance").allTextContents()).filter((t) => /Cách [\d]/.test(t)).map(parseDistance);
    expect(km.length).toBeGreaterThan(2);
    expect(km).toEqual([...km].sort((a, b) => a - b));

    // A location that cannot be read (a hand-edited link) is said in words, and ignored.
    await page.goto("/sales-points?near=north%20of%20here");
    await expect(page.getByText("Không đọc được vị trí đã gửi")).toBeVisible();
  });

  test("a detail page and its verify link", async ({ page }) => {
    await page.goto("/sales-points");
    await page.getByRole("link", { name: CERTIFIED_POINT, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: CERTIFIED_POINT })).toBeVisible();
    await page.getByRole("link", { name: /Kiểm tra chứng nhận DBHV-TB-2026-001/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("CÒN HIỆU LỰC");
  });

  test("an unknown sales point is a 404", async ({ page }) => {
    const response = await page.goto("/sales-points/khong-ton-tai");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
  });
});

test.describe("open data", () => {
  test("JSON and GeoJSON", async ({ request }) => {
    const json = await request.get("/api/v1/sales-points?certified=1&near=15.74,108.36");
    expect(json.status()).toBe(200);
    expect(json.headers()["access-control-allow-origin"]).toBe("*");
    const body = (await json.json()) as { data: Array<{ distanceKm: number; certified: boolean }>; total: number };
    expect(body.total).toBeGreaterThan(0);
    expect(body.data.every((d) => d.certified)).toBe(true);
    const distances = body.data.map((d) => d.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));

    const geo = await request.get("/api/v1/sales-points.geojson");
    expect(geo.status()).toBe(200);
    expect(geo.headers()["content-type"]).toContain("application/geo+json");
    expect(geo.headers()["cache-control"]).toBe("public, max-age=300");
    const collection = (await geo.json()) as { type: string; features: Array<{ geometry: { coordinates: [number, number] } }> };
    expect(collection.type).toBe("FeatureCollection");
    for (const f of collection.features) {
      expect(f.geometry.coordinates[0]).toBeGreaterThan(100); // longitude first
      expect(f.geometry.coordinates[1]).toBeLessThan(30);
    }
    expect((await request.get("/api/v1/sales-points?near=nowhere")).status()).toBe(400);
  });
});
