// The office's other trip decisions, as an officer makes them: the invitation filters narrow the
// candidates (an impossible product count shows none; "4★ OCOP" shows only producers whose
// checked certificate has four stars); an invited business accepts a trip with a fee; the
// officer records the cash it paid at the desk; then the officer cancels the trip with a reason,
// and the business's portal and the public page (which a visitor had open before, and which the
// page cache may have stored) both say so.
import type { Browser, Page } from "@playwright/test";
import { DEMO, expect, gotoReady, signInAs, test } from "../fixtures";
import { addTripStop, chooseStopProvince, createDraftTrip } from "../journeys";

const HALAM = "Công ty TNHH Thực phẩm Hà Lam";
const BINH_MINH = "Cơ sở nước mắm Bình Minh";
const BINH_TRUNG = "Hợp tác xã Nông nghiệp Bình Trung";

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  await signInAs(context, email);
  return context.newPage();
}

test.describe("a trip with a fee, recorded in cash, then cancelled", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });
  const name = `Phiên chợ có phí ${Date.now().toString(36)}`;
  let tripPath = "";
  let publicPath = "";

  test("the officer plans and publishes a trip with a fee, and the invitation filters narrow the candidates", async ({ page }) => {
    await signInAs(page, DEMO.officer);
    await gotoReady(page, "/office/trips/new");
    tripPath = await createDraftTrip(page, { name, capacity: "5", fee: "150000" });

    await chooseStopProvince(page, "Thành phố Đà Nẵng");
    await addTripStop(page, { commune: "Xã Thăng Bình", venue: "Chợ Hà Lam", starts: "2027-04-02T07:00", ends: "2027-04-02T10:00" });
    await expect(page.getByRole("heading", { level: 3, name: /Xã Thăng Bình — Chợ Hà Lam/ })).toBeVisible();
    await page.getByRole("button", { name: "Công bố chuyến" }).click();
    await expect(page.getByTestId("trip-status")).toHaveText("Đã công bố");

    await gotoReady(page, `${tripPath}/participants`);
    const candidates = page.getByRole("group", { name: "Doanh nghiệp có thể mời" });
    await expect(candidates.getByRole("checkbox", { name: new RegExp(`^${HALAM} —`) })).toBeVisible();

    await page.getByLabel("Số sản phẩm tối thiểu").fill("999");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page.getByText("Không có doanh nghiệp nào khớp bộ lọc.")).toBeVisible();
    await expect(candidates.getByRole("checkbox")).toHaveCount(0);

    await page.getByLabel("Số sản phẩm tối thiểu").fill("");
    await page.getByLabel("Sao OCOP tối thiểu").selectOption({ label: "4★" });
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page).toHaveURL(/stars=4/);
    await expect(candidates.getByRole("checkbox", { name: new RegExp(`^${BINH_MINH} — .*4 sao OCOP`) })).toBeVisible();
    await expect(candidates.getByRole("checkbox", { name: new RegExp(`^${BINH_TRUNG}`) })).toHaveCount(0);
    await expect(candidates.getByRole("checkbox", { name: new RegExp(`^${HALAM}`) })).toHaveCount(0);

    await gotoReady(page, `${tripPath}/participants`);
    await page.getByRole("checkbox", { name: new RegExp(`^${HALAM} —`) }).check();
    await page.getByRole("button", { name: "Gửi lời mời" }).click();
    await expect(page.getByText("Đã gửi 1 lời mời.")).toBeVisible();
  });

  test("the business accepts; the officer records its fee paid in cash", async ({ browser, page }) => {
    const halam = await signedInPage(browser, DEMO.business);
    await gotoReady(halam, "/business/trips");
    await halam.getByRole("listitem", { name }).getByRole("button", { name: "Nhận lời" }).click();
    await expect(halam.getByText("Bạn đã nhận lời tham gia.")).toBeVisible();
    await expect(halam.getByRole("listitem", { name })).toContainText("150.000");
    await halam.context().close();

    await signInAs(page, DEMO.officer);
    await gotoReady(page, `${tripPath}/participants`);
    const row = page.getByRole("listitem", { name: HALAM });
    await expect(row.getByTestId("participant-status")).toHaveText("Tham gia");
    // accepting opened a bank-transfer payment: the fee waits for money
    await expect(row).toContainText("Đang chờ thanh toán");
    await row.getByRole("button", { name: "Ghi nhận đã nộp tiền mặt" }).click();
    await expect(page.getByText("Đã ghi nhận phí.")).toBeVisible();
    await expect(page.getByRole("listitem", { name: HALAM })).toContainText("Đã nộp");
    await expect(page.getByRole("listitem", { name: HALAM }).getByRole("button", { name: "Ghi nhận đã nộp tiền mặt" })).toHaveCount(0);
  });

  test("the officer cancels the trip with a reason; the business and the public page see it", async ({ browser, page }) => {
    // a visitor opens the public page first (it is then stored by the page cache)
    const visitorContext = await browser.newContext({ locale: "vi-VN" });
    const visitor = await visitorContext.newPage();
    await gotoReady(visitor, "/trips");
    await visitor.getByRole("link", { name }).click();
    await visitor.waitForURL(/\/trips\/[^/]+$/);
    publicPath = new URL(visitor.url()).pathname;
    // loaded twice in full: the second copy usually comes from the page cache (unless another
    // test committed in between, which ends it) and must hydrate either way; that a stored page
    // is a hit with its own nonce is pinned down in server/page-cache.server.test.ts
    await gotoReady(visitor, publicPath);
    await gotoReady(visitor, publicPath);
    await expect(visitor.getByText(/Phiên chợ đã bị hủy/)).toHaveCount(0);

    await signInAs(page, DEMO.officer);
    await gotoReady(page, tripPath);
    await page.getByLabel("Lý do hủy").fill("Mưa bão, chính quyền xã đề nghị hoãn");
    await page.getByRole("button", { name: "Hủy chuyến" }).click();
    await expect(page.getByText("Đã hủy chuyến; các doanh nghiệp đã được báo.")).toBeVisible();
    await expect(page.getByTestId("trip-status")).toHaveText("Đã hủy");

    await gotoReady(visitor, publicPath);
    await expect(visitor.getByRole("status").filter({ hasText: "Phiên chợ đã bị hủy. Lý do: Mưa bão, chính quyền xã đề nghị hoãn" })).toBeVisible();
    await visitorContext.close();

    const halam = await signedInPage(browser, DEMO.business);
    await gotoReady(halam, "/business/trips");
    await expect(halam.getByRole("listitem", { name })).toContainText("Đã hủy");
    await halam.context().close();
  });
});
