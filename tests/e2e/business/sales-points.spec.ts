// The acceptance journey for certified sales points: a business adds a sales point and
// applies; an officer inspects and certifies it; the public sees it as certified and its QR
// page says valid; the officer revokes it; the QR page says revoked with date and reason and
// the point leaves the "certified only" list. Plus the poster and the no-JS form.
import type { Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, signInAs, logOut, test } from "../fixtures";

const WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"];

function todayVn(): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());
  return parts; // dd/mm/yyyy, as formatDate writes it in Vietnamese
}

async function fillDetails(page: Page, name: string) {
  await page.getByLabel("Tên điểm bán").fill(name);
  await page.getByLabel("Số nhà, đường, thôn").fill("12 Tiểu La, thôn Hà Lam");
  await page.getByLabel(/^Vĩ độ/).fill("15.7395");
  await page.getByLabel(/^Kinh độ/).fill("108.3672");
  await page.getByLabel("Tỷ lệ hàng Việt Nam (%)").fill("90");
  for (const day of WEEKDAYS.slice(0, 6)) {
    await page.getByLabel(`Mở cửa ${day}`, { exact: true }).fill("07:00");
    await page.getByLabel(`Đóng cửa ${day}`, { exact: true }).fill("21:00");
  }
  await page.getByLabel("Nghỉ Chủ Nhật", { exact: true }).check();
}

