import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { beforeAll, describe, expect, test } from "vitest";
import { DomainError } from "~/modules/errors";
import { findReadableFile } from "~/modules/files/access.server";
import { getFileStore } from "~/modules/files/file-store.server";
import { pixelBombPng } from "~/modules/files/pixel-bomb.test-helper";
import type { Actor } from "~/modules/identity/permissions";
import { db } from "~/utils/db.server";
import { profileSchema, type ProfileInput } from "./business.schema";
import {
  decideBusiness,
  getBusinessForReview,
  getOwnBusinessProfile,
  listBusinessesForReview,
  missingForVerification,
  rejectBusiness,
  submitBusinessForVerification,
  updateBusinessProfile,
  verifyBusiness,
  type DecisionMail,
} from "./businesses.server";

const mail: DecisionMail = (decision, { businessName, reason }) => ({ subject: `${decision}: ${businessName}`, text: reason ?? "" });
const appUrl = "https://hangviet.test";

beforeAll(async () => {
  await db.province.createMany({
    data: [
      { code: "48", name: "Thành phố Đà Nẵng", shortName: "Đà Nẵng", slug: "thanh-pho-da-nang", placeType: "Thành phố Trung Ương" },
      { code: "01", name: "Thành phố Hà Nội", shortName: "Hà Nội", slug: "thanh-pho-ha-noi", placeType: "Thành phố Trung Ương" },
    ],
  });
  await db.commune.createMany({
    data: [
      { code: "20791", name: "Xã Thăng Bình", folded: "xa thang binh", provinceCode: "48" },
      { code: "20794", name: "Xã Thăng An", folded: "xa thang an", provinceCode: "48" },
      { code: "00004", name: "Phường Ba Đình", folded: "phuong ba dinh", provinceCode: "01" },
    ],
  });
  await db.communeMapping.create({
    data: {
      id: 7385,
      oldCode: "20806",
      oldName: "Xã Bình Triều",
      oldDistrictName: "Huyện Thăng Bình",
      oldProvinceName: "Tỉnh Quảng Nam",
      oldFolded: "xa binh trieu huyen thang binh tinh quang nam",
      newCommuneCode: "20794",
    },
  });
});

async function makeUser(role: Actor["role"]) {
  const email = `${randomUUID().slice(0, 8)}@example.vn`;
  const user = await db.user.create({ data: { email, name: `User ${email}`, role, passwordHash: "x" } });
  return user;
}

async function makeBusiness(
  overrides: Partial<{ status: "DRAFT" | "PENDING" | "VERIFIED" | "REJECTED" | "SUSPENDED"; legalForm: ProfileInput["legalForm"]; complete: boolean }> = {},
) {
  const owner = await makeUser("BUSINESS");
  const staff = await makeUser("BUSINESS");
  const complete = overrides.complete ?? overrides.status !== undefined;
  const business = await db.business.create({
    data: {
      slug: `b-${randomUUID()}`,
      name: `Cơ sở thử nghiệm ${randomUUID().slice(0, 6)}`,
      legalForm: overrides.legalForm ?? "ENTERPRISE",
      status: overrides.status ?? "DRAFT",
      email: "lienhe@coso.vn",
      ...(complete
        ? {
            enterpriseCode: "0401234566",
            provinceCode: "48",
            communeCode: "20791",
            streetAddress: "Thôn Hà Lam",
            phone: "0905218447",
            description: "Nước mắm truyền thống.",
          }
        : {}),
      memberships: { create: [{ userId: owner.id, role: "OWNER" }, { userId: staff.id, role: "STAFF" }] },
    },
  });
  const actor = (user: { id: string; name: string; email: string }, role: "OWNER" | "STAFF"): Actor => ({
    userId: user.id,
    name: user.name,
    email: user.email,
    role: "BUSINESS",
    memberships: [{ businessId: business.id, role }],
  });
  return { business, owner: actor(owner, "OWNER"), staff: actor(staff, "STAFF"), ownerEmail: owner.email };
}

async function officeActor(role: "OFFICER" | "PARTNER" | "ADMIN"): Promise<Actor> {
  const user = await makeUser(role);
  return { userId: user.id, name: user.name, email: user.email, role, memberships: [] };
}

