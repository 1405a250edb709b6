// Test data for the public sales-point directory and the verification page: sales points
// with hours, categories and certificates in any state. Each test file starts from an empty DB.
import type { Prisma } from "~/generated/prisma/client";
import { createBusinessWithOwner, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { generateVerificationCode } from "~/modules/certification/verification-code";
import type { Db } from "~/utils/db.server";

export { createBusinessWithOwner, seedPlacesAndCategories };

/** A VN wall-clock time as a UTC instant. */
export const vn = (local: string) => new Date(`${local}+07:00`);

const everyDay = (opensAt: number, closesAt: number) => [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opensAt, closesAt }));
export const h = (hours: number, minutes = 0) => hours * 60 + minutes;
export { everyDay };

let counter = 0;

export async function createSalesPoint(
  db: Db,
  {
    businessId,
    name = `Điểm bán ${++counter}`,
    communeCode = "20791",
    lat = 15.7378,
    lng = 108.3642,
    hours = everyDay(h(7), h(21)),
    categoryIds = [],
    status = "CERTIFIED",
    phone = "0235 3874 123",
  }: {
    businessId: string;
    name?: string;
    communeCode?: string;
    lat?: number | null;
    lng?: number | null;
    hours?: Array<{ weekday: number; opensAt: number; closesAt: number }>;
    categoryIds?: string[];
    status?: "DRAFT" | "APPLIED" | "CERTIFIED" | "REJECTED";
    phone?: string | null;
  },
) {
  return db.salesPoint.create({
    data: {
      businessId,
      name,
      provinceCode: "48",
      communeCode,
      streetAddress: `${counter} đường Tiểu La`,
      latitude: lat,
      longitude: lng,
      phone,
      vietGoodsShare: 90,
      status,
      hours: { create: hours },
      categories: { create: categoryIds.map((categoryId) => ({ categoryId })) },
    },
  });
}

export async function createCertificate(
  db: Db,
  data: Omit<Prisma.CertificateUncheckedCreateInput, "verificationCode" | "number" | "issuer" | "issuedOn" | "kind"> &
    Partial<Pick<Prisma.CertificateUncheckedCreateInput, "number" | "issuer" | "issuedOn" | "kind">>,
) {
  return db.certificate.create({
    data: {
      kind: "SALES_POINT",
      number: `DBHV-TEST-${++counter}`,
      issuer: "Phòng Kinh tế xã Thăng Bình",
      issuedOn: vn("2026-04-20T00:00:00"),
      // sales-point certificates are issued by the office itself
      origin: "OFFICE",
      checkState: "ISSUED",
      ...data,
      verificationCode: generateVerificationCode(),
    },
  });
}
