import { beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner, officeActor, pngBytes, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { runCertificateExpiry } from "~/modules/certification/expiry.server";
import { Conflict, Forbidden, Invalid, NotFound } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import { db } from "~/utils/db.server";
import { addDays, addMonths, fromVnLocal, vnDateKey } from "~/utils/dates";
import {
  certifiedSalesPointWhere,
  certifySalesPoint,
  getProgrammeSettings,
  issuerFor,
  listApplicationQueue,
  listCertifiedSalesPoints,
  readProgramme,
  recordInspection,
  reinstateCertificate,
  rejectApplication,
  renewCertificate,
  revokeCertificate,
  suggestCertificateNumber,
  suspendCertificate,
  updateProgramme,
} from "./programme.server";
import { applyForCertification, createSalesPoint, posterView } from "./sales-points.server";
import { ALL_PASS, PROGRAMME, salesPointFields, seedProgramme } from "./test-factories";

let officer: Actor;
beforeAll(async () => {
  await seedPlacesAndCategories(db);
  await seedProgramme();
  officer = await officeActor(db);
});

const today = () => vnDateKey(new Date());

/** A verified business with a sales point that has applied. */
async function appliedPoint(overrides = {}) {
  const owner = await createBusinessWithOwner(db);
  const scope = { actor: owner.actor, businessId: owner.business.id };
  const point = await createSalesPoint(db, { ...scope, fields: salesPointFields(overrides) });
  await applyForCertification(db, { ...scope, salesPointId: point.id });
  return { owner, point };
}

const inspect = (salesPointId: string, input: Partial<{ checklist: ("pass" | "fail")[]; observedShare: number; notes: string }> = {}, photos: { bytes: Buffer }[] = []) =>
  recordInspection(db, { actor: officer, salesPointId, input: { checklist: ALL_PASS, observedShare: 90, notes: "Ổn", ...input }, photos });

let numberSeq = 0;
const certify = (salesPointId: string, issuedOn = today(), actor = officer) =>
  certifySalesPoint(db, { actor, salesPointId, input: { number: `TEST-${++numberSeq}`, issuedOn } });

async function isIndexed(salesPointId: string): Promise<boolean> {
  const rows = await db.$queryRawUnsafe<unknown[]>(`SELECT id FROM search_document WHERE id = ?`, `salesPoint:${salesPointId}`);
  return rows.length > 0;
}

async function auditActions(entityId: string) {
  return (await db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } })).map((r) => r.action);
}

async function outboxTo(email: string) {
  return db.outboxMessage.findMany({ where: { topic: "email", payload: { contains: email } }, orderBy: { createdAt: "asc" } });
}

describe("the programme settings", () => {
  it("reads the stored criteria and falls back to defaults", async () => {
    expect(await readProgramme(db)).toEqual({ ...PROGRAMME, issuer: null });
    expect(issuerFor({ ...PROGRAMME, issuer: null }, "Xã Thăng Bình")).toBe("Phòng Kinh tế xã Thăng Bình");
    expect(issuerFor({ ...PROGRAMME, issuer: "UBND xã" }, "Xã Thăng Bình")).toBe("UBND xã");
  });

  it("lets officers edit the criteria (audited) and refuses partners", async () => {
    const partner = await officeActor(db, "PARTNER");
    await expect(getProgrammeSettings(db, { actor: partner })).rejects.toBeInstanceOf(Forbidden);
    await expect(
      updateProgramme(db, { actor: partner, input: { checklist: ["x"], minVietGoodsShare: 1, validityMonths: 1 } }),
    ).rejects.toBeInstanceOf(Forbidden);
    await updateProgramme(db, { actor: officer, input: { checklist: ["  Một  ", "", "Hai"], minVietGoodsShare: 70, validityMonths: 12, issuer: "" } });
    expect(await readProgramme(db)).toEqual({ checklist: ["Một", "Hai"], minVietGoodsShare: 70, validityMonths: 12, issuer: null });
    expect(await auditActions("salesPointProgramme")).toEqual(["programme.update"]);
    await expect(
      updateProgramme(db, { actor: officer, input: { checklist: [" "], minVietGoodsShare: 70, validityMonths: 12 } }),
    ).rejects.toBeInstanceOf(Invalid);
    await seedProgramme();
  });
});