function parseProfile(values: Record<string, string>, options?: { hasStoredPersonalId?: boolean }) {
  return profileSchema(options).safeParse({ intent: "save", name: "Cơ sở thử nghiệm", ...values });
}

function validInput(values: Record<string, string>): ProfileInput {
  const result = parseProfile(values);
  if (!result.success) throw new Error(JSON.stringify(result.error.flatten().fieldErrors));
  return result.data;
}

async function expectDomainError(promise: Promise<unknown>, code: DomainError["code"], message?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  if (message) expect((error as DomainError).message).toBe(message);
  return error as DomainError;
}

describe("identifier validation by legal form", () => {
  test("enterprise: a 10-digit or branch code is required and normalised", () => {
    expect(validInput({ legalForm: "ENTERPRISE", enterpriseCode: "0401234566" }).enterpriseCode).toBe("0401234566");
    expect(validInput({ legalForm: "ENTERPRISE", enterpriseCode: "0401234566001" }).enterpriseCode).toBe("0401234566-001");
    expect(validInput({ legalForm: "ENTERPRISE", enterpriseCode: " 0401234566-002 " }).enterpriseCode).toBe("0401234566-002");
    const missing = parseProfile({ legalForm: "ENTERPRISE" });
    expect(missing.success).toBe(false);
    expect(missing.error?.flatten().fieldErrors.enterpriseCode).toEqual(["profile.errors.enterpriseCodeRequired"]);
    for (const bad of ["12345", "04012345661", "0401234566-000", "abcdefghij"]) {
      const result = parseProfile({ legalForm: "ENTERPRISE", enterpriseCode: bad });
      expect(result.error?.flatten().fieldErrors.enterpriseCode, bad).toEqual(["profile.errors.enterpriseCode"]);
    }
  });

  test("household: a 12-digit personal ID, unless one is already on file", () => {
    expect(validInput({ legalForm: "HOUSEHOLD", ownerPersonalId: "049 085 001 234" }).ownerPersonalId).toBe("049085001234");
    expect(parseProfile({ legalForm: "HOUSEHOLD" }).error?.flatten().fieldErrors.ownerPersonalId).toEqual([
      "profile.errors.personalIdRequired",
    ]);
    expect(parseProfile({ legalForm: "HOUSEHOLD" }, { hasStoredPersonalId: true }).success).toBe(true);
    for (const bad of ["04908500123", "000085001234", "9990850012345"]) {
      expect(parseProfile({ legalForm: "HOUSEHOLD", ownerPersonalId: bad }).error?.flatten().fieldErrors.ownerPersonalId, bad).toEqual([
        "profile.errors.personalId",
      ]);
    }
  });

  test("cooperatives: a registration number is required; other identifiers are dropped", () => {
    const value = validInput({ legalForm: "COOPERATIVE_GROUP", registrationNo: "33/2024-thtt", enterpriseCode: "0401234566" });
    expect(value).toMatchObject({ registrationNo: "33/2024-THTT", enterpriseCode: null });
    expect(parseProfile({ legalForm: "COOPERATIVE" }).error?.flatten().fieldErrors.registrationNo).toEqual([
      "profile.errors.registrationNoRequired",
    ]);
    expect(parseProfile({ legalForm: "COOPERATIVE", registrationNo: "a!" }).error?.flatten().fieldErrors.registrationNo).toEqual([
      "profile.errors.registrationNo",
    ]);
  });

  test("phone, e-mail and website formats", () => {
    const errors = parseProfile({
      legalForm: "ENTERPRISE",
      enterpriseCode: "0401234566",
      phone: "12345",
      email: "not-an-email",
      website: "javascript:alert(1)",
    }).error?.flatten().fieldErrors;
    expect(errors).toMatchObject({ phone: ["errors.phone"], email: ["errors.email"], website: ["profile.errors.website"] });
    expect(validInput({ legalForm: "ENTERPRISE", enterpriseCode: "0401234566", phone: "+84 905 218 447" }).phone).toBe("0905218447");
  });
});

