// The acceptance journey for fairs: the officer creates a fair, adds two booth types,
// generates a row and publishes; a business registers and picks A03; a second business trying
// A03 finds it taken and gets another booth; the officer approves; the public page shows A03
// taken and the business among the exhibitors; check-in by typed code works once and then says
// "already"; the business cancels and A03 is free again. Then the no-JS forms, the printable
// pass (QR, only for its business), camera scanning where the browser can, axe, keyboard.
import type { Browser, Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, gotoReady, signInAs, test } from "../fixtures";

const HALAM = "Công ty TNHH Thực phẩm Hà Lam";
const DAY = 86_400_000;
const vnInput = (date: Date) => new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);

async function newPage(browser: Browser, email: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  await signInAs(context, email);
  return context.newPage();
}

test.describe("fairs", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });
  const name = `Hội chợ thử nghiệm ${Date.now().toString(36)}`;
  let fairUrl = "";
  let slug = "";

  test("officer creates a fair, two booth types, a row of booths, and publishes", async ({ page }) => {
    await signInAs(page, DEMO.officer);
    await gotoReady(page, "/office/fairs");
    await page.getByRole("link", { name: "Tạo hội chợ" }).click();
    await page.getByLabel("Tên hội chợ").fill(name);
    await page.getByLabel("Địa điểm (tên, địa chỉ)").fill("Nhà văn hóa xã Thăng Bình");
    await page.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Đà Nẵng" });
    const commune = page.getByLabel("Xã, phường");
    await expect(commune.locator("option", { hasText: "Xã Thăng Bình" })).toBeAttached();
    await commune.selectOption({ label: "Xã Thăng Bình" });
    const now = Date.now();
    await page.getByLabel("Mở đăng ký").fill(vnInput(new Date(now - DAY)));
    await page.getByLabel("Đóng đăng ký").fill(vnInput(new Date(now + 5 * DAY)));
    await page.getByLabel("Bắt đầu").fill(vnInput(new Date(now + 10 * DAY)));
    await page.getByLabel("Kết thúc").fill(vnInput(new Date(now + 12 * DAY)));
    await page.getByRole("button", { name: "Tạo hội chợ" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    fairUrl = new URL(page.url()).pathname;

    for (const [type, fee] of [
      ["Gian tiêu chuẩn 3×3 m", "1.500.000"],
      ["Gian góc 3×3 m", "1.800.000"],
    ] as const) {
      await page.getByLabel("Tên loại gian").fill(type);
      await page.getByLabel("Phí (đồng)").fill(fee);
      await page.getByRole("button", { name: "Thêm loại gian" }).click();
      await expect(page.getByText(type, { exact: false }).first()).toBeVisible();
    }
    await page.getByLabel("Loại gian", { exact: true }).selectOption({ label: "Gian tiêu chuẩn 3×3 m" });
    await page.getByLabel("Số gian", { exact: true }).fill("6");
    await page.getByLabel("Số gian mỗi hàng").fill("6");
    await page.getByRole("button", { name: "Tạo gian" }).click();
    await expect(page.getByText("Đã tạo 6 gian.")).toBeVisible();
    await expect(page.locator('[data-booth="A03"]').first()).toBeAttached();
    await page.getByRole("button", { name: "Công bố" }).click();
    await expect(page.getByTestId("fair-status")).toHaveText("Đang mở đăng ký");
    const publicLink = page.getByRole("link", { name: "Trang công khai" });
    slug = (await publicLink.getAttribute("href"))!.replace("/fairs/", "");
  });

  test("a business picks A03; a second business trying A03 gets another booth; the officer approves; check-in; cancel frees A03", async ({ page, browser }) => {
    // the second business opens the form first, while A03 still looks free to it
    const household = await newPage(browser, DEMO.household);
    await gotoReady(household, `/business/fairs/${slug}`);

    await signInAs(page, DEMO.business);
    await gotoReady(page, "/business/fairs");
    await page.getByRole("link", { name: `Đăng ký gian hàng: ${name}` }).click();
    await page.getByLabel(/^A03 — /).check();
    await page.getByRole("button", { name: "Gửi đăng ký" }).click();
    await expect(page.getByText("Đã giữ gian A03. Đăng ký đang chờ duyệt.")).toBeVisible();

    await household.getByLabel(/^A03 — /).check();
    await household.getByRole("button", { name: "Gửi đăng ký" }).click();
    await expect(household.getByText("Gian bạn chọn đã có đơn vị khác giữ. Bạn được xếp gian A01.")).toBeVisible();
    await gotoReady(household, `/business/fairs/${slug}`);
    await expect(household.getByLabel(/^A03 — /)).toBeDisabled();

    const officer = await newPage(browser, DEMO.officer);
    await gotoReady(officer, `${fairUrl}/registrations`);
    const row = officer.getByRole("listitem", { name: HALAM });
    await row.getByRole("button", { name: "Duyệt" }).click();
    await expect(officer.getByText("Đã duyệt đăng ký.")).toBeVisible();
    await expect(officer.getByRole("listitem", { name: HALAM }).getByTestId("registration-status")).toHaveText("Đã duyệt");

    await gotoReady(page, `/fairs/${slug}`);
    await expect(page.locator('[data-booth="A03"]')).toHaveAttribute("data-state", "taken");
    await expect(page.getByRole("img", { name: /Gian A03, .*: Đã có đơn vị/ })).toBeAttached();
    await expect(page.getByRole("list", { name: "Đơn vị tham gia" })).toContainText(HALAM);

    await gotoReady(page, "/business/fairs");
    const mine = page.getByRole("listitem", { name });
    const pass = (await mine.getByText(/Mã vào cửa:/).textContent())!.replace("Mã vào cửa:", "").trim();
    await gotoReady(officer, `${fairUrl}/check-in`);
    await officer.getByLabel("Mã vào cửa").fill(pass.toLowerCase());
    await officer.getByRole("button", { name: "Điểm danh" }).click();
    await expect(officer.getByRole("status")).toContainText("Đã điểm danh");
    await expect(officer.getByTestId("check-in-count")).toHaveText("Đã đến 1/1 đơn vị");
    await officer.getByLabel("Mã vào cửa").fill(pass);
    await officer.getByRole("button", { name: "Điểm danh" }).click();
    await expect(officer.getByRole("status")).toContainText(/Đã điểm danh trước đó lúc \d{2}:\d{2}/);

    await mine.getByRole("button", { name: "Hủy đăng ký" }).click();
    await expect(page.getByText("Đã hủy đăng ký. Gian đã được trả lại.")).toBeVisible();
    await gotoReady(page, `/fairs/${slug}`);
    await expect(page.locator('[data-booth="A03"]')).toHaveAttribute("data-state", "free");
    await household.context().close();
    await officer.context().close();
  });

  test("registration and check-in forms work without JavaScript", async ({ browser }) => {
    const business = await newPage(browser, DEMO.business, false);
    await business.goto(`/business/fairs/${slug}`);
    await business.getByLabel(/^A05 — /).check();
    await business.getByRole("button", { name: "Gửi đăng ký" }).click();
    await expect(business.getByText("Đã giữ gian A05. Đăng ký đang chờ duyệt.")).toBeVisible();

    const officer = await newPage(browser, DEMO.officer, false);
    await officer.goto(`${fairUrl}/registrations`);
    await officer.getByRole("listitem", { name: HALAM }).filter({ hasText: "Gian A05" }).getByRole("button", { name: "Duyệt" }).click();
    await expect(officer.getByText("Đã duyệt đăng ký.")).toBeVisible();
    await business.goto("/business/fairs");
    const pass = (await business.getByRole("listitem", { name }).getByText(/Mã vào cửa:/).textContent())!.replace("Mã vào cửa:", "").trim();
    await officer.goto(`${fairUrl}/check-in`);
    await officer.getByLabel("Mã vào cửa").fill(pass);
    await officer.getByRole("button", { name: "Điểm danh" }).click();
    await expect(officer.getByRole("status")).toContainText("Đã điểm danh");
    await officer.getByLabel("Mã vào cửa").fill(pass);
    await officer.getByRole("button", { name: "Điểm danh" }).click();
    await expect(officer.getByRole("status")).toContainText("Đã điểm danh trước đó lúc");
    await business.context().close();
    await officer.context().close();
  });

  test("the approved exhibitor prints a pass with a QR code; only that business sees it; a camera read checks it in", async ({ page, browser }) => {
    await signInAs(page, DEMO.business);
    await gotoReady(page, "/business/fairs");
    await page.getByRole("listitem", { name }).getByRole("link", { name: "In thẻ tham gia" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Thẻ tham gia: ${name}`);
    const sheet = page.getByRole("article", { name: "Thẻ tham gia để in" });
    await expect(sheet).toContainText(name);
    await expect(sheet).toContainText("Gian A05");
    await expect(sheet).toContainText(HALAM);
    await expect(sheet.getByRole("img", { name: "Mã QR để cán bộ quét khi vào cửa" }).locator("svg")).toBeAttached();
    const code = (await page.getByTestId("pass-code").textContent())!.replace(/\s/g, "");
    expect(code).toMatch(/^[0-9A-Z]{20}$/);
    await expectAccessible(page);
    await page.getByLabel("A6 (bỏ túi)").check();
    await page.getByRole("button", { name: "Đổi khổ giấy" }).click();
    await expect(page).toHaveURL(/size=a6/);
    await expect(page.getByTestId("pass-code")).toBeVisible();

    // another business (not approved for this fair) gets nothing
    const household = await newPage(browser, DEMO.household);
    const response = await household.goto(`/business/fairs/${slug}/pass`);
    expect(response?.status()).toBe(404);
    await household.context().close();

    // no BarcodeDetector in this browser: no camera button, the typed form as before
    const officer = await newPage(browser, DEMO.officer);
    await gotoReady(officer, `${fairUrl}/check-in?code=${code}`);
    await expect(officer.getByLabel("Mã vào cửa")).toHaveValue(code);
    await expect(officer.getByRole("button", { name: "Quét mã bằng camera" })).toHaveCount(0);
    await officer.context().close();

    // where the browser can read QR codes, the button opens the camera and a read submits the form
    const scanning = await newPage(browser, DEMO.officer);
    // what the pass's QR holds: the check-in URL with the code (its host does not matter)
    const checkInUrl = `http://localhost${fairUrl}/check-in?code=${code}`;
    await scanning.addInitScript((scanned) => {
      (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
        detect() {
          return Promise.resolve([{ rawValue: scanned }]);
        }
      };
      navigator.mediaDevices.getUserMedia = () => {
        const canvas = document.createElement("canvas");
        canvas.width = canvas.height = 16;
        canvas.getContext("2d")!.fillRect(0, 0, 16, 16);
        return Promise.resolve(canvas.captureStream());
      };
    }, checkInUrl);
    await gotoReady(scanning, `${fairUrl}/check-in`);
    await scanning.getByRole("button", { name: "Quét mã bằng camera" }).click();
    await expect(scanning.getByRole("status")).toContainText("Đã điểm danh trước đó lúc");
    await expect(scanning.getByRole("status")).toContainText("A05");
    await scanning.context().close();
  });

  test("axe on /fairs, /fairs/:slug and the registration page; the plan is usable by keyboard", async ({ page }) => {
    await gotoReady(page, "/fairs");
    await expect(page.getByRole("link", { name })).toBeVisible();
    await expectAccessible(page);
    await gotoReady(page, `/fairs/${slug}`);
    await expectAccessible(page);

    await signInAs(page, DEMO.household);
    await gotoReady(page, "/business/fairs");
    await page.getByRole("button", { name: "Hủy đăng ký" }).first().click();
    await gotoReady(page, `/business/fairs/${slug}`);
    await expectAccessible(page);
    const booth = page.getByRole("button", { name: /Gian A06, .*: Còn trống/ });
    await booth.focus();
    await expect(booth).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel(/^A06 — /)).toBeChecked();
  });
});
