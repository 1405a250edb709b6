// The acceptance journey for rural sales trips: the officer plans a trip with three
// stops in three communes and invites two businesses; one accepts and one declines (both with
// JavaScript disabled); the trip is published and its public page lists the stops in order with
// Vietnamese times and the accepted business; the officer moves stop 2 by an hour and the public
// page marks it changed; at stop 1 the officer checks the business in by typed code (the second
// time: "already") and records a passed inspection; the business reports its sales; the office's
// results show the totals.
import type { Browser, Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, gotoReady, signInAs, test } from "../fixtures";
import { addTripStop, chooseStopProvince, createDraftTrip } from "../journeys";

const HALAM = "Công ty TNHH Thực phẩm Hà Lam";
const BINH_MINH = "Cơ sở nước mắm Bình Minh";
const STOPS = [
  { commune: "Xã Thăng Bình", venue: "Chợ Thăng Bình", starts: "2027-03-10T08:00", ends: "2027-03-10T11:00", when: "Thứ Tư, 10/03/2027, 08:00–11:00" },
  { commune: "Xã Thăng An", venue: "Nhà văn hóa thôn Bình Quang", starts: "2027-03-11T08:00", ends: "2027-03-11T11:00", when: "Thứ Năm, 11/03/2027, 08:00–11:00" },
  { commune: "Xã Thăng Phú", venue: "Sân UBND xã Thăng Phú", starts: "2027-03-12T07:00", ends: "2027-03-12T10:00", when: "Thứ Sáu, 12/03/2027, 07:00–10:00" },
];

async function newPage(browser: Browser, email: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  await signInAs(context, email);
  return context.newPage();
}

const schedule = (page: Page) => page.getByRole("list", { name: "Lịch trình" }).locator(":scope > li");