describe("business profile", () => {
  test("an owner updates its own profile; the personal ID is returned masked only", async () => {
    const { business, owner } = await makeBusiness({ legalForm: "HOUSEHOLD" });
    const { profile } = await updateBusinessProfile(db, {
      actor: owner,
      businessId: business.id,
      input: validInput({ legalForm: "HOUSEHOLD", ownerPersonalId: "049085001234", provinceCode: "48", communeCode: "20791", phone: "0905 218 447" }),
    });
    expect(profile).toMatchObject({ communeCode: "20791", provinceCode: "48", phone: "0905218447", ownerPersonalIdMasked: "••••••••1234" });
    expect(profile).not.toHaveProperty("ownerPersonalId");
    // Leaving the ID empty keeps the stored one.
    await updateBusinessProfile(db, {
      actor: owner,
      businessId: business.id,
      input: profileSchema({ hasStoredPersonalId: true }).parse({ intent: "save", name: "Hộ mới", legalForm: "HOUSEHOLD" }),
    });
    const row = await db.business.findUniqueOrThrow({ where: { id: business.id } });
    expect(row).toMatchObject({ name: "Hộ mới", ownerPersonalId: "049085001234" });
    const audit = await db.auditLog.findMany({ where: { entityId: business.id, action: "business.profile_update" } });
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => a.data).join()).not.toContain("049085001234");
  });

  test("business A can neither read nor update business B's profile", async () => {
    const a = await makeBusiness();
    const b = await makeBusiness();
    await expectDomainError(getOwnBusinessProfile(db, { actor: a.owner, businessId: b.business.id }), "forbidden");
    await expectDomainError(
      updateBusinessProfile(db, { actor: a.owner, businessId: b.business.id, input: validInput({ legalForm: "ENTERPRISE", enterpriseCode: "0401234566" }) }),
      "forbidden",
    );
    await expectDomainError(submitBusinessForVerification(db, { actor: a.owner, businessId: b.business.id }), "forbidden");
    expect((await db.business.findUniqueOrThrow({ where: { id: b.business.id } })).enterpriseCode).toBeNull();
  });

  test("staff can read the profile but not edit it; office roles cannot edit it either", async () => {
    const { business, staff } = await makeBusiness();
    expect((await getOwnBusinessProfile(db, { actor: staff, businessId: business.id })).id).toBe(business.id);
    const input = validInput({ legalForm: "ENTERPRISE", enterpriseCode: "0401234566" });
    await expectDomainError(updateBusinessProfile(db, { actor: staff, businessId: business.id, input }), "forbidden");
    await expectDomainError(submitBusinessForVerification(db, { actor: staff, businessId: business.id }), "forbidden");
    const officer = await officeActor("OFFICER");
    await expectDomainError(updateBusinessProfile(db, { actor: officer, businessId: business.id, input }), "forbidden");
  });

  test("picking an old commune sets the new province and commune", async () => {
    const { business, owner } = await makeBusiness();
    const { profile } = await updateBusinessProfile(db, {
      actor: owner,
      businessId: business.id,
      input: validInput({ legalForm: "ENTERPRISE", enterpriseCode: "0401234566", oldCommuneId: "7385" }),
    });
    expect(profile).toMatchObject({
      oldCommuneId: 7385,
      communeCode: "20794",
      provinceCode: "48",
      commune: { name: "Xã Thăng An" },
      province: { name: "Thành phố Đà Nẵng" },
      oldCommune: { oldName: "Xã Bình Triều" },
    });
  });

  test("a commune outside the chosen province is refused", async () => {
    const { business, owner } = await makeBusiness();
    const error = await expectDomainError(
      updateBusinessProfile(db, {
        actor: owner,
        businessId: business.id,
        input: validInput({ legalForm: "ENTERPRISE", enterpriseCode: "0401234566", provinceCode: "01", communeCode: "20791" }),
      }),
      "invalid",
    );
    expect(error.fieldErrors.communeCode).toEqual(["profile.errors.communeNotInProvince"]);
  });

  test("a logo is re-encoded and stored as a public file of the business", async () => {
    const { business, owner } = await makeBusiness();
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c00" } }).png().toBuffer();
    const { profile } = await updateBusinessProfile(db, {
      actor: owner,
      businessId: business.id,
      input: validInput({ legalForm: "ENTERPRISE", enterpriseCode: "0401234566" }),
      logo: { bytes: png, name: "logo.png" },
    });
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: profile.logoFileId! } });
    expect(file).toMatchObject({ mimeType: "image/webp", isPrivate: false, businessId: business.id });
    const error = await expectDomainError(
      updateBusinessProfile(db, {
        actor: owner,
        businessId: business.id,
        input: validInput({ legalForm: "ENTERPRISE", enterpriseCode: "0401234566" }),
        logo: { bytes: Buffer.from("%PDF-1.4 not an image"), name: "logo.png" },
      }),
      "invalid",
    );
    expect(error.fieldErrors.logo).toEqual(["profile.errors.logoType"]);
    // Until the business is verified its "public" files are not public.
    expect(await findReadableFile(db, { actor: null, fileId: file.id })).toBeNull();
    expect(await findReadableFile(db, { actor: owner, fileId: file.id })).toMatchObject({ id: file.id, isPublic: false });
    await db.business.update({ where: { id: business.id }, data: { status: "VERIFIED" } });
    expect(await findReadableFile(db, { actor: null, fileId: file.id })).toMatchObject({ isPublic: true });
  });

  test("a replaced logo stops being served and its bytes are removed; a pixel bomb is refused as too many pixels", async () => {
    const { business, owner } = await makeBusiness({ status: "VERIFIED" });
    const input = validInput({ legalForm: "ENTERPRISE", enterpriseCode: "0401234566" });
    const png = (colour: string) => sharp({ create: { width: 40, height: 30, channels: 3, background: colour } }).png().toBuffer();
    const first = (await updateBusinessProfile(db, { actor: owner, businessId: business.id, input, logo: { bytes: await png("#c00"), name: "logo.png" } })).profile;
    const old = await db.storedFile.findUniqueOrThrow({ where: { id: first.logoFileId! } });
    expect(await findReadableFile(db, { actor: null, fileId: old.id })).not.toBeNull();
    const second = (await updateBusinessProfile(db, { actor: owner, businessId: business.id, input, logo: { bytes: await png("#0c0"), name: "logo mới.png" } })).profile;
    expect(second.logoFileId).not.toBe(old.id);
    expect(await findReadableFile(db, { actor: null, fileId: old.id })).toBeNull();
    expect(await findReadableFile(db, { actor: owner, fileId: old.id })).toBeNull();
    expect(await getFileStore().get(old.storageKey)).toBeNull();
    expect(await findReadableFile(db, { actor: null, fileId: second.logoFileId! })).not.toBeNull();

    const error = await expectDomainError(
      updateBusinessProfile(db, { actor: owner, businessId: business.id, input, logo: { bytes: await pixelBombPng(), name: "bom.png" } }),
      "invalid",
    );
    expect(error.fieldErrors.logo).toEqual(["profile.errors.logoTooManyPixels"]);
  });

  test("private files: only the business and the office; a partner or another business gets nothing", async () => {
    const a = await makeBusiness({ status: "VERIFIED" });
    const b = await makeBusiness({ status: "VERIFIED" });
    const file = await db.storedFile.create({
      data: { storageKey: `x/${randomUUID()}.pdf`, mimeType: "application/pdf", sizeBytes: 10, isPrivate: true, businessId: a.business.id },
    });
    expect(await findReadableFile(db, { actor: a.staff, fileId: file.id })).not.toBeNull();
    expect(await findReadableFile(db, { actor: await officeActor("OFFICER"), fileId: file.id })).not.toBeNull();
    expect(await findReadableFile(db, { actor: b.owner, fileId: file.id })).toBeNull();
    expect(await findReadableFile(db, { actor: await officeActor("PARTNER"), fileId: file.id })).toBeNull();
    expect(await findReadableFile(db, { actor: null, fileId: file.id })).toBeNull();
  });

  test("submitting needs a complete profile and moves DRAFT to PENDING", async () => {
    const { business, owner } = await makeBusiness({ complete: false });
    const error = await expectDomainError(submitBusinessForVerification(db, { actor: owner, businessId: business.id }), "invalid", "profile.errors.incomplete");
    expect(error.fieldErrors.missing).toEqual(
      expect.arrayContaining(["profile.missing.identifier", "profile.missing.commune", "profile.missing.phone"]),
    );
    const complete = await makeBusiness({ complete: true });
    await submitBusinessForVerification(db, { actor: complete.owner, businessId: complete.business.id });
    expect((await db.business.findUniqueOrThrow({ where: { id: complete.business.id } })).status).toBe("PENDING");
    await expectDomainError(submitBusinessForVerification(db, { actor: complete.owner, businessId: complete.business.id }), "conflict");
  });

  test("editing a verified business keeps it verified, unless an identifier changes", async () => {
    const { business, owner } = await makeBusiness({ status: "VERIFIED" });
    const base = { legalForm: "ENTERPRISE", enterpriseCode: "0401234566", provinceCode: "48", communeCode: "20791", phone: "0905218447" };
    const first = await updateBusinessProfile(db, { actor: owner, businessId: business.id, input: validInput({ ...base, description: "Mới" }) });
    expect(first).toMatchObject({ backToPending: false, profile: { status: "VERIFIED" } });
    const second = await updateBusinessProfile(db, {
      actor: owner,
      businessId: business.id,
      input: validInput({ ...base, enterpriseCode: "0402135790", description: "Mới" }),
    });
    expect(second).toMatchObject({ backToPending: true, profile: { status: "PENDING" } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: business.id, action: "business.profile_update_reverify" } });
    expect(JSON.parse(audit.data!)).toMatchObject({ changed: ["enterpriseCode"], status: "PENDING" });
  });

  test("missingForVerification lists each absent field", () => {
    expect(
      missingForVerification({
        name: "X",
        legalForm: "HOUSEHOLD",
        enterpriseCode: "0401234566",
        ownerPersonalId: null,
        registrationNo: null,
        communeCode: "1",
        streetAddress: "a",
        phone: "0905218447",
        description: "d",
      }),
    ).toEqual(["profile.missing.identifier"]);
  });
});

