// The acceptance journey of issue #13, as the three people live it: a vulnerable consumer files
// a complaint about a demo product from its page (with a photo and their phone number typed
// into the text); the officer finds it first in the queue, redacts the phone number from the
// text and the photo, forwards it; the business (no consent) answers without ever seeing the
// contact or the original photo; the consumer is not satisfied; the officer escalates and
// prints the referral; the public statistics count it.
import type { Browser, Page } from "@playwright/test";
import sharp from "sharp";
import { DEMO, expect, expectAccessible, gotoReady, signInAs, test } from "../fixtures";

const PRODUCT = "Đậu phộng rang muối";
const PRODUCT_PATH = "/products/dau-phong-rang-muoi";
const BUSINESS = "Công ty TNHH Thực phẩm Hà Lam";
const PHONE = "0912345678";
const NAME = "Ka Sô Liễng";
const DESCRIPTION = `Hũ ${PRODUCT} mua ở chợ Bình Sa bị ỉu và có mùi dầu cũ. Xin gọi cho tôi số ${PHONE} vì tôi không dùng e-mail.`;
const REDACTED = DESCRIPTION.replace(PHONE, "[đã che]");
const PHOTO_NAME = "hóa đơn có số điện thoại.jpg";
const REDACTED_PHOTO_NAME = "hoa-don-da-che.png";
const ANSWER = "Cơ sở xin lỗi bà con, đề nghị đổi hũ mới tại cửa hàng Hà Lam.";

function jpeg(): Promise<Buffer> {
  return sharp({ create: { width: 80, height: 60, channels: 3, background: "#b45309" } }).jpeg().toBuffer();
}
function blackedOut(): Promise<Buffer> {
  return sharp({ create: { width: 80, height: 60, channels: 3, background: "#000000" } }).png().toBuffer();
}

/** Another person's browser (its own cookies), failing the test on any page error. */
async function personPage(browser: Browser, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && !/status of 4\d\d/.test(message.text())) errors.push(message.text());
  });
  return page;
}

async function receivedCount(page: Page): Promise<number> {
  await gotoReady(page, "/complaints/stats");
  const text = (await page.getByTestId("stat-received").innerText()).trim();
  return text === "—" ? 0 : Number(text.replace(/\D/g, ""));
}

