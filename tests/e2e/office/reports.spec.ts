// The office dashboard, evaluation reports and news, as an officer, a partner and a business
// user would use them.
import { readFileSync } from "node:fs";
import { DEMO, expect, expectAccessible, gotoReady, signInAs, test } from "../fixtures";

test.describe("office dashboard and reports", () => {
  test.describe.configure({ timeout: 90_000 });

  test("the officer follows a queue from the dashboard, reads the yearly report and downloads it", async ({ page }) => {
    await signInAs(page, DEMO.officer);
    await gotoReady(page, "/office");
    await expect(page.getByRole("heading", { level: 2, name: "Việc cần làm ngay" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Xu hướng 12 tháng" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: /Sản phẩm chờ duyệt/ }).click();
    await expect(page).toHaveURL(/\/office\/products$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    await gotoReady(page, "/office/reports");
    await page.getByLabel("Loại kỳ").selectOption("year");
    await page.getByLabel("Năm", { exact: true }).selectOption("2026");
    await page.getByRole("button", { name: "Xem báo cáo" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Kỳ báo cáo: Năm 2026" })).toBeVisible();
    await expect(page.getByText("So với: Năm 2025")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Nhà sản xuất, sản phẩm và chứng nhận" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Điểm bán hàng Việt Nam" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "Sản phẩm được duyệt đăng trong kỳ" })).toBeVisible();
    await expectAccessible(page);

    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Bảng tính Excel (XLSX)" }).click()]);
    expect(xlsx.suggestedFilename()).toBe("bao-cao-2026-01-01_2026-12-31.xlsx");
    expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString()).toBe("PK");
    const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tệp PDF" }).click()]);
    expect(readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe("%PDF-");

    await page.getByRole("link", { name: "Bản in (mẫu hành chính)" }).click();
    await expect(page.getByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeVisible();
    await expect(page.getByText("Độc lập - Tự do - Hạnh phúc")).toBeVisible();
    await expect(page.getByText("TRƯỞNG PHÒNG")).toBeVisible();
  });

  test("a bad custom range shows the error next to the field", async ({ page }) => {
    await signInAs(page, DEMO.officer);
    await gotoReady(page, "/office/reports");
    await page.getByLabel("Loại kỳ").selectOption("custom");
    await page.getByLabel("Từ ngày").fill("2026-05-10");
    await page.getByLabel("Đến ngày").fill("2026-05-01");
    await page.getByRole("button", { name: "Xem báo cáo" }).click();
    await expect(page.getByText("Ngày kết thúc phải sau ngày bắt đầu.")).toBeVisible();
    await expect(page.getByLabel("Đến ngày")).toHaveAttribute("aria-invalid", "true");
  });

  test("a partner reads reports but has no review queues or actions", async ({ page }) => {
    await signInAs(page, DEMO.partner);
    await gotoReady(page, "/office");
    await expect(page.getByRole("heading", { level: 2, name: "Cuộc vận động hôm nay" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Đề nghị miễn phí chờ xác nhận/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Sản phẩm chờ duyệt/ })).toHaveCount(0);
    const report = await page.goto("/office/reports?kind=year&year=2026");
    expect(report?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 2, name: "Điểm bán hàng Việt Nam" })).toBeVisible();
    const queue = await page.goto("/office/products");
    expect(queue?.status()).toBe(403);
  });

  test("a business user is refused the dashboard, the reports and their files", async ({ page }) => {
    await signInAs(page, DEMO.business);
    for (const url of ["/office", "/office/reports", "/office/reports.xlsx?kind=year&year=2026", "/office/reports.pdf", "/office/news"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(403);
    }
  });
});

test("the officer writes, previews and publishes news; the public sees it only once published", async ({ page }) => {
  const title = `Khai mạc hội chợ hàng Việt ${Date.now()}`;
  await signInAs(page, DEMO.officer);
  await gotoReady(page, "/office/news");
  await page.getByRole("link", { name: "Viết tin mới" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Viết tin mới" })).toBeVisible();
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Vui lòng nhập tiêu đề.")).toBeVisible();
  await page.getByLabel("Tiêu đề").fill(title);
  await page.getByLabel("Tóm tắt (hiện trong danh sách tin)").fill("Mời bà con đến tham quan.");
  await page.getByLabel("Nội dung").fill("Hội chợ mở cửa từ 8 giờ.\n\n- Gian hàng OCOP\n- Ẩm thực địa phương");
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByRole("heading", { name: "Xem trước (chưa lưu)" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Gian hàng OCOP" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Đã lưu tin.")).toBeVisible();
  const response = await page.request.get("/news");
  expect(await response.text()).not.toContain(title);
  await page.getByRole("button", { name: "Đăng tin" }).click();
  await expect(page.getByText("Đã đăng tin.")).toBeVisible();
  await page.getByRole("link", { name: "Xem trang công khai" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Ẩm thực địa phương" })).toBeVisible();
});

test("the officer announces a fair in the news from the fair's page", async ({ page }) => {
  await signInAs(page, DEMO.officer);
  await gotoReady(page, "/office/fairs");
  await page.getByRole("link", { name: "Hội chợ Hàng Việt Thăng Bình 2026" }).first().click();
  await page.getByRole("link", { name: "Đăng tin về hội chợ này" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Viết tin mới" })).toBeVisible();
  await expect(page.getByLabel("Tiêu đề")).toHaveValue("Hội chợ Hàng Việt Thăng Bình 2026");
  await expect(page.getByLabel("Nội dung")).toHaveValue(/\/fairs\/hoi-cho-hang-viet-thang-binh-2026/);
});

test("public statistics show headline figures and trends, and pass axe", async ({ page }) => {
  await gotoReady(page, "/stats");
  await expect(page.getByRole("heading", { level: 1, name: "Số liệu Cuộc vận động" })).toBeVisible();
  await expect(page.getByText("Nhà sản xuất đã xác minh")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Phản ánh của người tiêu dùng" })).toBeVisible();
  await expectAccessible(page);
  const api = (await (await page.request.get("/api/v1/stats")).json()) as { data: { producers: number; complaints: { total: Record<string, number | null> }; fees: Record<string, number> } };
  expect(api.data.producers).toBeGreaterThan(0);
  expect(Object.keys(api.data.complaints.total)).toEqual(["received", "forwarded", "answeredInTime", "escalated", "resolved"]);
  expect(JSON.stringify(api.data)).not.toMatch(/@|09\d{8}|Nguyễn/);
});