describe("office verification", () => {
  test("a partner cannot list, read or verify; an officer can", async () => {
    const { business } = await makeBusiness({ status: "PENDING" });
    const partner = await officeActor("PARTNER");
    await expectDomainError(listBusinessesForReview(db, { actor: partner }), "forbidden");
    await expectDomainError(getBusinessForReview(db, { actor: partner, businessId: business.id }), "forbidden");
    await expectDomainError(verifyBusiness(db, { actor: partner, businessId: business.id, mail, appUrl }), "forbidden");
    const { owner } = await makeBusiness();
    await expectDomainError(verifyBusiness(db, { actor: owner, businessId: business.id, mail, appUrl }), "forbidden");
    expect((await db.business.findUniqueOrThrow({ where: { id: business.id } })).status).toBe("PENDING");

    const officer = await officeActor("OFFICER");
    await verifyBusiness(db, { actor: officer, businessId: business.id, mail, appUrl });
    const row = await db.business.findUniqueOrThrow({ where: { id: business.id } });
    expect(row.status).toBe("VERIFIED");
    expect(row.verifiedAt).toBeInstanceOf(Date);
  });

  test("verify writes an audit row, e-mails the business and its owners, and indexes it, in one transaction", async () => {
    const { business, ownerEmail } = await makeBusiness({ status: "PENDING" });
    const officer = await officeActor("OFFICER");
    await verifyBusiness(db, { actor: officer, businessId: business.id, mail, appUrl });
    const audit = await db.auditLog.findMany({ where: { entityId: business.id, action: "business.verify" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: officer.userId });
    const mails = (await db.outboxMessage.findMany({ where: { topic: "email" } }))
      .map((m) => JSON.parse(m.payload) as { to: string; subject: string })
      .filter((m) => m.subject === `verify: ${business.name}`);
    expect(mails.map((m) => m.to).sort()).toEqual([ownerEmail, "lienhe@coso.vn"].sort());
    const indexed = await db.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM search_document WHERE id = ?`, `producer:${business.id}`);
    expect(indexed).toHaveLength(1);

    // A failure inside the transaction leaves neither the status, the audit nor the e-mail.
    const other = await makeBusiness({ status: "PENDING" });
    const failing: DecisionMail = () => {
      throw new Error("renderer failed");
    };
    await expect(verifyBusiness(db, { actor: officer, businessId: other.business.id, mail: failing, appUrl })).rejects.toThrow("renderer failed");
    expect((await db.business.findUniqueOrThrow({ where: { id: other.business.id } })).status).toBe("PENDING");
    expect(await db.auditLog.count({ where: { entityId: other.business.id, action: "business.verify" } })).toBe(0);
  });

  test("invalid transitions throw Conflict; reject and suspend need a reason", async () => {
    const officer = await officeActor("OFFICER");
    const draft = await makeBusiness();
    await expectDomainError(verifyBusiness(db, { actor: officer, businessId: draft.business.id, mail, appUrl }), "conflict");
    const verified = await makeBusiness({ status: "VERIFIED" });
    await expectDomainError(verifyBusiness(db, { actor: officer, businessId: verified.business.id, mail, appUrl }), "conflict");
    await expectDomainError(
      decideBusiness(db, { actor: officer, businessId: verified.business.id, decision: "reinstate", mail, appUrl }),
      "conflict",
    );
    await expectDomainError(
      decideBusiness(db, { actor: officer, businessId: verified.business.id, decision: "suspend", reason: " ", mail, appUrl }),
      "invalid",
    );
    await decideBusiness(db, { actor: officer, businessId: verified.business.id, decision: "suspend", reason: "Hàng giả bị phát hiện", mail, appUrl });
    expect(await db.business.findUniqueOrThrow({ where: { id: verified.business.id } })).toMatchObject({
      status: "SUSPENDED",
      statusReason: "Hàng giả bị phát hiện",
    });
    await decideBusiness(db, { actor: officer, businessId: verified.business.id, decision: "reinstate", mail, appUrl });
    expect(await db.business.findUniqueOrThrow({ where: { id: verified.business.id } })).toMatchObject({ status: "VERIFIED", statusReason: null });

    const pending = await makeBusiness({ status: "PENDING" });
    await rejectBusiness(db, { actor: officer, businessId: pending.business.id, reason: "Mã số không khớp giấy phép", mail, appUrl });
    await expectDomainError(rejectBusiness(db, { actor: officer, businessId: pending.business.id, reason: "Lần nữa", mail, appUrl }), "conflict");
    // A rejected business may fix its profile and send it again.
    await submitBusinessForVerification(db, { actor: pending.owner, businessId: pending.business.id });
    expect((await db.business.findUniqueOrThrow({ where: { id: pending.business.id } })).status).toBe("PENDING");
  });

  test("the office sees the full profile and history; the queue filters and pages", async () => {
    const officer = await officeActor("OFFICER");
    const { business, owner } = await makeBusiness({ legalForm: "HOUSEHOLD" });
    await updateBusinessProfile(db, {
      actor: owner,
      businessId: business.id,
      input: validInput({ legalForm: "HOUSEHOLD", ownerPersonalId: "049085001234", oldCommuneId: "7385", name: "Hộ Rượu Nếp Bình Triều" }),
    });
    const review = await getBusinessForReview(db, { actor: officer, businessId: business.id });
    expect(review.business).toMatchObject({ ownerPersonalId: "049085001234", oldCommune: { oldName: "Xã Bình Triều" }, commune: { name: "Xã Thăng An" } });
    expect(review.history.map((h) => h.action)).toContain("business.profile_update");
    expect(review.allowed).toEqual([]);

    const byText = await listBusinessesForReview(db, { actor: officer, status: "ALL", query: "Rượu Nếp" });
    expect(byText.items.map((i) => i.id)).toEqual([business.id]);
    const byCommune = await listBusinessesForReview(db, { actor: officer, status: "DRAFT", communeCode: "20794" });
    expect(byCommune.items.map((i) => i.id)).toContain(business.id);
    const paged = await listBusinessesForReview(db, { actor: officer, status: "ALL", pageSize: 2, page: 2 });
    expect(paged.items).toHaveLength(2);
    expect(paged.page).toBe(2);
    expect(paged.pages).toBeGreaterThan(2);
  });
});