test.describe("rural sales trips", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });
  const name = `Đưa hàng Việt về nông thôn thử ${Date.now().toString(36)}`;
  let tripPath = "";
  let slug = "";

  test("the officer plans a trip with three stops in three communes and invites two businesses", async ({ page }) => {
    await signInAs(page, DEMO.officer);
    await gotoReady(page, "/office/trips");
    await page.getByRole("link", { name: "Tạo chuyến mới" }).click();
    tripPath = await createDraftTrip(page, { name, capacity: "10", fee: "0" });

    await chooseStopProvince(page, "Thành phố Đà Nẵng");
    for (const stop of STOPS) {
      await addTripStop(page, stop);
      await expect(page.getByRole("heading", { level: 3, name: new RegExp(`${stop.commune} — ${stop.venue}`) })).toBeVisible();
    }
    // an end before the start is refused next to the field
    await addTripStop(page, { commune: "Xã Thăng Bình", venue: "Chợ sai giờ", starts: "2027-03-13T10:00", ends: "2027-03-13T09:00" });
    await expect(page.getByRole("region", { name: "Thêm điểm dừng" }).getByText("Giờ kết thúc phải sau giờ bắt đầu.")).toBeVisible();
    await expectAccessible(page);

    await gotoReady(page, `${tripPath}/participants`);
    await page.getByRole("checkbox", { name: new RegExp(`^${HALAM} —`) }).check();
    await page.getByRole("checkbox", { name: new RegExp(`^${BINH_MINH} —`) }).check();
    await page.getByRole("button", { name: "Gửi lời mời" }).click();
    await expect(page.getByText("Đã gửi 2 lời mời.")).toBeVisible();
    await expect(page.getByRole("listitem", { name: HALAM }).getByTestId("participant-status")).toHaveText("Đã mời, chờ trả lời");
  });

  test("without JavaScript one business accepts and the other declines", async ({ browser }) => {
    const halam = await newPage(browser, DEMO.business, false);
    await halam.goto("/business/trips");
    const invitation = halam.getByRole("listitem", { name });
    await invitation.getByRole("button", { name: "Nhận lời" }).click();
    await expect(halam.getByText("Bạn đã nhận lời tham gia.")).toBeVisible();
    await expect(halam.getByRole("listitem", { name }).getByTestId("participation-status")).toHaveText("Tham gia");
    await expect(halam.getByRole("listitem", { name }).getByText(/Mã điểm danh: [0-9A-Z]{20}/)).toBeVisible();

    const binhMinh = await newPage(browser, DEMO.household, false);
    await binhMinh.goto("/business/trips");
    await binhMinh.getByRole("listitem", { name }).getByRole("button", { name: "Từ chối" }).click();
    await expect(binhMinh.getByText("Bạn đã từ chối lời mời.")).toBeVisible();
    await expect(binhMinh.getByRole("listitem", { name }).getByTestId("participation-status")).toHaveText("Đã từ chối lời mời");
    await halam.context().close();
    await binhMinh.context().close();
  });

  test("the trip is published; its public page shows the stops in order, Vietnamese times and the accepted business", async ({ page }) => {
    await signInAs(page, DEMO.officer);
    await gotoReady(page, tripPath);
    await page.getByRole("button", { name: "Công bố chuyến" }).click();
    await expect(page.getByTestId("trip-status")).toHaveText("Đã công bố");
    await page.getByRole("link", { name: "Xem trang công khai" }).click();
    await page.waitForURL(/\/trips\/[^/]+$/);
    slug = new URL(page.url()).pathname.split("/").pop()!;
    const items = schedule(page);
    await expect(items).toHaveCount(3);
    for (const [i, stop] of STOPS.entries()) {
      await expect(items.nth(i).getByRole("heading", { level: 3 })).toHaveText(`Điểm dừng ${i + 1}: ${stop.commune}`);
      await expect(items.nth(i)).toContainText(stop.when);
      await expect(items.nth(i)).toContainText(stop.venue);
    }
    const participants = page.getByRole("region", { name: "Doanh nghiệp tham gia" }).or(page.locator("section", { has: page.getByRole("heading", { name: "Doanh nghiệp tham gia" }) }));
    await expect(participants.getByRole("link", { name: HALAM })).toBeVisible();
    await expect(participants.getByText(BINH_MINH)).toHaveCount(0);
  });

  test("the officer moves the second stop by one hour and the public page marks it changed", async ({ page }) => {
    await signInAs(page, DEMO.officer);
    await gotoReady(page, tripPath);
    const stop2 = page.getByRole("listitem", { name: `2. ${STOPS[1]!.commune} — ${STOPS[1]!.venue}` });
    await stop2.getByText("Sửa điểm dừng 2").click();
    await stop2.getByLabel("Bắt đầu (giờ Việt Nam)").fill("2027-03-11T09:00");
    await stop2.getByLabel("Kết thúc (giờ Việt Nam)").fill("2027-03-11T12:00");
    await stop2.getByRole("button", { name: "Lưu điểm dừng" }).click();
    await expect(page.getByText("Đã lưu điểm dừng; các doanh nghiệp tham gia đã được báo thay đổi.")).toBeVisible();

    await gotoReady(page, `/trips/${slug}`);
    const items = schedule(page);
    await expect(items.nth(1)).toContainText("Đã thay đổi");
    await expect(items.nth(1)).toContainText("Thứ Năm, 11/03/2027, 09:00–12:00");
    await expect(items.nth(1)).toContainText("11/03/2027 08:00");
    await expect(items.nth(0)).not.toContainText("Đã thay đổi");
  });

  test("at stop 1 the officer checks the business in by typed code, then records a passed inspection", async ({ page }) => {
    await signInAs(page, DEMO.officer);
    await gotoReady(page, `${tripPath}/participants`);
    const codeText = await page.getByRole("listitem", { name: HALAM }).getByText(/Mã điểm danh: /).textContent();
    const code = codeText!.replace("Mã điểm danh: ", "").trim();

    await gotoReady(page, `${tripPath}/day`);
    await page.getByLabel("Mã điểm danh").fill(code.toLowerCase().replace(/(.{5})/g, "$1 "));
    await page.getByRole("button", { name: "Điểm danh", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("Đã điểm danh");
    await expect(page.getByRole("status")).toContainText(HALAM);
    await page.getByLabel("Mã điểm danh").fill(code);
    await page.getByRole("button", { name: "Điểm danh", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("Đã điểm danh trước đó lúc");

    const inspection = page.getByRole("form", { name: `Kiểm tra hàng hóa: ${HALAM}` });
    for (const item of ["Hàng có xuất xứ Việt Nam", "Ghi nhãn đầy đủ", "Còn hạn sử dụng", "Niêm yết giá"]) await inspection.getByLabel(item).check();
    await inspection.getByLabel("Đạt", { exact: true }).check();
    await inspection.getByRole("button", { name: "Lưu kết quả kiểm tra" }).click();
    await expect(page.getByText("Đã lưu kết quả kiểm tra.")).toBeVisible();
    await expect(page.getByText("Kiểm tra: đạt")).toBeVisible();
    await page.getByRole("spinbutton", { name: "Số lượt khách tại điểm dừng" }).fill("350");
    await page.getByRole("button", { name: "Lưu số khách" }).click();
    await expect(page.getByText("Đã lưu số khách.")).toBeVisible();
  });

  test("the business reports its sales at stop 1 and the office's trip results show the totals", async ({ browser }) => {
    const halam = await newPage(browser, DEMO.business);
    await gotoReady(halam, "/business/trips");
    await halam.getByRole("listitem", { name }).getByRole("link", { name: "Chi tiết" }).click();
    const stop1 = halam.getByRole("listitem", { name: `1. ${STOPS[0]!.commune} — ${STOPS[0]!.venue}` });
    await expect(stop1.getByText("Kiểm tra hàng: đạt")).toBeVisible();
    await stop1.getByLabel(/Doanh số tại điểm này/).fill("1.250.000");
    await stop1.getByRole("button", { name: "Lưu doanh số" }).click();
    await expect(halam.getByText("Đã lưu doanh số.")).toBeVisible();
    await expectAccessible(halam);
    await halam.context().close();

    const office = await newPage(browser, DEMO.officer);
    await gotoReady(office, `${tripPath}/results`);
    await expect(office.getByTestId("total-sales")).toHaveText("1.250.000 ₫");
    await expect(office.getByTestId("total-visitors")).toHaveText("350");
    await expect(office.getByRole("row", { name: new RegExp(HALAM) })).toContainText("1.250.000 ₫");
    await office.context().close();
  });
});