/** Files a complaint from the product page and returns the code and PIN shown. */
async function fileFromProductPage(page: Page, { description, vulnerable }: { description: string; vulnerable: boolean }) {
  await gotoReady(page, PRODUCT_PATH);
  await expect(page.getByRole("heading", { level: 1, name: PRODUCT })).toBeVisible();
  await page.getByRole("link", { name: "Báo cáo vấn đề / gửi phản ánh" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gửi phản ánh về sản phẩm, cơ sở hoặc điểm bán" })).toBeVisible();
  await expect(page.getByText("Bạn đang phản ánh về:")).toBeVisible();
  await page.getByLabel("Mô tả vấn đề").fill(description);
  await page.getByLabel("Đổi hàng khác").check();
  await page.getByLabel("Họ và tên").fill(vulnerable ? NAME : "Trần Thị Bích");
  await page.getByLabel("Số điện thoại").fill(vulnerable ? PHONE : "0935111222");
  if (vulnerable) {
    await page.getByLabel("Ảnh hoặc giấy tờ (không bắt buộc)").setInputFiles({ name: PHOTO_NAME, mimeType: "image/jpeg", buffer: await jpeg() });
    await page.getByLabel("Tôi thuộc nhóm cần được ưu tiên").check();
    await page.getByLabel("Nhóm", { exact: true }).selectOption({ label: "Người dân tộc thiểu số" });
  }
  // No consent: the business must never learn who filed it.
  await expect(page.getByLabel("Tôi đồng ý cho cơ sở kinh doanh biết tên và cách liên hệ với tôi để giải quyết")).not.toBeChecked();
  await page.getByRole("button", { name: "Gửi phản ánh" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đã nhận phản ánh của bạn" })).toBeVisible();
  const code = (await page.getByTestId("complaint-code").innerText()).trim();
  const pin = (await page.getByTestId("complaint-pin").innerText()).trim();
  expect(code).toMatch(/^KN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(pin).toMatch(/^\d{6}$/);
  return { code, pin };
}

async function openTracking(page: Page, code: string, pin: string) {
  await gotoReady(page, "/complaints/track");
  await page.getByLabel("Mã phản ánh").fill(code);
  await page.getByLabel("Số PIN").fill(pin);
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Diễn biến" })).toBeVisible();
}

test("a vulnerable consumer's complaint goes from the product page to a printed referral, the contact protected all the way", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const otherErrors: string[] = [];
  const receivedBefore = await receivedCount(page);

  // An ordinary complaint about the same business arrives first …
  const earlier = await fileFromProductPage(page, { description: `Hũ ${PRODUCT} bị thiếu cân so với nhãn ghi 500 g.`, vulnerable: false });
  // … then the vulnerable consumer's.
  const { code, pin } = await fileFromProductPage(page, { description: DESCRIPTION, vulnerable: true });

  // The officer: the queue of new complaints about the business puts the vulnerable one first.
  const officer = await personPage(browser, otherErrors);
  await signInAs(officer, DEMO.officer);
  await gotoReady(officer, "/office/complaints");
  const filters = officer.getByRole("form", { name: "Lọc" });
  await filters.getByLabel("Trạng thái").selectOption({ label: "Đã tiếp nhận" });
  await filters.getByLabel(/^Cơ sở/).selectOption({ label: BUSINESS });
  await filters.getByRole("button", { name: "Lọc" }).click();
  const rows = officer.getByRole("region", { name: "Phản ánh của người tiêu dùng" }).getByRole("row");
  await expect(rows.nth(1)).toContainText(code);
  await expect(rows.nth(1)).toContainText("Tôi thuộc nhóm cần được ưu tiên");
  await expect(rows.nth(2)).toContainText(earlier.code);
  await rows.nth(1).getByRole("link", { name: code }).click();
  await expect(officer.getByRole("heading", { level: 1, name: new RegExp(code) })).toBeVisible();
  await expect(officer.getByRole("region", { name: "Mô tả gốc (chỉ Phòng Kinh tế)" }).getByRole("paragraph").first()).toHaveText(DESCRIPTION);

  // Forwarding the text as written is refused: it carries the complainant's phone number.
  const forward = officer.getByRole("form", { name: "Chuyển cho cơ sở" });
  await forward.getByRole("button", { name: "Chuyển cho cơ sở" }).click();
  await expect(officer.getByText("Vui lòng không ghi số điện thoại hoặc e-mail của người phản ánh vào nội dung.").first()).toBeVisible();
  await expect(officer.getByRole("heading", { level: 1, name: new RegExp(`${code} — Đã tiếp nhận`) })).toBeVisible();

  // Redact the number from the text …
  const redact = officer.getByRole("form", { name: "Che thông tin cá nhân" });
  await redact.getByLabel("Mô tả gửi cơ sở (đã che)").fill(REDACTED);
  await redact.getByRole("button", { name: "Che thông tin cá nhân" }).click();
  await expect(officer.getByTestId("redacted-description")).toHaveText(REDACTED);

  // … and from the photo: a blacked-out copy replaces it for the business.
  await officer.getByRole("link", { name: `Che thông tin trong tệp: ${PHOTO_NAME}` }).click();
  await expect(officer.getByRole("heading", { level: 1, name: "Che thông tin trong tệp" })).toBeVisible();
  await expect(officer.getByText("Chưa có bản đã che. Khi chuyển, cơ sở sẽ thấy tệp gốc.")).toBeVisible();
  await expectAccessible(officer);
  await officer.getByLabel("Bản đã che (ảnh hoặc PDF)").setInputFiles({ name: REDACTED_PHOTO_NAME, mimeType: "image/png", buffer: await blackedOut() });
  await officer.getByRole("button", { name: "Lưu bản đã che" }).click();
  await expect(officer.getByRole("link", { name: REDACTED_PHOTO_NAME })).toBeVisible();
  await officer.getByRole("link", { name: code }).click();

  await officer.getByRole("form", { name: "Chuyển cho cơ sở" }).getByRole("button", { name: "Chuyển cho cơ sở" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: new RegExp(`${code} — Đã chuyển cơ sở`) })).toBeVisible();

  // The business: its own complaint, redacted, no contact, only the redacted photo.
  const business = await personPage(browser, otherErrors);
  await signInAs(business, DEMO.business);
  await gotoReady(business, "/business/complaints");
  await business.getByLabel("Đang làm việc cho").selectOption({ label: `${BUSINESS} (chủ)` });
  await business.getByRole("button", { name: "Chuyển", exact: true }).click();
  await expect(business.getByText(`Đã chuyển sang ${BUSINESS}.`)).toBeVisible();
  await gotoReady(business, "/business/complaints");
  await business.getByRole("link", { name: code }).click();
  await expect(business.getByRole("heading", { level: 1, name: new RegExp(code) })).toBeVisible();
  await expect(business.getByTestId("business-description")).toHaveText(REDACTED);
  await expect(business.getByText("Người phản ánh không đồng ý chia sẻ liên hệ. Hãy trả lời tại đây.")).toBeVisible();
  await expect(business.getByTestId("business-contact")).toHaveCount(0);
  await expect(business.getByRole("link", { name: REDACTED_PHOTO_NAME })).toBeVisible();
  await expect(business.getByRole("link", { name: PHOTO_NAME })).toHaveCount(0);
  const seenByBusiness = await business.locator("main").innerText();
  for (const secret of [PHONE, NAME, "dân tộc thiểu số", "Tôi thuộc nhóm cần được ưu tiên"]) expect(seenByBusiness).not.toContain(secret);
  const answer = business.getByRole("form", { name: "Trả lời" });
  await answer.getByLabel("Nội dung").fill(ANSWER);
  await answer.getByLabel("Đề xuất giải quyết").fill("Đổi hũ mới");
  await answer.getByRole("button", { name: "Trả lời" }).click();
  await expect(business.getByRole("heading", { level: 1, name: new RegExp(`${code} — Cơ sở đã trả lời`) })).toBeVisible();

  // The consumer reads the answer on the tracking page and is not satisfied.
  await openTracking(page, code, pin);
  await expect(page.getByText(ANSWER)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Chưa hài lòng, đề nghị hỗ trợ" }).click();
  await expect(page.getByText("Người phản ánh: chưa hài lòng")).toBeVisible();

  // The officer sees it among those to escalate, escalates and prints the referral.
  await gotoReady(officer, "/office/complaints");
  const toEscalate = officer.getByRole("region", { name: "Quá hạn, cần xem xét chuyển Sở Công Thương" });
  await toEscalate.getByRole("link", { name: code }).click();
  await officer.getByRole("form", { name: "Chuyển Sở Công Thương" }).getByRole("button", { name: "Chuyển Sở Công Thương" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: new RegExp(`${code} — Đã chuyển Sở Công Thương`) })).toBeVisible();
  await officer.getByRole("link", { name: "In phiếu chuyển" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: `Phiếu chuyển phản ánh của người tiêu dùng ${code}` })).toBeVisible();
  const referral = officer.locator("article");
  await expect(referral).toContainText("Kính gửi: Sở Công Thương");
  await expect(referral).toContainText(`${BUSINESS} — ${PRODUCT}`);
  await expect(referral).toContainText(REDACTED);
  await expect(referral).toContainText(ANSWER);
  for (const step of ["Đã tiếp nhận phản ánh", "Đã chuyển cho cơ sở kinh doanh", "Cơ sở trả lời", "Người phản ánh: chưa hài lòng", "Đã chuyển Sở Công Thương hỗ trợ"]) {
    await expect(referral.getByRole("listitem").filter({ hasText: step }).first()).toBeVisible();
  }
  await expect(referral.getByRole("listitem").filter({ hasText: REDACTED_PHOTO_NAME })).toBeVisible();
  const referralText = await referral.innerText();
  for (const secret of [PHONE, NAME, PHOTO_NAME]) expect(referralText).not.toContain(secret);
  await expectAccessible(officer);
  await officer.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await officer.getByRole("button", { name: "In", exact: true }).click();
  expect(await officer.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // Back on the tracking page (still open in this browser), the timeline says where it went;
  // the public statistics count both complaints.
  await gotoReady(page, "/complaints/track");
  await expect(page.getByText("Đã chuyển Sở Công Thương hỗ trợ")).toBeVisible();
  expect(await receivedCount(page)).toBe(receivedBefore + 2);
  await expectAccessible(page);

  await officer.context().close();
  await business.context().close();
  expect(otherErrors, "console errors in the officer's or business's browser").toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the officer replaces a photo with a redacted copy and the business reads only the copy", async ({ page, browser }) => {
    test.setTimeout(90_000);
    // The consumer files with a photo, without JavaScript.
    await page.goto(PRODUCT_PATH);
    await page.getByRole("link", { name: "Báo cáo vấn đề / gửi phản ánh" }).click();
    await page.getByLabel("Mô tả vấn đề").fill(`Hũ ${PRODUCT} bị mốc, ảnh chụp kèm hóa đơn có tên tôi.`);
    await page.getByLabel("Trả lại tiền").check();
    await page.getByLabel("Ảnh hoặc giấy tờ (không bắt buộc)").setInputFiles({ name: PHOTO_NAME, mimeType: "image/jpeg", buffer: await jpeg() });
    await page.getByLabel("Họ và tên").fill("Đinh Văn Hòa");
    await page.getByLabel("Số điện thoại").fill("0977000111");
    await page.getByRole("button", { name: "Gửi phản ánh" }).click();
    const code = (await page.getByTestId("complaint-code").innerText()).trim();

    const person = async (email: string) => {
      const context = await browser.newContext({ javaScriptEnabled: false, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
      await signInAs(context, email);
      return context.newPage();
    };
    const officer = await person(DEMO.officer);
    await officer.goto("/office/complaints?status=RECEIVED");
    await officer.getByRole("link", { name: code }).first().click();
    await officer.getByRole("link", { name: `Che thông tin trong tệp: ${PHOTO_NAME}` }).click();
    await officer.getByLabel("Bản đã che (ảnh hoặc PDF)").setInputFiles({ name: REDACTED_PHOTO_NAME, mimeType: "image/png", buffer: await blackedOut() });
    await officer.getByRole("button", { name: "Lưu bản đã che" }).click();
    await expect(officer.getByRole("region", { name: "Bản gửi cơ sở (đã che)" }).getByRole("link", { name: REDACTED_PHOTO_NAME })).toBeVisible();
    await officer.getByRole("link", { name: code }).click();
    await expect(officer.getByRole("region", { name: "Tài liệu" })).toContainText("đã có bản che, cơ sở không xem được");
    await officer.getByRole("form", { name: "Chuyển cho cơ sở" }).getByRole("button", { name: "Chuyển cho cơ sở" }).click();
    await expect(officer.getByRole("heading", { level: 1, name: new RegExp(`${code} — Đã chuyển cơ sở`) })).toBeVisible();

    const business = await person(DEMO.business);
    await business.goto("/business/complaints");
    await business.getByLabel("Đang làm việc cho").selectOption({ label: `${BUSINESS} (chủ)` });
    await business.getByRole("button", { name: "Chuyển", exact: true }).click();
    await expect(business.getByText(`Đã chuyển sang ${BUSINESS}.`)).toBeVisible();
    await business.goto("/business/complaints");
    await business.getByRole("link", { name: code }).click();
    const copy = business.getByRole("link", { name: REDACTED_PHOTO_NAME });
    await expect(copy).toBeVisible();
    await expect(business.getByRole("link", { name: PHOTO_NAME })).toHaveCount(0);
    // The copy opens for the business; the original's address answers 404 like an unknown id.
    const copyResponse = await business.request.get((await copy.getAttribute("href"))!);
    expect(copyResponse.status()).toBe(200);
    const originalHref = await officer.getByRole("region", { name: "Tài liệu" }).getByRole("link", { name: PHOTO_NAME, exact: true }).getAttribute("href");
    expect((await business.request.get(originalHref!)).status()).toBe(404);
    expect((await officer.request.get(originalHref!)).status()).toBe(200);
    await officer.context().close();
    await business.context().close();
  });
});
