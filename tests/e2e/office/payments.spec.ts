// Fees end to end: a business pays by VietQR transfer, the office imports the bank statement
// and confirms the match, the business opens its receipt; a household asks for a waiver, the
// partner confirms it; no public page or open-data endpoint shows the household's status.
import { expect, expectAccessible, gotoReady, signInAs, test } from "../fixtures";
import { withoutUiStrings } from "../../../app/locales/strings";

const TRIP = "Đưa hàng Việt về nông thôn — Thăng Phú, Thăng Trường";

test("a business pays its trip fee by VietQR, the office reconciles the statement, the receipt follows", async ({ page }) => {
  const business = page;
  await signInAs(business, "doanhnghiep@hangviet.vn");
  await gotoReady(business, "/business/payments");
  await business.getByRole("button", { name: `Thanh toán: ${TRIP}` }).click();
  await expect(business.getByRole("heading", { level: 1, name: TRIP })).toBeVisible();
  await expect(business.getByText("300.000 ₫").first()).toBeVisible();
  const note = (await business.getByTestId("transfer-note").innerText()).trim();
  expect(note).toMatch(/^HV[A-Z2-7]{7}$/);
  const qr = business.getByRole("img", { name: new RegExp(`VietQR.*${note}`) });
  await expect(qr).toBeVisible();
  const png = await business.request.get(business.url().replace(/\/?$/, "/qr.png"));
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  await expect(business.getByRole("link", { name: "Tải mã QR (PNG)" })).toBeVisible();
  await expectAccessible(business);
  await business.getByRole("button", { name: "Tôi đã chuyển khoản" }).click();
  await expect(business.getByText("Đã báo Phòng Kinh tế.")).toBeVisible();

  // one browser, people take turns: signing in replaces the session cookie
  const officer = page;
  await signInAs(officer, "canbo@hangviet.vn");
  await gotoReady(officer, "/office/payments");
  await expectAccessible(officer);
  const bankReference = `FT${Date.now()}`;
  const today = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
  const statement = {
    name: "sao-ke-vietcombank.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `Ngày giao dịch,Số tiền ghi có,Nội dung,Số tham chiếu\n${today} 10:15,"300.000",MBVCB.4412.${note}.CT tu 0123456 TRAN VAN HUNG,${bankReference}\n${today} 11:00,"50.000",ung ho,${bankReference}X\n`,
      "utf8",
    ),
  };
  await officer.getByLabel("Tệp sao kê").setInputFiles(statement);
  await officer.getByRole("button", { name: "Nhập sao kê" }).click();
  // first statement of this layout: the officer maps the columns once (prefilled by a guess)
  await expect(officer.getByText("Chọn cột của sao kê")).toBeVisible();
  await expect(officer.getByLabel("Cột nội dung")).toHaveValue("Nội dung");
  await officer.getByLabel("Tệp sao kê").setInputFiles(statement);
  await officer.getByRole("button", { name: "Nhập sao kê" }).click();
  await expect(officer.getByText("Đã nhập 2 dòng ghi có, 2 dòng mới.")).toBeVisible();
  await expect(officer.getByRole("checkbox", { name: `Khớp dòng ${bankReference} với ${note}` })).toBeChecked();
  await expect(officer.getByText("Không có mã thanh toán")).toBeVisible();
  await officer.getByRole("button", { name: "Xác nhận các dòng đã chọn" }).click();
  await expect(officer.getByText("Đã xác nhận 1 khoản; 0 khoản đã được ghi nhận trước đó.")).toBeVisible();

  await signInAs(business, "doanhnghiep@hangviet.vn");
  await gotoReady(business, "/business/payments");
  const row = business.getByRole("row", { name: new RegExp(TRIP) });
  await expect(row.getByText("Đã thanh toán")).toBeVisible();
  await row.getByRole("link", { name: `Biên lai: ${TRIP}` }).click();
  await expect(business.getByRole("heading", { name: "BIÊN LAI THU PHÍ" })).toBeVisible();
  await expect(business.getByText("Ba trăm nghìn đồng")).toBeVisible();
  await expect(business.getByText("Chuyển khoản VietQR")).toBeVisible();
  await expectAccessible(business);
});

test("a household asks for a waiver, the partner confirms it, and its status stays private", async ({ page, request }) => {
  const certificateNumber = `GXN-${Date.now().toString(36).toUpperCase()}`;
  const household = page;
  await signInAs(household, "hokinhdoanh@hangviet.vn");
  await gotoReady(household, "/business/payments");
  const fairRow = household.getByRole("row", { name: /Hội chợ/ });
  await fairRow.getByRole("link", { name: /^Đề nghị miễn phí/ }).click();
  await expect(household.getByRole("heading", { name: "Đề nghị miễn phí cho hộ nghèo, cận nghèo" })).toBeVisible();
  await household.getByLabel("Diện hộ").selectOption("POOR");
  await household.getByLabel("Số giấy xác nhận của UBND xã").fill(certificateNumber);
  await household.getByRole("button", { name: "Gửi đề nghị miễn phí" }).click();
  await expect(household.getByText("Đã gửi đề nghị miễn phí.")).toBeVisible();
  await expect(household.getByRole("row", { name: /Hội chợ/ }).getByText("Đang xét miễn phí")).toBeVisible();

  const partner = page;
  await signInAs(partner, "doitac@hangviet.vn");
  await gotoReady(partner, "/office/waivers");
  const request_ = partner.getByRole("listitem").filter({ hasText: certificateNumber });
  await expect(request_.getByText("Hộ nghèo")).toBeVisible();
  await request_.getByRole("button", { name: "Xác nhận miễn phí" }).click();
  await expect(partner.getByText("Đã xác nhận miễn phí.")).toBeVisible();
  await expectAccessible(partner);

  await signInAs(household, "hokinhdoanh@hangviet.vn");
  await gotoReady(household, "/business/payments");
  await expect(household.getByRole("row", { name: /Hội chợ/ }).getByText("Được miễn phí")).toBeVisible();

  // nothing public says who is poor
  const publicUrls = [
    "/",
    "/producers",
    "/producers/co-so-nuoc-mam-binh-minh",
    "/products",
    "/search?q=binh+minh",
    "/fairs",
    "/api/v1/producers",
    "/api/v1/producers?q=binh",
    "/api/v1/products",
    "/api/v1/sales-points",
    "/api/v1/sales-points.geojson",
    "/api/v1/search?q=nuoc+mam",
    "/api/v1/stats",
  ];
  for (const url of publicUrls) {
    const response = await request.get(url);
    // the page's markup and data; its UI strings are vocabulary ("Hộ nghèo" is a form label)
    const body = withoutUiStrings(await response.text());
    for (const secret of [certificateNumber, "povertyStatus", "NEAR_POOR", '"POOR"', "Hộ nghèo", "Hộ cận nghèo", "feeWaiver"]) {
      expect(body.includes(secret), `${url} shows ${secret}`).toBe(false);
    }
  }
});
