// Multi-step journeys more than one spec walks through, written once.
import type { Page } from "@playwright/test";
import { DEMO, expect, gotoReady, signInAs, logOut, uniqueEmail } from "./fixtures";

export const BUSINESS_PASSWORD = "matkhau-e2e-2026";

/** Signs up a new enterprise account; leaves the page on /business. */
export async function signUpBusiness(page: Page, businessName: string, legalForm = "Doanh nghiệp") {
  const email = uniqueEmail("business");
  await gotoReady(page, "/signup");
  await page.getByLabel("Tên doanh nghiệp, hợp tác xã hoặc hộ kinh doanh").fill(businessName);
  await page.getByLabel("Loại hình", { exact: true }).selectOption({ label: legalForm });
  await page.getByLabel("Họ và tên người đăng ký").fill("Nguyễn Văn Thử");
  await page.getByLabel("Thư điện tử (e-mail)").fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(BUSINESS_PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu").fill(BUSINESS_PASSWORD);
  await page.getByLabel("Tôi đồng ý với quy định sử dụng và chính sách bảo vệ dữ liệu cá nhân").check();
  await page.getByRole("button", { name: "Đăng ký", exact: true }).click();
  await page.waitForURL("/business");
  return email;
}

export async function fillProfileContacts(page: Page) {
  await page.getByLabel("Số nhà, đường, thôn/ấp").fill("12 đường Tiểu La, thôn Hà Lam");
  await page.getByLabel("Số điện thoại").fill("0905 123 456");
  await page.getByLabel("E-mail liên hệ").fill("lienhe@e2e.example.vn");
  await page.getByLabel(/^Trang web/).fill("https://e2e.example.vn");
  await page.getByLabel("Giới thiệu").fill("Sản xuất bánh tráng và nước mắm truyền thống ở Thăng Bình.");
}

/** Completes an enterprise profile in Xã Thăng Bình with a valid code and sends it for verification. */
export async function completeProfileAndSubmit(page: Page, enterpriseCode = "0312345678") {
  await page.goto("/business/profile");
  await page.getByLabel("Loại hình", { exact: true }).selectOption({ label: "Doanh nghiệp" });
  await page.getByLabel("Mã số doanh nghiệp", { exact: true }).fill(enterpriseCode);
  await page.getByLabel("Tỉnh/thành phố").selectOption({ label: "Thành phố Đà Nẵng" });
  await page.getByLabel("Xã/phường/đặc khu").selectOption({ label: "Xã Thăng Bình" });
  await fillProfileContacts(page);
  await page.getByRole("button", { name: "Lưu hồ sơ" }).click();
  await expect(page.getByText("Đã lưu hồ sơ doanh nghiệp.")).toBeVisible();
  await page.getByRole("button", { name: "Gửi xác minh" }).click();
  await expect(page.getByRole("heading", { name: "Trạng thái: Đang chờ xác minh" })).toBeVisible();
}

/** The officer opens the business from the queue and verifies it; logs in and out. */
export async function officerVerifies(page: Page, businessName: string) {
  await signInAs(page, DEMO.officer);
  await page.goto("/office/businesses");
  await page.getByRole("link", { name: businessName }).click();
  await expect(page.getByRole("heading", { name: businessName, level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Xác minh", exact: true }).click();
  await expect(page.getByText(`Đã xác minh ${businessName}.`)).toBeVisible();
  await logOut(page);
}

/** The officer creates a draft trip from /office/trips/new; leaves the page on the trip and returns its path. */
export async function createDraftTrip(page: Page, trip: { name: string; capacity: string; fee: string }): Promise<string> {
  await page.getByLabel("Tên chuyến").fill(trip.name);
  await page.getByLabel("Số doanh nghiệp tối đa").fill(trip.capacity);
  await page.getByLabel("Phí mỗi doanh nghiệp (đồng)").fill(trip.fee);
  await page.getByRole("button", { name: "Tạo chuyến (bản nháp)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: trip.name })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** On a trip's office page: chooses the province of the "add a stop" form (once per page). */
export async function chooseStopProvince(page: Page, province: string) {
  const add = page.getByRole("region", { name: "Thêm điểm dừng" });
  await add.getByLabel("Tỉnh, thành phố").selectOption({ label: province });
  await add.getByRole("button", { name: "Chọn tỉnh" }).click();
}

/** Fills and submits the "add a stop" form; times are typed as Vietnamese local time. */
export async function addTripStop(page: Page, stop: { commune: string; venue: string; starts: string; ends: string }) {
  const form = page.getByRole("region", { name: "Thêm điểm dừng" });
  await form.getByLabel("Xã, phường").selectOption({ label: stop.commune });
  await form.getByLabel("Địa điểm", { exact: true }).fill(stop.venue);
  await form.getByLabel("Bắt đầu (giờ Việt Nam)").fill(stop.starts);
  await form.getByLabel("Kết thúc (giờ Việt Nam)").fill(stop.ends);
  await form.getByRole("button", { name: "Thêm điểm dừng" }).click();
}
