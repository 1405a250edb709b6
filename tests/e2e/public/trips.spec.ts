// The public rural sales trips: the list with the demo trip, the province filter and "near a
// commune" without JavaScript, the schedule in order with Vietnamese times, the "changed" mark,
// the route map with JavaScript, axe on both pages (axe needs JavaScript in the page, so it runs
// in the tests with it), the printable notice, and the feeds.
import Database from "better-sqlite3";
import { e2eDatabasePath, expect, expectAccessible, gotoNoJs, gotoReady, test } from "../fixtures";

const SLUG = "dua-hang-viet-ve-nong-thon-thang-phu-thang-truong";
const TRIP = "Đưa hàng Việt về nông thôn — Thăng Phú, Thăng Trường";
const PARTICIPANT = "HTX Dịch vụ Nông nghiệp Bình Sa";
const STOPS_IN_ORDER = [
  { heading: "Điểm dừng 1: Xã Thăng Phú", when: "Thứ Bảy, 05/12/2026, 07:00–11:00", venue: "Nhà văn hóa thôn Bình Quế" },
  { heading: "Điểm dừng 2: Xã Thăng Phú", when: "Thứ Bảy, 05/12/2026, 14:00–18:00", venue: "Chợ Bình Phú" },
  { heading: "Điểm dừng 3: Xã Thăng Trường", when: "Chủ nhật, 06/12/2026, 07:00–12:00", venue: "Sân UBND xã Thăng Trường" },
];

const schedule = (page: import("@playwright/test").Page) => page.getByRole("list", { name: "Lịch trình" }).locator(":scope > li");

test.describe("with JavaScript", () => {
  // axe takes 10–20 s on a busy two-core machine
  test.describe.configure({ timeout: 60_000 });

  test("the list shows the demo trip as upcoming and passes axe", async ({ page }) => {
    await gotoReady(page, "/trips");
    await expect(page.getByRole("heading", { level: 1, name: "Phiên chợ hàng Việt về nông thôn" })).toBeVisible();
    const upcoming = page.getByRole("list", { name: "Sắp diễn ra" });
    await expect(upcoming.getByRole("link", { name: TRIP })).toBeVisible();
    await expect(upcoming.getByText("05/12/2026 – 06/12/2026 · 3 điểm dừng")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Phiên chợ nông thôn" })).toBeVisible();
    await expectAccessible(page);
  });

  test("the commune list follows the province at once and the nearby stops pass axe", async ({ page }) => {
    await gotoReady(page, "/trips");
    await page.getByLabel("Tỉnh, thành phố của bạn").selectOption({ label: "Thành phố Đà Nẵng" });
    await expect(page.getByLabel("Xã, phường của bạn").getByRole("option", { name: "Xã Thăng Trường" })).toHaveCount(1);
    await page.getByLabel("Xã, phường của bạn").selectOption({ label: "Xã Thăng Trường" });
    await page.getByRole("button", { name: "Xem điểm dừng gần" }).first().click();
    const results = page.getByRole("list", { name: "Điểm dừng sắp tới gần Xã Thăng Trường" });
    await expect(results.locator(":scope > li").first()).toContainText("Sân UBND xã Thăng Trường");
    await expect(results.locator(":scope > li").first()).toContainText("Tại xã của bạn");
    await expectAccessible(page);
    await results.getByRole("link", { name: TRIP }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: TRIP })).toBeVisible();
  });

  test("the trip page draws the route map and passes axe", async ({ page }) => {
    await gotoReady(page, `/trips/${SLUG}`);
    // Leaflet loads when the map's box comes near the screen (ADR 0021).
    await page.locator("#trip-map-title").scrollIntoViewIfNeeded();
    await expect(page.getByRole("region", { name: "Bản đồ lộ trình phiên chợ" })).toBeVisible();
    await expect(page.locator(".leaflet-marker-icon")).toHaveCount(3);
    await expect(page.locator("path.leaflet-interactive")).toHaveCount(1);
    await expectAccessible(page);
  });

  test("the notice page offers a print button and passes axe", async ({ page }) => {
    await gotoReady(page, `/trips/${SLUG}/notice`);
    await expect(page.getByRole("button", { name: "In thông báo" })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the province filter and 'near a commune' work", async ({ page }) => {
    await gotoNoJs(page, "/trips");
    await page.getByLabel("Tỉnh, thành phố", { exact: true }).selectOption({ label: "Thành phố Đà Nẵng" });
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page).toHaveURL(/province=48/);
    await expect(page.getByRole("list", { name: "Sắp diễn ra" }).getByRole("link", { name: TRIP })).toBeVisible();

    // two steps without JavaScript: the province brings its communes, then the commune
    await page.getByLabel("Tỉnh, thành phố của bạn").selectOption({ label: "Thành phố Đà Nẵng" });
    await page.getByRole("button", { name: "Chọn tỉnh" }).click();
    await expect(page).toHaveURL(/nearProvince=48/);
    await page.getByLabel("Xã, phường của bạn").selectOption({ label: "Xã Thăng Phú" });
    await page.getByRole("button", { name: "Xem điểm dừng gần" }).first().click();
    await expect(page).toHaveURL(/commune=20827/);
    // The demo trip's stops (the office spec may have planned other trips through Thăng Phú).
    const results = page
      .getByRole("list", { name: "Điểm dừng sắp tới gần Xã Thăng Phú" })
      .locator(":scope > li")
      .filter({ has: page.getByRole("link", { name: TRIP }) });
    await expect(results).toHaveCount(3);
    await expect(results.nth(0)).toContainText("Nhà văn hóa thôn Bình Quế");
    await expect(results.nth(0)).toContainText("Tại xã của bạn");
    await expect(results.nth(1)).toContainText("Chợ Bình Phú");
    await expect(results.nth(2)).toContainText("Sân UBND xã Thăng Trường");
    await expect(results.nth(2)).toContainText(/cách khoảng [\d,]+ km/);
  });

  test("the trip page lists the stops in order with Vietnamese times and the participant", async ({ page }) => {
    await gotoNoJs(page, `/trips/${SLUG}`);
    await expect(page.getByRole("heading", { level: 1, name: TRIP })).toBeVisible();
    await expect(schedule(page)).toHaveCount(3);
    for (const [i, stop] of STOPS_IN_ORDER.entries()) {
      const item = schedule(page).nth(i);
      await expect(item.getByRole("heading", { name: stop.heading })).toBeVisible();
      await expect(item).toContainText(stop.when);
      await expect(item).toContainText(stop.venue);
      await expect(item.getByRole("link", { name: `Thêm vào lịch: điểm dừng ${i + 1}` })).toHaveAttribute("href", /\.ics\?stop=/);
    }
    await expect(page.getByRole("region", { name: "Bản đồ lộ trình phiên chợ" })).toHaveCount(0);
    await expect(page.getByRole("list", { name: "Doanh nghiệp tham gia" }).getByRole("link", { name: PARTICIPANT })).toBeVisible();
  });

  test("a moved stop is marked changed with what it was", async ({ page }) => {
    const database = new Database(e2eDatabasePath(), { timeout: 5_000 });
    const iso = (date: Date) => date.toISOString().replace("Z", "+00:00");
    const stop = database
      .prepare(`SELECT s.id FROM TripStop s JOIN Trip t ON t.id = s.tripId WHERE t.slug = ? AND s.position = 2`)
      .get(SLUG) as { id: string };
    try {
      database
        .prepare(`UPDATE TripStop SET changedAt = ?, previousStartsAt = ?, previousVenue = ? WHERE id = ?`)
        .run(iso(new Date()), iso(new Date("2026-12-05T06:00:00Z")), "Sân chợ cũ", stop.id);
      await gotoNoJs(page, `/trips/${SLUG}`);
      const moved = schedule(page).nth(1);
      await expect(moved).toContainText("Đã thay đổi");
      await expect(moved).toContainText("Trước đây: 05/12/2026 13:00, Sân chợ cũ");
      await expect(schedule(page).nth(0)).not.toContainText("Đã thay đổi");
    } finally {
      database.prepare(`UPDATE TripStop SET changedAt = NULL, previousStartsAt = NULL, previousVenue = NULL WHERE id = ?`).run(stop.id);
      database.close();
    }
  });

  test("the printable notice has the stops in large type, the loudspeaker text and the QR", async ({ page }) => {
    await gotoNoJs(page, `/trips/${SLUG}/notice?commune=20827`);
    const sheet = page.getByRole("article", { name: "Bản thông báo" });
    await expect(sheet.getByText("THÔNG BÁO", { exact: true })).toBeVisible();
    await expect(sheet.getByRole("list", { name: "Lịch trình" }).locator(":scope > li")).toHaveCount(2);
    await expect(sheet).toContainText("Thứ Bảy, 05/12/2026, 07:00–11:00");
    await expect(sheet).toContainText("Thứ Bảy, 05/12/2026, từ 14:00 đến 18:00, tại Chợ Bình Phú, Xã Thăng Phú");
    await expect(sheet.getByRole("img", { name: new RegExp(`Mã QR dẫn đến .*/trips/${SLUG}$`) }).locator("svg")).toHaveCount(1);
    await gotoNoJs(page, `/trips/${SLUG}/notice`);
    await expect(page.getByRole("article", { name: "Bản thông báo" }).getByRole("list", { name: "Lịch trình" }).locator(":scope > li")).toHaveCount(3);
  });
});

