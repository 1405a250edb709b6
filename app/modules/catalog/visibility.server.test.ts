// Each public rule's Prisma `where` and pure predicate agree on every status and on the
// Vietnamese day boundaries (23:59 and 00:00 Asia/Ho_Chi_Minh), on a real SQLite database.
import { beforeAll, describe, expect, it } from "vitest";
import { generateVerificationCode } from "~/modules/certification/verification-code";
import { db } from "~/utils/db.server";
import { fromVnLocal } from "~/utils/dates";
import { createBusinessWithOwner, seedPlacesAndCategories } from "./test-factories";
import {
  certificateInForceWhere,
  certifiedSalesPointWhere,
  CONFIRMED_CERTIFICATE_WHERE,
  isCertificateInForce,
  isCertifiedSalesPoint,
  isConfirmedCertificate,
  isPublicProducer,
  isPublicProduct,
  isPublicSalesPoint,
  PUBLIC_PRODUCER_WHERE,
  PUBLIC_PRODUCT_WHERE,
  PUBLIC_SALES_POINT_WHERE,
} from "./visibility";

const BUSINESS_STATUSES = ["DRAFT", "PENDING", "VERIFIED", "REJECTED", "SUSPENDED"] as const;
const PRODUCT_STATUSES = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "UNPUBLISHED"] as const;
const SALES_POINT_STATUSES = ["DRAFT", "APPLIED", "CERTIFIED", "REJECTED"] as const;
const CERT_STATUSES = ["ACTIVE", "EXPIRED", "SUSPENDED", "REVOKED"] as const;
const CHECK_STATES = ["DECLARED", "CHECKED", "ISSUED", "REJECTED"] as const;

/** Last minute of 1 June and first minute of 2 June in Vietnam (16:59 and 17:00 UTC on 1 June). */
const NOWS = { "2026-06-01 23:59": fromVnLocal("2026-06-01", 23 * 60 + 59), "2026-06-02 00:00": fromVnLocal("2026-06-02", 0) };
/** Expiry stored as the start of the VN day (forms) or its last second (imported data). */
const EXPIRIES: Record<string, Date | null> = {
  none: null,
  "31 May start": fromVnLocal("2026-05-31"),
  "1 June start": fromVnLocal("2026-06-01"),
  "1 June 23:59:59": new Date(fromVnLocal("2026-06-02").getTime() - 1000),
  "2 June start": fromVnLocal("2026-06-02"),
  "3 June start": fromVnLocal("2026-06-03"),
};

const businesses: Record<string, string> = {};

function certificateData(businessId: string, checkState: (typeof CHECK_STATES)[number], status: string, expiresOn: Date | null) {
  return {
    kind: checkState === "ISSUED" ? ("SALES_POINT" as const) : ("OCOP" as const),
    stars: checkState === "ISSUED" ? null : 4,
    number: `T-${generateVerificationCode().slice(0, 8)}`,
    issuer: "UBND thành phố Đà Nẵng",
    issuedOn: fromVnLocal("2025-01-01"),
    expiresOn,
    status: status as "ACTIVE",
    origin: checkState === "ISSUED" ? ("OFFICE" as const) : ("BUSINESS" as const),
    checkState,
    checkedAt: checkState === "CHECKED" || checkState === "REJECTED" ? new Date() : null,
    checkNote: checkState === "REJECTED" ? "Không có trong sổ" : null,
    verificationCode: generateVerificationCode(),
    businessId,
  };
}

beforeAll(async () => {
  await seedPlacesAndCategories(db);
  for (const status of BUSINESS_STATUSES) businesses[status] = (await createBusinessWithOwner(db, { status })).business.id;
});

describe("certificate rules", () => {
  beforeAll(async () => {
    for (const checkState of CHECK_STATES) {
      for (const status of CERT_STATUSES) {
        for (const expiresOn of Object.values(EXPIRIES)) {
          await db.certificate.create({ data: certificateData(businesses.VERIFIED!, checkState, status, expiresOn) });
        }
      }
    }
  });

  it.each(Object.entries(NOWS))("in force: where and predicate agree at %s", async (_label, now) => {
    const all = await db.certificate.findMany({ select: { id: true, checkState: true, status: true, expiresOn: true } });
    expect(all.length).toBe(CHECK_STATES.length * CERT_STATUSES.length * Object.keys(EXPIRIES).length);
    const byWhere = (await db.certificate.findMany({ where: certificateInForceWhere(now), select: { id: true } })).map((r) => r.id).sort();
    const byPredicate = all.filter((c) => isCertificateInForce(c, now)).map((c) => c.id).sort();
    expect(byWhere).toEqual(byPredicate);
    expect(byWhere.length).toBeGreaterThan(0);
  });

  it("the last Vietnamese day of a certificate counts until 23:59 and not from 00:00 the next day", () => {
    const lastDay = { checkState: "CHECKED", status: "ACTIVE", expiresOn: EXPIRIES["1 June start"]! };
    expect(isCertificateInForce(lastDay, NOWS["2026-06-01 23:59"])).toBe(true);
    expect(isCertificateInForce(lastDay, NOWS["2026-06-02 00:00"])).toBe(false);
    expect(isCertificateInForce({ ...lastDay, checkState: "DECLARED" }, NOWS["2026-06-01 23:59"])).toBe(false);
    expect(isCertificateInForce({ ...lastDay, checkState: "REJECTED" }, NOWS["2026-06-01 23:59"])).toBe(false);
    expect(isCertificateInForce({ ...lastDay, checkState: "ISSUED" }, NOWS["2026-06-01 23:59"])).toBe(true);
  });

  it("confirmed: where and predicate agree (only CHECKED and ISSUED)", async () => {
    const all = await db.certificate.findMany({ select: { id: true, checkState: true } });
    const byWhere = (await db.certificate.findMany({ where: CONFIRMED_CERTIFICATE_WHERE, select: { id: true } })).map((r) => r.id).sort();
    expect(byWhere).toEqual(all.filter(isConfirmedCertificate).map((c) => c.id).sort());
    expect(new Set(all.filter(isConfirmedCertificate).map((c) => c.checkState))).toEqual(new Set(["CHECKED", "ISSUED"]));
  });
});