describe("certifying a sales point", () => {
  it("runs apply → inspect → certify → suspend → reinstate → revoke, each with audit, e-mail and index", async () => {
    const { owner, point } = await appliedPoint();
    const queue = await listApplicationQueue(db, { actor: officer });
    expect(queue.map((a) => a.salesPoint.id)).toContain(point.id);

    const png = await pngBytes();
    const inspection = await inspect(point.id, {}, [{ bytes: png }]);
    expect(JSON.parse(inspection.checklist)).toEqual(PROGRAMME.checklist.map((item) => ({ item, passed: true })));
    const photo = await db.inspectionPhoto.findFirstOrThrow({ where: { inspectionId: inspection.id }, include: { file: true } });
    expect(photo.file.isPrivate).toBe(true);
    expect((await db.salesPointApplication.findFirstOrThrow({ where: { salesPointId: point.id } })).status).toBe("INSPECTED");
    expect(await isIndexed(point.id)).toBe(false);

    const issuedOn = today();
    const certificate = await certify(point.id, issuedOn);
    expect(certificate.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
    expect(certificate.kind).toBe("SALES_POINT");
    expect(certificate.issuer).toBe("Phòng Kinh tế xã Thăng Bình");
    expect(certificate.issuedOn).toEqual(fromVnLocal(issuedOn));
    expect(certificate.expiresOn).toEqual(fromVnLocal(addMonths(issuedOn, PROGRAMME.validityMonths)));
    expect(certificate.businessId).toBe(owner.business.id);
    expect((await db.salesPoint.findUniqueOrThrow({ where: { id: point.id } })).status).toBe("CERTIFIED");
    expect((await db.salesPointApplication.findFirstOrThrow({ where: { salesPointId: point.id } })).status).toBe("CERTIFIED");
    expect(await isIndexed(point.id)).toBe(true);
    const certifiedNow = await db.salesPoint.findMany({ where: { id: point.id, ...certifiedSalesPointWhere(new Date()) } });
    expect(certifiedNow).toHaveLength(1);
    const listed = await listCertifiedSalesPoints(db, { actor: officer });
    expect(listed.find((r) => r.salesPoint.id === point.id)?.state).toBe("valid");

    const poster = await posterView(db, { actor: owner.actor, businessId: owner.business.id, salesPointId: point.id, appUrl: "https://hangviet.example", language: "vi" });
    expect(poster.verifyUrl).toBe(`https://hangviet.example/verify/${certificate.verificationCode}`);
    expect(poster.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(poster.certificate.number).toBe(certificate.number);

    await suspendCertificate(db, { actor: officer, certificateId: certificate.id, reason: "Đang xác minh phản ánh" });
    expect(await db.certificate.findUniqueOrThrow({ where: { id: certificate.id } })).toMatchObject({ status: "SUSPENDED", statusReason: "Đang xác minh phản ánh" });
    expect(await isIndexed(point.id)).toBe(false);
    expect(await db.salesPoint.count({ where: { id: point.id, ...certifiedSalesPointWhere(new Date()) } })).toBe(0);

    await reinstateCertificate(db, { actor: officer, certificateId: certificate.id });
    expect(await db.certificate.findUniqueOrThrow({ where: { id: certificate.id } })).toMatchObject({ status: "ACTIVE", statusReason: null });
    expect(await isIndexed(point.id)).toBe(true);

    const before = Date.now();
    await revokeCertificate(db, { actor: officer, certificateId: certificate.id, reason: "Bán hàng nhập lậu" });
    const revoked = await db.certificate.findUniqueOrThrow({ where: { id: certificate.id } });
    expect(revoked).toMatchObject({ status: "REVOKED", statusReason: "Bán hàng nhập lậu" });
    expect(revoked.statusChangedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await db.salesPoint.findUniqueOrThrow({ where: { id: point.id } })).status).toBe("REJECTED");
    expect(await isIndexed(point.id)).toBe(false);
    expect(await db.salesPoint.count({ where: { id: point.id, ...certifiedSalesPointWhere(new Date()) } })).toBe(0);

    expect(await auditActions(point.id)).toEqual(["salesPoint.create", "salesPoint.apply", "salesPoint.inspect", "salesPoint.certify"]);
    expect(await auditActions(certificate.id)).toEqual(["certificate.suspend", "certificate.reinstate", "certificate.revoke"]);
    const mails = (await outboxTo(owner.user.email)).map((m) => JSON.parse(m.payload) as { subject: string; text: string });
    expect(mails).toHaveLength(5); // inspected, certified, suspended, reinstated, revoked
    expect(mails[1]!.text).toContain(certificate.verificationCode);
    expect(mails[4]!.text).toContain("Bán hàng nhập lậu");
    // The business's own address gets the same mails.
    expect(await outboxTo(owner.business.email!)).toHaveLength(5);

    // After revocation the business may apply again.
    await applyForCertification(db, { actor: owner.actor, businessId: owner.business.id, salesPointId: point.id });
  });

  it("refuses to certify without an inspection, with a failed item or with a low observed share", async () => {
    const { point } = await appliedPoint();
    await expect(certify(point.id)).rejects.toMatchObject({ message: "salesPoints.errors.inspectionRequired" });
    await inspect(point.id, { observedShare: 75 });
    await expect(certify(point.id)).rejects.toMatchObject({ message: "salesPoints.errors.observedShareTooLow" });
    await inspect(point.id, { checklist: ["pass", "fail", "pass"], observedShare: 95 });
    await expect(certify(point.id)).rejects.toMatchObject({ message: "salesPoints.errors.checklistFailed" });
    await expect(inspect(point.id, { checklist: ["pass", "pass"] })).rejects.toBeInstanceOf(Invalid);
    expect(await db.certificate.count({ where: { salesPointId: point.id } })).toBe(0);
    await inspect(point.id);
    await certify(point.id);
  });

  it("refuses partners and businesses", async () => {
    const { owner, point } = await appliedPoint();
    const partner = await officeActor(db, "PARTNER");
    await expect(
      recordInspection(db, { actor: partner, salesPointId: point.id, input: { checklist: ALL_PASS, observedShare: 90 } }),
    ).rejects.toBeInstanceOf(Forbidden);
    await inspect(point.id);
    await expect(certify(point.id, today(), partner)).rejects.toBeInstanceOf(Forbidden);
    await expect(certify(point.id, today(), owner.actor)).rejects.toBeInstanceOf(Forbidden);
    await expect(listApplicationQueue(db, { actor: partner })).rejects.toBeInstanceOf(Forbidden);
    expect(await db.certificate.count({ where: { salesPointId: point.id } })).toBe(0);
  });

  it("rejects with reasons; the business can fix and re-apply", async () => {
    const { owner, point } = await appliedPoint();
    await expect(rejectApplication(db, { actor: officer, salesPointId: point.id, reasons: "  " })).rejects.toBeInstanceOf(Invalid);
    await rejectApplication(db, { actor: officer, salesPointId: point.id, reasons: "Thiếu bảng giá" });
    expect((await db.salesPoint.findUniqueOrThrow({ where: { id: point.id } })).status).toBe("REJECTED");
    expect(await db.salesPointApplication.findFirstOrThrow({ where: { salesPointId: point.id } })).toMatchObject({ status: "REJECTED", decisionNote: "Thiếu bảng giá" });
    expect(await auditActions(point.id)).toContain("salesPoint.reject");
    const mails = (await outboxTo(owner.user.email)).map((m) => JSON.parse(m.payload) as { text: string });
    expect(mails.at(-1)!.text).toContain("Thiếu bảng giá");
    // A decided application cannot be decided again.
    await expect(rejectApplication(db, { actor: officer, salesPointId: point.id, reasons: "Lần nữa" })).rejects.toBeInstanceOf(Conflict);
    await expect(certify(point.id)).rejects.toBeInstanceOf(Conflict);
    await applyForCertification(db, { actor: owner.actor, businessId: owner.business.id, salesPointId: point.id });
    expect((await db.salesPoint.findUniqueOrThrow({ where: { id: point.id } })).status).toBe("APPLIED");
  });

  it("renews: a new certificate links renewsId and the old one is EXPIRED as replaced", async () => {
    const { owner, point } = await appliedPoint();
    await inspect(point.id);
    const issued = addDays(today(), -700);
    const old = await certify(point.id, issued);
    const number = await suggestCertificateNumber(db, { year: Number(today().slice(0, 4)) });
    expect(number).toMatch(/^ĐBHV-\d{4}-\d{3}$/);
    const renewed = await renewCertificate(db, { actor: officer, certificateId: old.id, input: { number, issuedOn: today() } });
    expect(renewed.renewsId).toBe(old.id);
    expect(renewed.verificationCode).not.toBe(old.verificationCode);
    expect(renewed.expiresOn).toEqual(fromVnLocal(addMonths(today(), PROGRAMME.validityMonths)));
    const oldAfter = await db.certificate.findUniqueOrThrow({ where: { id: old.id } });
    expect(oldAfter.status).toBe("EXPIRED");
    expect(oldAfter.statusReason).toContain(number);
    expect(await suggestCertificateNumber(db, { year: Number(today().slice(0, 4)) })).not.toBe(number);
    expect(await isIndexed(point.id)).toBe(true);
    expect(await auditActions(old.id)).toEqual(["certificate.renew"]);
    expect((await outboxTo(owner.user.email)).length).toBe(3); // inspected, certified, renewed
    await expect(
      renewCertificate(db, { actor: officer, certificateId: old.id, input: { number: "X-1", issuedOn: today() } }),
    ).rejects.toBeInstanceOf(Conflict);
    // The same number cannot be issued twice by the same office.
    const other = await appliedPoint();
    await inspect(other.point.id);
    await expect(
      certifySalesPoint(db, { actor: officer, salesPointId: other.point.id, input: { number, issuedOn: today() } }),
    ).rejects.toMatchObject({ fieldErrors: { number: ["salesPoints.errors.numberTaken"] } });
  });

  it("refuses invalid transitions with Conflict", async () => {
    const { point } = await appliedPoint();
    await inspect(point.id);
    const certificate = await certify(point.id);
    const on = (fn: () => Promise<unknown>) => expect(fn()).rejects.toBeInstanceOf(Conflict);
    await on(() => reinstateCertificate(db, { actor: officer, certificateId: certificate.id }));
    await on(() => inspect(point.id)); // no open application any more
    await revokeCertificate(db, { actor: officer, certificateId: certificate.id, reason: "Vi phạm" });
    await on(() => revokeCertificate(db, { actor: officer, certificateId: certificate.id, reason: "Lần hai" }));
    await on(() => suspendCertificate(db, { actor: officer, certificateId: certificate.id, reason: "Sau thu hồi" }));
    await on(() => renewCertificate(db, { actor: officer, certificateId: certificate.id, input: { number: "Y-1", issuedOn: today() } }));
    await expect(
      suspendCertificate(db, { actor: officer, certificateId: "missing", reason: "x" }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      certifySalesPoint(db, { actor: officer, salesPointId: point.id, input: { number: "Z", issuedOn: addDays(today(), 1) } }),
    ).rejects.toMatchObject({ fieldErrors: { issuedOn: ["salesPoints.errors.issuedInFuture"] } });
  });
});

describe("expiry of sales-point certificates (runCertificateExpiry)", () => {
  it("reminds 30 days before and expires the day after the expiry day, taking the point off the index", async () => {
    const { owner, point } = await appliedPoint();
    await inspect(point.id);
    const certificate = await certify(point.id);
    const expiryKey = vnDateKey(certificate.expiresOn!);

    const reminded = await runCertificateExpiry(db, fromVnLocal(addDays(expiryKey, -30), 8 * 60));
    expect(reminded.reminded).toBeGreaterThanOrEqual(1);
    expect((await db.certificate.findUniqueOrThrow({ where: { id: certificate.id } })).reminderSentAt).not.toBeNull();
    expect((await outboxTo(owner.user.email)).some((m) => m.payload.includes(point.name))).toBe(true);

    const dayAfter = fromVnLocal(addDays(expiryKey, 1), 8 * 60);
    await runCertificateExpiry(db, dayAfter);
    expect((await db.certificate.findUniqueOrThrow({ where: { id: certificate.id } })).status).toBe("EXPIRED");
    expect(await db.salesPoint.count({ where: { id: point.id, ...certifiedSalesPointWhere(dayAfter) } })).toBe(0);
    expect(await isIndexed(point.id)).toBe(false);
    const listed = await listCertifiedSalesPoints(db, { actor: officer, now: dayAfter });
    expect(listed.find((r) => r.salesPoint.id === point.id)?.state).toBe("expired");
  });
});