test("the feeds: JSON with stops and participants' names, iCalendar per trip, per stop and for all", async ({ request }) => {
  const api = await request.get("/api/v1/trips");
  expect(api.ok()).toBe(true);
  const body = (await api.json()) as { data: Array<{ slug: string; stops: Array<{ venue: string; startsAt: string }>; participants: Array<{ name: string }> }> };
  const demo = body.data.find((t) => t.slug === SLUG)!;
  expect(demo.stops.map((s) => [s.venue, s.startsAt])).toEqual([
    ["Nhà văn hóa thôn Bình Quế", "2026-12-05T00:00:00.000Z"],
    ["Chợ Bình Phú", "2026-12-05T07:00:00.000Z"],
    ["Sân UBND xã Thăng Trường", "2026-12-06T00:00:00.000Z"],
  ]);
  expect(demo.participants).toContainEqual({ name: PARTICIPANT, url: expect.stringMatching(/\/producers\/htx-dich-vu-nong-nghiep-binh-sa$/) });
  // the pending applicant of the demo is not shown
  expect(demo.participants.map((p) => p.name)).not.toContain("Tạp hóa Thu Hà");

  const one = await request.get(`/trips/${SLUG}.ics`);
  expect(one.headers()["content-type"]).toContain("text/calendar");
  expect((await one.text()).match(/BEGIN:VEVENT/g)).toHaveLength(3);
  const all = await request.get("/api/v1/trips.ics");
  expect(await all.text()).toContain("DTSTART:20261205T000000Z");
  expect((await request.get(`/trips/${SLUG}.ics?stop=nope`)).status()).toBe(404);
  expect((await request.get("/trips/khong-co-phien-cho-nay")).status()).toBe(404);
});
