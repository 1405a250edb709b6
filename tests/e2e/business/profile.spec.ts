// A new business completes its profile and the office verifies it; the old-address path;
// the province → commune two-step without JavaScript; who may open which page.
import type { Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, signInAs, logOut, test } from "../fixtures";
import { BUSINESS_PASSWORD, fillProfileContacts, signUpBusiness } from "../journeys";

const PASSWORD = BUSINESS_PASSWORD;
const signUp = (page: Page, businessName: string) => signUpBusiness(page, businessName);
const fillContacts = fillProfileContacts;

test("a new business completes its profile, submits it, and the office verifies it", async ({ page }) => {
  test.setTimeout(60_000); // three log-ins with deliberately slow password hashing
  const businessName = `Công ty TNHH Thử nghiệm ${Date.now().toString(36)}`;
  const email = await signUp(page, businessName);

  await page.goto("/business/profile");
  await expect(page.getByRole("heading", { name: "Hồ sơ doanh nghiệp", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Trạng thái: Chưa hoàn thiện" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Loại hình", { exact: true }).selectOption({ label: "Doanh nghiệp" });
  await page.getByLabel("Mã số doanh nghiệp", { exact: true }).fill("12345");
  await page.getByLabel("Tỉnh/thành phố").selectOption({ label: "Thành phố Đà Nẵng" });
  await page.getByLabel("Xã/phường/đặc khu").selectOption({ label: "Xã Thăng Bình" });
  await fillContacts(page);
  await page.getByRole("button", { name: "Lưu hồ sơ" }).click();
  await expect(page.getByText("Mã số doanh nghiệp gồm 10 chữ số, hoặc 13 chữ số với chi nhánh (ví dụ 0123456789-001).")).toBeVisible();
  await expect(page.getByLabel("Mã số doanh nghiệp", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Mã số doanh nghiệp", { exact: true }).fill("0312345678");
  await page.getByRole("button", { name: "Lưu hồ sơ" }).click();
  await expect(page.getByText("Đã lưu hồ sơ doanh nghiệp.")).toBeVisible();
  await expect(page.getByLabel("Xã/phường/đặc khu")).toHaveValue("20791");
  await expect(page.getByLabel("Mã số doanh nghiệp", { exact: true })).toHaveValue("0312345678");

  await page.getByRole("button", { name: "Gửi xác minh" }).click();
  await expect(page.getByText("Đã gửi hồ sơ. Phòng Kinh tế sẽ xem xét và báo kết quả qua e-mail.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Trạng thái: Đang chờ xác minh" })).toBeVisible();
  await logOut(page);

  await signInAs(page, DEMO.officer);
  await page.goto("/office/businesses");
  await expect(page.getByRole("heading", { name: "Xác minh doanh nghiệp", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: businessName }).click();
  await expect(page.getByRole("heading", { name: businessName, level: 1 })).toBeVisible();
  await expect(page.getByText("0312345678")).toBeVisible();
  await page.getByRole("button", { name: "Xác minh", exact: true }).click();
  await expect(page.getByText(`Đã xác minh ${businessName}.`)).toBeVisible();
  await expect(page.getByText("Trạng thái:").locator("..")).toContainText("Đã xác minh");
  await logOut(page);

  await signInAs(page, email);
  await page.goto("/business/profile");
  await expect(page.getByRole("heading", { name: "Trạng thái: Đã xác minh" })).toBeVisible();
});

test("an old (pre-2025) commune is mapped to its new commune, and both are shown", async ({ page }) => {
  await signUp(page, `Cơ sở Rượu nếp ${Date.now().toString(36)}`);
  await page.goto("/business/profile");
  await page.getByLabel("Tên xã/phường cũ").fill("Bình Triều");
  await page.getByRole("button", { name: "Tìm xã cũ" }).click();
  await page.getByLabel(/^Xã Bình Triều, Huyện Thăng Bình, Tỉnh Quảng Nam/).check();
  await page.getByRole("button", { name: "Dùng xã này" }).click();
  await expect(page.getByText("Xã Bình Triều (cũ) → Xã Thăng An, Thành phố Đà Nẵng")).toBeVisible();
  await expect(page.getByLabel("Tỉnh/thành phố")).toHaveValue("48");
  await expect(page.getByLabel("Xã/phường/đặc khu")).toHaveValue("20794");

  await page.getByLabel("Mã số doanh nghiệp", { exact: true }).fill("0312345678-001");
  await page.getByRole("button", { name: "Lưu hồ sơ" }).click();
  await expect(page.getByText("Đã lưu hồ sơ doanh nghiệp.")).toBeVisible();
  await expect(page.getByText("Xã Bình Triều (cũ) → Xã Thăng An, Thành phố Đà Nẵng")).toBeVisible();
  await expect(page.getByLabel("Xã/phường/đặc khu")).toHaveValue("20794");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the province → commune two-step keeps entered values, and saving works", async ({ page }) => {
    await signUp(page, `Hộ Nón lá ${Date.now().toString(36)}`);
    await page.goto("/business/profile");
    await page.getByLabel("Mã số doanh nghiệp", { exact: true }).fill("0312345678");
    await page.getByLabel("Số nhà, đường, thôn/ấp").fill("Thôn Bình Nguyên");
    await page.getByLabel("Tỉnh/thành phố").selectOption({ label: "Thành phố Đà Nẵng" });
    await expect(page.getByLabel("Xã/phường/đặc khu").locator("option", { hasText: "Xã Thăng Bình" })).toHaveCount(0);
    await page.getByRole("button", { name: "Chọn tỉnh/thành" }).click();

    await expect(page.getByLabel("Mã số doanh nghiệp", { exact: true })).toHaveValue("0312345678");
    await expect(page.getByLabel("Số nhà, đường, thôn/ấp")).toHaveValue("Thôn Bình Nguyên");
    await page.getByLabel("Xã/phường/đặc khu").selectOption({ label: "Xã Thăng Bình" });
    await page.getByLabel("Số điện thoại").fill("0905 123 456");
    await page.getByRole("button", { name: "Lưu hồ sơ" }).click();

    await expect(page.getByText("Đã lưu hồ sơ doanh nghiệp.")).toBeVisible();
    await expect(page.getByLabel("Tỉnh/thành phố")).toHaveValue("48");
    await expect(page.getByLabel("Xã/phường/đặc khu")).toHaveValue("20791");
  });

  test("an invalid enterprise code is refused by the server with the error next to the field", async ({ page }) => {
    await signUp(page, `Công ty Không JS ${Date.now().toString(36)}`);
    await page.goto("/business/profile");
    await page.getByLabel("Mã số doanh nghiệp", { exact: true }).fill("999");
    await page.getByRole("button", { name: "Lưu hồ sơ" }).click();
    await expect(page.getByText("Mã số doanh nghiệp gồm 10 chữ số, hoặc 13 chữ số với chi nhánh (ví dụ 0123456789-001).")).toBeVisible();
    await expect(page.getByText("Vui lòng sửa các lỗi được đánh dấu bên dưới.")).toBeVisible();
  });
});

test("a partner gets the 403 page for the office's business queue", async ({ page }) => {
  await signInAs(page, DEMO.partner);
  const response = await page.goto("/office/businesses");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Bạn không có quyền xem trang này" })).toBeVisible();
});

test("staff can read the profile but not edit it", async ({ page }) => {
  await signInAs(page, DEMO.staff);
  await page.goto("/business/profile");
  await expect(page.getByText("Bạn chỉ có quyền xem hồ sơ. Chủ sở hữu doanh nghiệp mới được sửa.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu hồ sơ" })).toHaveCount(0);
});

test("an anonymous visitor of /business/profile lands on the log-in page", async ({ page }) => {
  await page.goto("/business/profile");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fbusiness%2Fprofile/);
  await expect(page.getByRole("heading", { name: "Đăng nhập", level: 1 })).toBeVisible();
  // Unknown and unreadable file ids answer alike.
  expect((await page.request.get("/files/no-such-file")).status()).toBe(404);
});
