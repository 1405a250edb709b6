import { beforeAll, describe, expect, test } from "vitest";
import { DomainError } from "~/modules/errors";
import { db, dbReady } from "~/utils/db.server";
import { fromVnLocal, vnDateKey } from "~/utils/dates";
import { addProductCertificate, certificateData, removeProductCertificate } from "./certificates.server";
import { createDraftProduct } from "./products.server";
import { createBusinessWithOwner, pdfBytes, seedPlacesAndCategories } from "./test-factories";

let ref: Awaited<ReturnType<typeof seedPlacesAndCategories>>;
beforeAll(async () => {
  await dbReady;
  ref = await seedPlacesAndCategories(db);
});

function fieldErrorsOf(fn: () => unknown): Record<string, string[]> {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.fieldErrors;
    throw error;
  }
  return {};
}

describe("certificateData", () => {
  const today = "2026-06-01";
  test("OCOP defaults to 36 months from the issue day", () => {
    const data = certificateData({ kind: "OCOP", stars: 4, number: " 12/QĐ-UBND ", issuer: "UBND TP Đà Nẵng", issuedOn: "2025-11-22" }, today);
    expect(data.number).toBe("12/QĐ-UBND");
    expect(data.issuedOn).toEqual(fromVnLocal("2025-11-22"));
    expect(vnDateKey(data.expiresOn!)).toBe("2028-11-22");
    expect(data.stars).toBe(4);
  });
  test("HVNCLC runs to the end of its year", () => {
    const data = certificateData({ kind: "HVNCLC", year: 2026, number: "HVNCLC-2026-118", issuer: "Hội DN HVNCLC" }, today);
    expect(vnDateKey(data.issuedOn)).toBe("2026-01-01");
    expect(vnDateKey(data.expiresOn!)).toBe("2026-12-31");
    expect(fieldErrorsOf(() => certificateData({ kind: "HVNCLC", year: 2026, number: "1", issuer: "Hội DN", issuedOn: "2025-12-01" }, today))).toEqual({
      issuedOn: ["products.errors.issuedOutsideYear"],
    });
  });
  test("rejects bad stars, expiry before issue and future issue dates", () => {
    expect(fieldErrorsOf(() => certificateData({ kind: "OCOP", stars: 6, number: "1", issuer: "UBND", issuedOn: "2026-01-01" }, today))).toEqual({
      stars: ["products.errors.starsRequired"],
    });
    expect(
      fieldErrorsOf(() => certificateData({ kind: "OCOP", stars: 3, number: "1", issuer: "UBND", issuedOn: "2026-01-01", expiresOn: "2026-01-01" }, today)),
    ).toEqual({ expiresOn: ["products.errors.expiryBeforeIssue"] });
    expect(fieldErrorsOf(() => certificateData({ kind: "OTHER", title: "VietGAP", number: "1", issuer: "Cục", issuedOn: "2026-07-01" }, today))).toEqual({
      issuedOn: ["products.errors.issuedInFuture"],
    });
  });
  test("OTHER may have no expiry", () => {
    expect(certificateData({ kind: "OTHER", title: "VietGAP", number: "V-1", issuer: "Cục Trồng trọt", issuedOn: "2026-01-02" }, today).expiresOn).toBeNull();
  });
});

describe("addProductCertificate", () => {
  test("stores a private document and a unique verification code; another business cannot touch it", async () => {
    const owner = await createBusinessWithOwner(db);
    const other = await createBusinessWithOwner(db);
    const ids = { actor: owner.actor, businessId: owner.business.id };
    const product = await createDraftProduct(db, { ...ids, fields: { name: "Nước mắm nhĩ", categoryId: ref.sauce.id } });
    const input = { kind: "OCOP" as const, stars: 4, number: "OCOP-48-0042", issuer: "UBND TP Đà Nẵng", issuedOn: "2026-01-15" };
    const a = await addProductCertificate(db, { ...ids, productId: product.id, input, document: { bytes: pdfBytes(), name: "giay.pdf" } });
    const b = await addProductCertificate(db, { ...ids, productId: product.id, input: { ...input, number: "OCOP-48-0043" } });
    expect(a.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
    expect(a.verificationCode).not.toBe(b.verificationCode);
    expect(a.businessId).toBe(owner.business.id);
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: a.documentFileId! } });
    expect(file).toMatchObject({ isPrivate: true, mimeType: "application/pdf", businessId: owner.business.id });
    expect(await db.auditLog.count({ where: { entityId: product.id, action: "product.certificate_add" } })).toBe(2);

    const attempt = removeProductCertificate(db, { actor: other.actor, businessId: other.business.id, productId: product.id, certificateId: a.id });
    await expect(attempt).rejects.toMatchObject({ code: "not_found" });
    const add = addProductCertificate(db, { actor: other.actor, businessId: other.business.id, productId: product.id, input });
    await expect(add).rejects.toMatchObject({ code: "not_found" });

    await removeProductCertificate(db, { ...ids, productId: product.id, certificateId: a.id });
    expect(await db.certificate.count({ where: { productId: product.id } })).toBe(1);
  });

  test("a document that is not a PDF or image is refused next to the field", async () => {
    const owner = await createBusinessWithOwner(db);
    const ids = { actor: owner.actor, businessId: owner.business.id };
    const product = await createDraftProduct(db, { ...ids, fields: { name: "Mắm", categoryId: ref.sauce.id } });
    const attempt = addProductCertificate(db, {
        ...ids,
        productId: product.id,
        input: { kind: "OTHER", title: "VietGAP", number: "1", issuer: "Cục Trồng trọt", issuedOn: "2026-01-01" },
        document: { bytes: Buffer.from("PK\u0003\u0004zip"), name: "a.pdf" },
      });
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { document: ["products.errors.uploadType_document"] } });
    expect(await db.certificate.count({ where: { productId: product.id } })).toBe(0);
  });
});