describe("producer and product rules", () => {
  beforeAll(async () => {
    for (const businessStatus of BUSINESS_STATUSES) {
      for (const status of PRODUCT_STATUSES) {
        await db.product.create({
          data: { slug: `sp-${businessStatus}-${status}`.toLowerCase(), name: `SP ${businessStatus} ${status}`, status, businessId: businesses[businessStatus]! },
        });
      }
    }
  });

  it("producer: where and predicate agree for every business status", async () => {
    const all = await db.business.findMany({ select: { id: true, status: true } });
    const byWhere = (await db.business.findMany({ where: PUBLIC_PRODUCER_WHERE, select: { id: true } })).map((r) => r.id).sort();
    expect(byWhere).toEqual(all.filter(isPublicProducer).map((b) => b.id).sort());
    expect(byWhere).toEqual([businesses.VERIFIED]);
  });

  it("product: where and predicate agree for every product × business status", async () => {
    const all = await db.product.findMany({ select: { id: true, status: true, business: { select: { status: true } } } });
    expect(all.length).toBe(BUSINESS_STATUSES.length * PRODUCT_STATUSES.length);
    const byWhere = (await db.product.findMany({ where: PUBLIC_PRODUCT_WHERE, select: { id: true } })).map((r) => r.id).sort();
    expect(byWhere).toEqual(all.filter(isPublicProduct).map((p) => p.id).sort());
    expect(byWhere.length).toBe(1);
  });
});

describe("sales point rules", () => {
  const CERT_VARIANTS = {
    none: null,
    inForce: { checkState: "ISSUED", status: "ACTIVE", expiresOn: EXPIRIES["3 June start"] },
    lastDayToday: { checkState: "ISSUED", status: "ACTIVE", expiresOn: EXPIRIES["1 June start"] },
    lapsed: { checkState: "ISSUED", status: "ACTIVE", expiresOn: EXPIRIES["31 May start"] },
    revoked: { checkState: "ISSUED", status: "REVOKED", expiresOn: EXPIRIES["3 June start"] },
    suspended: { checkState: "ISSUED", status: "SUSPENDED", expiresOn: EXPIRIES["3 June start"] },
  } as const;

  beforeAll(async () => {
    for (const businessStatus of BUSINESS_STATUSES) {
      for (const status of SALES_POINT_STATUSES) {
        for (const [variant, cert] of Object.entries(CERT_VARIANTS)) {
          const point = await db.salesPoint.create({
            data: {
              businessId: businesses[businessStatus]!,
              name: `${businessStatus} ${status} ${variant}`,
              provinceCode: "48",
              communeCode: "20791",
              streetAddress: "1 Tiểu La",
              vietGoodsShare: 90,
              status,
            },
          });
          if (cert) {
            await db.certificate.create({
              data: { ...certificateData(businesses[businessStatus]!, "ISSUED", cert.status, cert.expiresOn ?? null), salesPointId: point.id },
            });
          }
        }
      }
    }
  });

  const select = {
    id: true,
    status: true,
    business: { select: { status: true } },
    certificates: { select: { kind: true, checkState: true, status: true, expiresOn: true } },
  } as const;

  it("public: where and predicate agree for every sales point × business status", async () => {
    const all = await db.salesPoint.findMany({ select });
    const byWhere = (await db.salesPoint.findMany({ where: PUBLIC_SALES_POINT_WHERE, select: { id: true } })).map((r) => r.id).sort();
    expect(byWhere).toEqual(all.filter(isPublicSalesPoint).map((p) => p.id).sort());
    expect(byWhere.length).toBe(3 * Object.keys(CERT_VARIANTS).length);
  });

  it.each(Object.entries(NOWS))("certified: where and predicate agree at %s", async (label, now) => {
    const all = await db.salesPoint.findMany({ select });
    const byWhere = (await db.salesPoint.findMany({ where: certifiedSalesPointWhere(now), select: { id: true } })).map((r) => r.id).sort();
    const byPredicate = all.filter((p) => isCertifiedSalesPoint(p, now));
    expect(byWhere).toEqual(byPredicate.map((p) => p.id).sort());
    // only VERIFIED × CERTIFIED: in force always, the last-day one only until 23:59
    const names = (await db.salesPoint.findMany({ where: { id: { in: byWhere } }, select: { name: true } })).map((p) => p.name).sort();
    expect(names).toEqual(label.endsWith("23:59") ? ["VERIFIED CERTIFIED inForce", "VERIFIED CERTIFIED lastDayToday"] : ["VERIFIED CERTIFIED inForce"]);
  });
});
