// Products from draft to publication: photos, an OCOP certificate, the office's review with a
// change request, revisions of a published product, and access between businesses and roles.
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { DEMO, expect, expectAccessible, signInAs, logOut, test } from "../fixtures";
import { BUSINESS_PASSWORD, completeProfileAndSubmit, officerVerifies, signUpBusiness } from "../journeys";

function suffix() {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}

async function png(color: string) {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: color } })
    .png()
    .toBuffer();
}

/** The smallest PDF a reader opens: one empty page. */
function pdf() {
  return Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    "latin1",
  );
}

async function chooseCategory(page: Page, name: string) {
  const select = page.getByLabel("Nhóm hàng");
  const value = await select.locator("option", { hasText: name }).first().getAttribute("value");
  await select.selectOption(value!);
}

/** Creates a draft as the logged-in business; returns its id (from the URL). */
async function createDraft(page: Page, name: string, price = "45.000") {
  await page.goto("/business/products/new");
  await page.getByLabel("Tên sản phẩm").fill(name);
  await chooseCategory(page, "Bánh và kẹo");
  await page.getByLabel("Quy cách, đơn vị bán").fill("hộp 300 g");
  await page.getByLabel("Giá tham khảo (đồng)").fill(price);
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await page.waitForURL(/\/business\/products\/(?!new)[^/]+$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function addPhotos(page: Page, count: number) {
  const colors = ["#b03a2e", "#1f618d", "#239b56"];
  const files = await Promise.all(
    colors.slice(0, count).map(async (color, i) => ({ name: `anh-${i + 1}.png`, mimeType: "image/png", buffer: await png(color) })),
  );
  await page.getByLabel("Chọn ảnh (có thể chọn nhiều ảnh)").setInputFiles(files);
  await page.getByRole("button", { name: "Tải ảnh lên" }).click();
  await expect(page.getByText("Đã thêm ảnh.")).toBeVisible();
  await expect(page.getByText(`Ảnh ${count}`, { exact: true })).toBeVisible();
}

async function submitForReview(page: Page, label = "Gửi duyệt") {
  await page.getByRole("button", { name: label, exact: true }).click();
  await expect(page.getByText("Đã gửi sản phẩm để duyệt.")).toBeVisible();
  await expect(page.getByText("Trạng thái: Chờ duyệt")).toBeVisible();
}

const slugOf = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

test.describe("product workflow", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a new business completes its profile, is verified, and publishes a product with photos and an OCOP certificate after one round of changes", async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    // A brand-new business: profile, verification by the office, then its first product.
    const businessName = `Công ty TNHH Kẹo gừng ${suffix()}`;
    const producerSlug = slugOf(businessName);
    const email = await signUpBusiness(page, businessName);
    await completeProfileAndSubmit(page);
    await logOut(page);
    await officerVerifies(page, businessName);

    const name = `Kẹo gừng Hà Lam ${suffix()}`;
    const slug = slugOf(name);
    await signInAs(page, email);
    await page.goto("/business/products/new");
    await expectAccessible(page);
    const id = await createDraft(page, name);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Trạng thái: Bản nháp")).toBeVisible();

    await addPhotos(page, 2);

    await page.getByText("Thêm chứng nhận OCOP").click();
    const ocop = page.getByRole("form", { name: "Thêm chứng nhận OCOP" });
    await ocop.getByLabel("Số sao OCOP").selectOption("4");
    await ocop.getByLabel("Số giấy").fill("1234/QĐ-UBND");
    await ocop.getByLabel("Cơ quan cấp").fill("UBND thành phố Đà Nẵng");
    await ocop.getByLabel("Ngày cấp").fill("2026-01-15");
    await ocop.getByLabel("Tệp giấy chứng nhận (PDF hoặc ảnh)").setInputFiles({ name: "ocop.pdf", mimeType: "application/pdf", buffer: pdf() });
    await ocop.getByRole("button", { name: "Lưu chứng nhận" }).click();
    await expect(page.getByText(/Đã thêm chứng nhận\. Mã xác thực: [0-9A-Z]{20}\./)).toBeVisible();
    await expect(page.getByRole("heading", { name: "OCOP 4 sao" })).toBeVisible();
    // 36 months from the issue day by default.
    await expect(page.getByText("15/01/2029")).toBeVisible();
    await expect(page.getByRole("link", { name: "Xem giấy chứng nhận" })).toBeVisible();
    await expectAccessible(page);

    await submitForReview(page);
    // Not public before approval.
    expect((await request.get(`/products/${slug}`)).status()).toBe(404);
    await logOut(page);

    // The officer sends it back with a note.
    await signInAs(page, DEMO.officer);
    await page.goto("/office/products");
    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("heading", { name: "OCOP 4 sao" })).toBeVisible();
    await expectAccessible(page);
    const note = "Vui lòng ghi rõ thành phần và hạn sử dụng trong mô tả.";
    await page.getByLabel("Ghi chú cho doanh nghiệp").fill(note);
    await page.getByRole("button", { name: "Yêu cầu bổ sung" }).click();
    await expect(page.getByText("Đã gửi yêu cầu bổ sung cho doanh nghiệp.")).toBeVisible();
    await logOut(page);

    // The business reads the note, fixes and resubmits.
    await signInAs(page, email);
    await page.goto(`/business/products/${id}`);
    await expect(page.getByText("Trạng thái: Cần bổ sung")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Ghi chú của Phòng Kinh tế" })).toBeVisible();
    await expect(page.getByText(note)).toBeVisible();
    await page.getByLabel("Mô tả").fill("Kẹo gừng nấu mạch nha. Hạn sử dụng 6 tháng.");
    await page.getByLabel("Nguyên liệu, thành phần").fill("Gừng, mạch nha, đường mía");
    await page.getByRole("button", { name: "Lưu thay đổi" }).click();
    await expect(page.getByText("Đã lưu thay đổi.")).toBeVisible();
    await submitForReview(page, "Gửi duyệt lại");
    expect((await request.get(`/products/${slug}`)).status()).toBe(404);
    await logOut(page);

    // The officer approves.
    await signInAs(page, DEMO.officer);
    await page.goto(`/office/products/${id}`);
    await page.getByRole("button", { name: "Duyệt và công khai" }).click();
    await expect(page.getByText("Đã duyệt sản phẩm.")).toBeVisible();
    await logOut(page);

    // Public: the product page, the producer page, the list and the open-data API.
    await page.goto(`/products/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await page.goto(`/producers/${producerSlug}`);
    await expect(page.getByText(name).first()).toBeVisible();
    await page.goto("/products");
    await expect(page.getByText(name).first()).toBeVisible();
    const api = await request.get("/api/v1/products");
    expect(api.ok()).toBe(true);
    const body = (await api.json()) as { data: Array<Record<string, unknown>> };
    expect(JSON.stringify(body.data)).toContain(slug);
  });

  test("editing a published product keeps the live version public until the revision is approved", async ({ page }) => {
    const name = `Bánh in đậu xanh ${suffix()}`;
    const slug = slugOf(name);
    const renamed = `${name} hộp quà`;
    await signInAs(page, DEMO.business);
    const id = await createDraft(page, name, "60000");
    await addPhotos(page, 1);
    await submitForReview(page);
    await logOut(page);
    await signInAs(page, DEMO.officer);
    await page.goto(`/office/products/${id}`);
    await page.getByRole("button", { name: "Duyệt và công khai" }).click();
    await expect(page.getByText("Đã duyệt sản phẩm.")).toBeVisible();
    await logOut(page);

    await signInAs(page, DEMO.business);
    await page.goto(`/business/products/${id}`);
    await page.getByLabel("Tên sản phẩm").fill(renamed);
    await page.getByRole("button", { name: "Gửi chỉnh sửa để duyệt" }).click();
    await expect(page.getByText("Đã gửi chỉnh sửa để duyệt.", { exact: false })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Chỉnh sửa đang chờ duyệt" })).toBeVisible();
    await logOut(page);

    await page.goto(`/products/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();

    await signInAs(page, DEMO.officer);
    await page.goto("/office/products");
    await page.getByRole("region", { name: /Chỉnh sửa chờ duyệt/ }).getByRole("link", { name }).click();
    const diff = page.getByRole("table");
    await expect(diff.getByRole("rowheader", { name: "Tên sản phẩm" })).toBeVisible();
    await expect(diff.getByText(`→ ${renamed}`)).toBeVisible();
    await page.getByRole("button", { name: "Duyệt chỉnh sửa" }).click();
    await expect(page.getByText("Đã duyệt chỉnh sửa; trang công khai đã cập nhật.")).toBeVisible();
    await logOut(page);

    await page.goto(`/products/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  });
});

test.describe("access control", () => {
  test("a business cannot open or post to another business's product", async ({ page, baseURL }) => {
    await signInAs(page, DEMO.household);
    await page.goto("/business/products");
    const link = page.getByRole("link", { name: "Nước mắm cá cơm Bình Minh", exact: true });
    const href = (await link.getAttribute("href"))!;
    await logOut(page);

    await signInAs(page, DEMO.business);
    const response = await page.goto(href);
    expect(response?.status()).toBe(404);
    const attempts: Array<Record<string, string>> = [
      { intent: "update", name: "Sửa trái phép", categoryId: "x" },
      { intent: "submit" },
      { intent: "unpublish" },
    ];
    for (const form of attempts) {
      const post = await page.request.post(href, { form, headers: { Origin: baseURL! } });
      expect([403, 404]).toContain(post.status());
    }
    await logOut(page);

    await signInAs(page, DEMO.household);
    await page.goto(href);
    await expect(page.getByRole("heading", { level: 1, name: "Nước mắm cá cơm Bình Minh" })).toBeVisible();
    await expect(page.getByText("Trạng thái: Đã công khai")).toBeVisible();
  });

  test("a partner cannot open the review queue nor approve", async ({ page, baseURL }) => {
    await signInAs(page, DEMO.partner);
    const response = await page.goto("/office/products");
    expect(response?.status()).toBe(403);
    const post = await page.request.post("/office/products/any-id", { form: { intent: "approve" }, headers: { Origin: baseURL! } });
    expect(post.status()).toBe(403);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the product form shows a Vietnamese error next to the price, then saves", async ({ page }) => {
    const name = `Mứt gừng ${suffix()}`;
    await signInAs(page, DEMO.business);
    await page.goto("/business/products/new");
    await page.getByLabel("Tên sản phẩm").fill(name);
    await chooseCategory(page, "Bánh và kẹo");
    await page.getByLabel("Giá tham khảo (đồng)").fill("12,5");
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    const price = page.getByLabel("Giá tham khảo (đồng)");
    await expect(price).toHaveAttribute("aria-invalid", "true");
    await expect(price).toHaveAccessibleDescription(/Giá chưa đúng: nhập số đồng, ví dụ 150\.000\./);
    await expect(page.getByLabel("Tên sản phẩm")).toHaveValue(name);
    await price.fill("12.500");
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await page.waitForURL(/\/business\/products\/(?!new)[^/]+$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Trạng thái: Bản nháp")).toBeVisible();
  });
});
