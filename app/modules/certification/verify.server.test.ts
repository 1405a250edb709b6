import { beforeAll, describe, expect, it } from "vitest";
import { NotFound } from "~/modules/errors";
import {
  createBusinessWithOwner,
  createCertificate,
  createSalesPoint,
  seedPlacesAndCategories,
  vn,
} from "~/modules/sales-points/public.test-factories";
import { db } from "~/utils/db.server";
import { verifyCertificate } from "./verify.server";

const NOW = vn("2026-11-23T09:00:00");
const LATER = vn("2028-04-20T00:00:00");
const codes: Record<string, string> = {};
let pointId = "";
let businessSlug = "";

beforeAll(async () => {
  await seedPlacesAndCategories(db);
  const { business } = await createBusinessWithOwner(db);
  const { business: suspendedBusiness } = await createBusinessWithOwner(db, { status: "SUSPENDED" });
  businessSlug = business.slug;
  const point = await createSalesPoint(db, { businessId: business.id, name: "Cửa hàng Thử" });
  pointId = point.id;
  const product = (status: "APPROVED" | "UNPUBLISHED", businessId = business.id) =>
    db.product.create({ data: { slug: `sp-${Math.random().toString(36).slice(2)}`, businessId, name: `Nước mắm ${status}`, status } });
  const approved = await product("APPROVED");
  const unpublished = await product("UNPUBLISHED");
  const ofSuspended = await product("APPROVED", suspendedBusiness.id);

  const make = async (key: string, data: Parameters<typeof createCertificate>[1]) => {
    const c = await createCertificate(db, data);
    codes[key] = c.verificationCode;
    return c;
  };
  const old = await make("old", { businessId: business.id, salesPointId: point.id, issuedOn: vn("2024-04-20T00:00:00"), expiresOn: vn("2026-04-19T00:00:00"), status: "EXPIRED" });
  await make("valid", { businessId: business.id, salesPointId: point.id, expiresOn: LATER, renewsId: old.id });
  await make("soon", { businessId: business.id, salesPointId: point.id, expiresOn: vn("2026-12-01T00:00:00") });
  await make("revoked", {
    businessId: business.id,
    salesPointId: point.id,
    expiresOn: LATER,
    status: "REVOKED",
    statusChangedAt: vn("2026-10-14T15:00:00"),
    statusReason: "Tỷ lệ hàng Việt Nam còn 62 %.",
  });
  await make("suspended", {
    businessId: business.id,
    salesPointId: point.id,
    expiresOn: LATER,
    status: "SUSPENDED",
    statusChangedAt: vn("2026-11-01T08:00:00"),
    statusReason: "Đang thanh tra theo phản ánh KN-1234",
  });
  await make("lapsed", { businessId: business.id, kind: "OCOP", stars: 3, productId: approved.id, expiresOn: vn("2026-11-20T00:00:00") });
  await make("unpublished", { businessId: business.id, kind: "OCOP", stars: 4, productId: unpublished.id, expiresOn: LATER });
  await make("suspendedProducer", { businessId: suspendedBusiness.id, kind: "OCOP", stars: 4, productId: ofSuspended.id, expiresOn: LATER });
  await make("hvnclc", { businessId: business.id, kind: "HVNCLC", year: 2026, expiresOn: vn("2026-12-31T23:59:59") });
});

describe("verifyCertificate", () => {
  it("is NotFound for malformed and unknown codes", async () => {
    for (const code of ["", "abc", "DBHV-TB-2026-001", "0".repeat(20), `${codes.valid!.slice(0, 19)}I`]) {
      await expect(verifyCertificate(db, { code, now: NOW })).rejects.toBeInstanceOf(NotFound);
    }
  });

  it("accepts the code as people type it (lowercase, spaces, dashes)", async () => {
    const typed = codes.valid!.toLowerCase().replace(/(.{4})/g, "$1-").replace(/-$/, "");
    const result = await verifyCertificate(db, { code: ` ${typed} `, now: NOW });
    expect(result.verificationCode).toBe(codes.valid);
  });

  it("describes a valid sales-point certificate with its holder and point", async () => {
    const result = await verifyCertificate(db, { code: codes.valid!, now: NOW });
    expect(result).toMatchObject({
      state: "valid",
      kind: "SALES_POINT",
      revocation: null,
      suspendedOn: null,
      renewedBy: null,
      holder: { url: `/producers/${businessSlug}`, place: "Xã Thăng Bình, Thành phố Đà Nẵng" },
      subject: { type: "salesPoint", name: "Cửa hàng Thử", url: `/sales-points/${pointId}` },
    });
    expect(result.subject.type === "salesPoint" && result.subject.address).toContain("Xã Thăng Bình");
    expect((await verifyCertificate(db, { code: codes.soon!, now: NOW })).state).toBe("expiring_soon");
  });

  it("gives a revocation's date and reason", async () => {
    const result = await verifyCertificate(db, { code: codes.revoked!, now: NOW });
    expect(result.state).toBe("revoked");
    expect(result.revocation).toEqual({ on: vn("2026-10-14T15:00:00"), reason: "Tỷ lệ hàng Việt Nam còn 62 %." });
  });

  it("gives a suspension's date but not its (possibly investigative) reason", async () => {
    const result = await verifyCertificate(db, { code: codes.suspended!, now: NOW });
    expect(result.state).toBe("suspended");
    expect(result.suspendedOn).toEqual(vn("2026-11-01T08:00:00"));
    expect(JSON.stringify(result)).not.toContain("KN-1234");
  });

  it("calls a certificate past its expiry day expired even before the daily job runs", async () => {
    const result = await verifyCertificate(db, { code: codes.lapsed!, now: NOW });
    expect(result).toMatchObject({ state: "expired", kind: "OCOP", stars: 3, subject: { type: "product" } });
    expect(result.subject.type === "product" && result.subject.url).toMatch(/^\/products\//);
  });

  it("still verifies a certificate of an unpublished product, naming it without a link", async () => {
    const result = await verifyCertificate(db, { code: codes.unpublished!, now: NOW });
    expect(result.subject).toEqual({ type: "product", name: "Nước mắm UNPUBLISHED", url: null });
    const ofSuspended = await verifyCertificate(db, { code: codes.suspendedProducer!, now: NOW });
    expect(ofSuspended.subject).toMatchObject({ type: "product", url: null });
    expect(ofSuspended.holder.url).toBeNull();
  });

  it("links an old certificate to its renewal", async () => {
    const result = await verifyCertificate(db, { code: codes.old!, now: NOW });
    expect(result.state).toBe("expired");
    expect(result.renewedBy).toEqual({ number: expect.any(String), verifyPath: `/verify/${codes.valid}` });
  });

  it("describes a business-level label by kind and year", async () => {
    const result = await verifyCertificate(db, { code: codes.hvnclc!, now: NOW });
    expect(result).toMatchObject({ kind: "HVNCLC", year: 2026, state: "valid", subject: { type: "business" } });
  });
});
