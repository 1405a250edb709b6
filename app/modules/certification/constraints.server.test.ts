// The database itself refuses impossible certificates, products and businesses (migration
// 20261130110000_certificate_trust): each forbidden write is tried directly in SQL.
import { beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { db } from "~/utils/db.server";

let businessId = "";
let productId = "";
let n = 0;

beforeAll(async () => {
  await seedPlacesAndCategories(db);
  businessId = (await createBusinessWithOwner(db)).business.id;
  productId = (await db.product.create({ data: { slug: "ca-kho", name: "Cá kho", businessId } })).id;
});

function insertCertificate(overrides: Record<string, string | number | null>) {
  const row: Record<string, string | number | null> = {
    id: `c${++n}`,
    kind: "OCOP",
    number: `N-${n}`,
    issuer: "UBND",
    issuedOn: "2026-01-01T00:00:00.000Z",
    expiresOn: "2029-01-01T00:00:00.000Z",
    stars: 4,
    verificationCode: `CODE${String(n).padStart(16, "0")}`,
    status: "ACTIVE",
    businessId,
    productId,
    origin: "BUSINESS",
    checkState: "DECLARED",
    checkedAt: null,
    checkNote: null,
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...overrides,
  };
  const columns = Object.keys(row);
  return db.$executeRawUnsafe(
    `INSERT INTO "Certificate" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
    ...Object.values(row),
  );
}

describe("Certificate CHECK constraints", () => {
  it("accepts a well-formed declared, checked, rejected and issued certificate", async () => {
    await expect(insertCertificate({})).resolves.toBe(1);
    await expect(insertCertificate({ checkState: "CHECKED", checkedAt: "2026-02-01T00:00:00.000Z" })).resolves.toBe(1);
    await expect(insertCertificate({ checkState: "REJECTED", checkedAt: "2026-02-01T00:00:00.000Z", checkNote: "Không có trong sổ OCOP" })).resolves.toBe(1);
    await expect(insertCertificate({ kind: "SALES_POINT", stars: null, origin: "OFFICE", checkState: "ISSUED", productId: null })).resolves.toBe(1);
    await expect(insertCertificate({ expiresOn: "2026-01-01T00:00:00.000Z" })).resolves.toBe(1);
  });

  it.each([
    ["an unknown kind", { kind: "GOLD_MEDAL" }],
    ["an unknown status", { status: "VALID" }],
    ["an unknown origin", { origin: "SELF" }],
    ["an unknown check state", { checkState: "APPROVED" }],
    ["0 stars", { stars: 0 }],
    ["6 stars", { stars: 6 }],
    ["an expiry before the issue day", { expiresOn: "2025-12-31T00:00:00.000Z" }],
    ["a business calling its own certificate issued", { checkState: "ISSUED" }],
    ["an office certificate left declared", { origin: "OFFICE" }],
    ["a check without its date", { checkState: "CHECKED", checkedAt: null }],
    ["a rejection without a reason", { checkState: "REJECTED", checkedAt: "2026-02-01T00:00:00.000Z", checkNote: "  " }],
  ])("refuses %s", async (_label, overrides) => {
    await expect(insertCertificate(overrides)).rejects.toThrow(/CHECK constraint failed/);
  });

  it("refuses turning a declared certificate into a checked one without a date (UPDATE)", async () => {
    await expect(db.$executeRawUnsafe(`UPDATE "Certificate" SET "checkState" = 'CHECKED' WHERE "checkState" = 'DECLARED'`)).rejects.toThrow(
      /CHECK constraint failed/,
    );
  });
});

describe("Product and Business CHECK constraints", () => {
  it("refuses an unknown product status", async () => {
    await expect(db.$executeRawUnsafe(`UPDATE "Product" SET "status" = 'PUBLISHED' WHERE "id" = ?`, productId)).rejects.toThrow(
      /CHECK constraint failed/,
    );
  });

  it("refuses an unknown business status and legal form", async () => {
    await expect(db.$executeRawUnsafe(`UPDATE "Business" SET "status" = 'ACTIVE' WHERE "id" = ?`, businessId)).rejects.toThrow(
      /CHECK constraint failed/,
    );
    await expect(db.$executeRawUnsafe(`UPDATE "Business" SET "legalForm" = 'LLC' WHERE "id" = ?`, businessId)).rejects.toThrow(
      /CHECK constraint failed/,
    );
  });

  it("still accepts every real status", async () => {
    for (const status of ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "UNPUBLISHED"]) {
      await expect(db.$executeRawUnsafe(`UPDATE "Product" SET "status" = ? WHERE "id" = ?`, status, productId)).resolves.toBe(1);
    }
    for (const status of ["DRAFT", "PENDING", "VERIFIED", "REJECTED", "SUSPENDED"]) {
      await expect(db.$executeRawUnsafe(`UPDATE "Business" SET "status" = ? WHERE "id" = ?`, status, businessId)).resolves.toBe(1);
    }
  });
});