test.describe("sales point certification", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });

  test("business adds and applies; officer inspects, certifies and revokes; the public follows", async ({ page }) => {
    const name = `Cửa hàng Hàng Việt E2E ${Date.now()}`;

    // ── the business adds a sales point and applies
    await signInAs(page, DEMO.business);
    await page.goto("/business/sales-points");
    await expect(page.getByRole("heading", { level: 1, name: "Điểm bán hàng" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Thêm điểm bán" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Thêm điểm bán" })).toBeVisible();
    await page.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Đà Nẵng" });
    const commune = page.getByLabel("Xã, phường, đặc khu");
    await expect(commune.locator("option", { hasText: "Xã Thăng Bình" })).toHaveCount(1);
    await commune.selectOption({ label: "Xã Thăng Bình" });
    await fillDetails(page, name);
    await page.getByLabel("Mở cửa Thứ Bảy", { exact: true }).fill("18:00");
    await page.getByLabel("Đóng cửa Thứ Bảy", { exact: true }).fill("01:00");
    await expect(page.getByText("Mở qua đêm: đóng cửa vào sáng hôm sau.")).toBeVisible();
    await page.getByLabel("Nông sản và thực phẩm").check();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Lưu điểm bán" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Đã thêm điểm bán.", { exact: false })).toBeVisible();
    const businessUrl = page.url();
    const id = new URL(businessUrl).pathname.split("/").pop()!;
    await expectAccessible(page);
    await page.getByRole("button", { name: "Đăng ký chứng nhận" }).click();
    await expect(page.getByText("Đã nộp hồ sơ đăng ký chứng nhận.", { exact: false })).toBeVisible();
    await expect(page.getByText("Đã đăng ký, đang chờ xét")).toBeVisible();
    await logOut(page);

    // ── the officer inspects and certifies
    await signInAs(page, DEMO.officer);
    await page.goto("/office/sales-points");
    await expectAccessible(page);
    await page.getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`/office/sales-points/${id}$`));
    await expectAccessible(page);
    const passes = page.getByRole("radio", { name: "Đạt", exact: true });
    const items = await passes.count();
    expect(items).toBeGreaterThan(0);
    for (let i = 0; i < items; i++) await passes.nth(i).check();
    await page.getByLabel("Tỷ lệ hàng Việt Nam thực tế (%)").fill("90");
    await page.getByRole("button", { name: "Lưu kết quả kiểm tra" }).click();
    await expect(page.getByText("Đã lưu kết quả kiểm tra.")).toBeVisible();
    const certifyForm = page.getByRole("form", { name: "Cấp giấy chứng nhận" });
    await expect(certifyForm.getByLabel("Số giấy chứng nhận")).toHaveValue(/^ĐBHV-\d{4}-\d{3}$/);
    const number = await certifyForm.getByLabel("Số giấy chứng nhận").inputValue();
    await certifyForm.getByRole("button", { name: "Cấp giấy chứng nhận" }).click();
    await expect(page.getByText("Đã cấp giấy chứng nhận.", { exact: false })).toBeVisible();
    const codeLink = page.getByRole("link", { name: /^[0-9A-Z]{20}$/ });
    const code = (await codeLink.textContent())!.trim();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
    await expect(page.getByText(number, { exact: true }).first()).toBeVisible();

    // ── the poster: campaign, number, dates and a QR code
    await page.getByRole("link", { name: "In áp phích dán tại cửa hàng" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Áp phích điểm bán" })).toBeVisible();
    const sheet = page.getByRole("article", { name: "Áp phích khổ A4" });
    await expect(sheet.getByText("Người Việt Nam ưu tiên dùng hàng Việt Nam")).toBeVisible();
    await expect(sheet.getByText("Điểm bán hàng Việt Nam", { exact: true })).toBeVisible();
    await expect(sheet.getByText(number, { exact: true })).toBeVisible();
    await expect(sheet.getByText(todayVn(), { exact: true })).toBeVisible();
    await expect(sheet.locator("svg")).toBeVisible();
    await expect(sheet.getByText(`/verify/${code}`, { exact: false })).toBeVisible();
    await expect(page.getByRole("button", { name: "In áp phích" })).toBeVisible();
    await expectAccessible(page);
    await logOut(page);

    // ── the public side (pages of the public sales-points helper)
    await page.goto("/sales-points?certified=1");
    const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name, exact: true }) });
    await expect(item).toHaveCount(1);
    await expect(item.getByText("Đã chứng nhận")).toBeVisible();
    // On the map: the markers come from the same public query; the GeoJSON feed shows the point
    // at the typed coordinates ([lng, lat]).
    const geo = (await (await page.request.get("/api/v1/sales-points.geojson?certified=1")).json()) as {
      features: Array<{ geometry: { coordinates: [number, number] }; properties: { name: string; certified: boolean } }>;
    };
    const feature = geo.features.find((f) => f.properties.name === name);
    expect(feature?.geometry.coordinates).toEqual([108.3672, 15.7395]);
    expect(feature?.properties.certified).toBe(true);
    await page.goto(`/verify/${code}`);
    await expect(page.getByText("CÒN HIỆU LỰC", { exact: false }).first()).toBeVisible();

    // ── the officer revokes
    await signInAs(page, DEMO.officer);
    await page.goto(`/office/sales-points/${id}`);
    const revokeForm = page.getByRole("form", { name: "Thu hồi" });
    await revokeForm.getByLabel(/^Lý do/).fill("Bán hàng nhập lậu");
    await revokeForm.getByRole("button", { name: "Thu hồi giấy chứng nhận" }).click();
    await expect(page.getByText("Đã thu hồi giấy chứng nhận.")).toBeVisible();
    await logOut(page);

    await page.goto(`/verify/${code}`);
    await expect(page.getByText("ĐÃ THU HỒI", { exact: false }).first()).toBeVisible();
    await expect(page.getByText("Bán hàng nhập lậu")).toBeVisible();
    await expect(page.getByText(todayVn(), { exact: false }).first()).toBeVisible();
    await page.goto("/sales-points?certified=1");
    await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
    const after = (await (await page.request.get("/api/v1/sales-points.geojson?certified=1")).json()) as { features: Array<{ properties: { name: string } }> };
    expect(after.features.some((f) => f.properties.name === name)).toBe(false);
  });

  test("a partner cannot open the certification pages", async ({ page }) => {
    await signInAs(page, DEMO.partner);
    const response = await page.goto("/office/sales-points");
    expect(response?.status()).toBe(403);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("adds a sales point with the two-step province → commune form", async ({ page }) => {
    const name = `Điểm bán không JS ${Date.now()}`;
    await signInAs(page, DEMO.business);
    await page.goto("/business/sales-points/new");
    await page.getByLabel("Tên điểm bán").fill(name);
    await page.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Đà Nẵng" });
    await page.getByRole("button", { name: "Chọn tỉnh, thành phố" }).click();
    // The form comes back with the communes of Đà Nẵng and the typed name kept.
    await expect(page.getByLabel("Tên điểm bán")).toHaveValue(name);
    await page.getByLabel("Xã, phường, đặc khu").selectOption({ label: "Xã Thăng Bình" });
    await fillDetails(page, name);
    await page.getByLabel("Mở cửa Thứ Bảy", { exact: true }).fill("07:00");
    await page.getByLabel("Đóng cửa Thứ Bảy", { exact: true }).fill("11:00");
    await page.getByRole("button", { name: "Lưu điểm bán" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByLabel("Xã, phường, đặc khu")).toHaveValue(/.+/);
    await expect(page.getByLabel("Đóng cửa Thứ Bảy", { exact: true })).toHaveValue("11:00");
    await expect(page.getByLabel("Nghỉ Chủ Nhật", { exact: true })).toBeChecked();
  });

  test("shows server-side errors for coordinates outside Vietnam", async ({ page }) => {
    await signInAs(page, DEMO.business);
    await page.goto("/business/sales-points/new");
    await page.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Đà Nẵng" });
    await page.getByRole("button", { name: "Chọn tỉnh, thành phố" }).click();
    await page.getByLabel("Xã, phường, đặc khu").selectOption({ label: "Xã Thăng Bình" });
    await fillDetails(page, `Sai tọa độ ${Date.now()}`);
    await page.getByLabel(/^Vĩ độ/).fill("48.85");
    await page.getByRole("button", { name: "Lưu điểm bán" }).click();
    await expect(page.getByText("Vĩ độ chưa đúng", { exact: false })).toBeVisible();
    await expect(page.getByLabel(/^Vĩ độ/)).toHaveAttribute("aria-invalid", "true");
  });
});
