// The complaint procedure end to end through its modules: filing, tracking by code + PIN with
// the per-code lockout, triage and forwarding, the business's narrow view, retention and stats.
import { beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner, officeActor, pngBytes, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { NotFound, Forbidden, Invalid } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import { db, dbReady } from "~/utils/db.server";
import { fromVnLocal, vnDateKey } from "~/utils/dates";
import type { IntakeInput } from "./complaint.schema";
import { prepareEvidence } from "./evidence.server";
import { fileComplaint, resolveTarget } from "./intake.server";
import { businessAct, businessComplaint, businessComplaints } from "./business.server";
import { eraseExpiredContacts, runComplaintJobs } from "./jobs.server";
import { officeAct, officeComplaint, officeQueue, revealContact } from "./office.server";
import { complaintStats } from "./stats.server";
import { complainantAct, complainantView, openComplaint } from "./tracking.server";

const mail = { subject: (code: string) => `Đã nhận ${code}`, text: (code: string, pin: string) => `Mã ${code}, PIN ${pin}` };
const forwardMail = { subject: (code: string) => `Chuyển ${code}`, text: ({ code }: { code: string }) => `Phản ánh ${code}` };
let officer: Actor;
let partner: Actor;
let shop: Awaited<ReturnType<typeof createBusinessWithOwner>>;
let other: Awaited<ReturnType<typeof createBusinessWithOwner>>;
let productSlug: string;

const form = (over: Partial<IntakeInput> = {}): IntakeInput => ({
  description: "Chai nước mắm có cặn đen và mùi lạ khi mở nắp.",
  remedy: "REFUND",
  name: "Hồ Văn Tám",
  phone: "0396118420",
  consentShareContact: false,
  vulnerable: false,
  productSlug,
  ...over,
});

async function file(over: Partial<IntakeInput> = {}, now?: Date) {
  const f = form(over);
  return fileComplaint(db, { form: f, target: await resolveTarget(db, f), evidence: [], mail, now });
}

beforeAll(async () => {
  await dbReady;
  const { sauce } = await seedPlacesAndCategories(db);
  shop = await createBusinessWithOwner(db);
  other = await createBusinessWithOwner(db);
  const product = await db.product.create({
    data: { slug: `nuoc-mam-${Date.now()}`, name: "Nước mắm cá cơm", businessId: shop.business.id, status: "APPROVED", categoryId: sauce.id },
  });
  productSlug = product.slug;
  officer = await officeActor(db);
  partner = await officeActor(db, "PARTNER");
});

describe("filing and tracking", () => {
  it("files with evidence, stores only a PIN hash and keeps contact apart", async () => {
    const evidence = await prepareEvidence([new File([new Uint8Array(await pngBytes())], "anh.png")]);
    if (!evidence.ok) throw new Error(evidence.message);
    const f = form({ email: "tam@example.vn", vulnerable: true, vulnerableGroup: "ELDERLY" });
    const filed = await fileComplaint(db, { form: f, target: await resolveTarget(db, f), evidence: evidence.prepared, mail });
    expect(filed.code).toMatch(/^KN-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(filed.pin).toMatch(/^\d{6}$/);
    const row = await db.complaint.findUniqueOrThrow({ where: { id: filed.id }, include: { contact: true, attachments: { include: { file: true } } } });
    expect(row.pinHash).not.toContain(filed.pin);
    expect(row.businessId).toBe(shop.business.id);
    expect(row.contact?.vulnerableGroup).toBe("ELDERLY");
    expect(row.attachments[0]!.file).toMatchObject({ businessId: null, isPrivate: true });
    const outbox = await db.outboxMessage.findFirstOrThrow({ where: { payload: { contains: filed.code } } });
    expect(JSON.parse(outbox.payload)).toMatchObject({ to: "tam@example.vn", sensitive: true });
  });

  it("opens with the right PIN, answers unknown codes like wrong PINs, and locks a code after 5 failures", async () => {
    const filed = await file();
    expect(await openComplaint(db, { code: filed.code.toLowerCase().replace(/-/g, " "), pin: filed.pin })).toEqual({ ok: true, complaintId: filed.id });
    const wrongPin = filed.pin === "000000" ? "111111" : "000000";
    expect(await openComplaint(db, { code: "KN-0000-0000", pin: wrongPin })).toEqual({ ok: false, reason: "invalid" });
    for (let i = 0; i < 5; i++) expect(await openComplaint(db, { code: filed.code, pin: wrongPin })).toEqual({ ok: false, reason: "invalid" });
    const locked = await openComplaint(db, { code: filed.code, pin: filed.pin });
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    expect(await db.complaintAccessFailure.count({ where: { code: filed.code } })).toBe(5);
    // 15 minutes later the right PIN works again.
    expect(await openComplaint(db, { code: filed.code, pin: filed.pin, now: new Date(Date.now() + 16 * 60_000) })).toMatchObject({ ok: true });
  });

  it("shows the complainant only the events meant for them", async () => {
    const filed = await file();
    await officeAct(db, { actor: officer, id: filed.id, action: { intent: "note", message: "Nội bộ: cơ sở quen biết" } });
    const view = await complainantView(db, filed.id);
    expect(view.events.map((e) => e.kind)).toEqual(["filed"]);
    expect(JSON.stringify(view)).not.toContain("Nội bộ");
  });
});

describe("office and business", () => {
  it("orders the queue vulnerable first, then by due date", async () => {
    const plain = await file({}, new Date(Date.now() - 86_400_000));
    const vulnerable = await file({ vulnerable: true, vulnerableGroup: "POOR_HOUSEHOLD" });
    const queue = await officeQueue(db, { actor: officer, filters: {} });
    const codes = queue.items.map((i) => i.code);
    expect(codes.indexOf(vulnerable.code)).toBeLessThan(codes.indexOf(plain.code));
    await expect(officeQueue(db, { actor: partner, filters: {} })).rejects.toBeInstanceOf(Forbidden);
  });

  it("reveals contact only with read-contact, and audits each view", async () => {
    const filed = await file({ vulnerable: true, vulnerableGroup: "ETHNIC_MINORITY" });
    const detail = await officeComplaint(db, { actor: officer, id: filed.id });
    expect(JSON.stringify(detail)).not.toContain("0396118420");
    expect(JSON.stringify(detail)).not.toContain("ETHNIC_MINORITY");
    expect((await revealContact(db, { actor: officer, id: filed.id }))?.phone).toBe("0396118420");
    expect(await db.auditLog.count({ where: { entityId: filed.id, action: "complaint.contact_view" } })).toBe(1);
    await expect(revealContact(db, { actor: partner, id: filed.id })).rejects.toBeInstanceOf(Forbidden);
  });

  it("refuses to forward the complainant's phone, forwards the redacted text with a deadline", async () => {
    const filed = await file({ description: "Nước mắm có cặn. Gọi tôi 0396118420 để đổi hàng nhé." });
    await expect(officeAct(db, { actor: officer, id: filed.id, action: { intent: "forward" }, mail: forwardMail })).rejects.toBeInstanceOf(Invalid);
    await officeAct(db, { actor: officer, id: filed.id, action: { intent: "redact", descriptionRedacted: "Nước mắm có cặn. Gọi tôi [đã che] để đổi hàng nhé." } });
    const forwardedAt = fromVnLocal("2026-11-23", 10 * 60);
    await officeAct(db, { actor: officer, id: filed.id, action: { intent: "forward" }, mail: forwardMail, now: forwardedAt });
    const row = await db.complaint.findUniqueOrThrow({ where: { id: filed.id } });
    expect(row.status).toBe("FORWARDED");
    expect(row.businessDueAt?.toISOString()).toBe("2026-12-02T10:00:00.000Z");
    expect(row.description).toContain("0396118420");
    const seen = await businessComplaint(db, { businessId: shop.business.id, id: filed.id });
    expect(seen.descriptionRedacted).toContain("[đã che]");
    expect(seen.contact).toBeNull();
    expect(JSON.stringify(seen)).not.toContain("0396118420");
  });

  it("never shows a business complaints before forwarding or about other businesses", async () => {
    const notYet = await file({ consentShareContact: true });
    await expect(businessComplaint(db, { businessId: shop.business.id, id: notYet.id })).rejects.toBeInstanceOf(NotFound);
    expect((await businessComplaints(db, { businessId: shop.business.id })).map((c) => c.id)).not.toContain(notYet.id);
    await officeAct(db, { actor: officer, id: notYet.id, action: { intent: "forward" } });
    await expect(businessComplaint(db, { businessId: other.business.id, id: notYet.id })).rejects.toBeInstanceOf(NotFound);
    await expect(
      businessAct(db, { actorId: other.user.id, businessId: other.business.id, id: notYet.id, action: { intent: "answer", message: "Không phải của chúng tôi" } }),
    ).rejects.toBeInstanceOf(NotFound);
    expect(await businessComplaints(db, { businessId: other.business.id })).toEqual([]);
    const seen = await businessComplaint(db, { businessId: shop.business.id, id: notYet.id });
    expect(seen.contact).toEqual({ name: "Hồ Văn Tám", phone: "0396118420", email: null });
    expect(Object.keys(seen.contact ?? {})).not.toContain("vulnerableGroup");
  });

  it("carries the answer to the complainant, who may ask for escalation; the office escalates and closes", async () => {
    const filed = await file();
    await officeAct(db, { actor: officer, id: filed.id, action: { intent: "forward" } });
    await businessAct(db, { actorId: shop.user.id, businessId: shop.business.id, id: filed.id, action: { intent: "answer", message: "Xin lỗi, mời anh đổi chai mới.", proposal: "Đổi chai" } });
    let view = await complainantView(db, filed.id);
    expect(view.status).toBe("ANSWERED");
    expect(view.events.at(-1)?.message).toContain("Xin lỗi");
    await complainantAct(db, { complaintId: filed.id, action: { intent: "not-satisfied" } });
    view = await complainantView(db, filed.id);
    expect(view.canConclude).toBe(false);
    const queue = await officeQueue(db, { actor: officer, filters: {} });
    expect(queue.forEscalation.map((c) => c.id)).toContain(filed.id);
    await officeAct(db, { actor: officer, id: filed.id, action: { intent: "escalate" } });
    await officeAct(db, { actor: officer, id: filed.id, action: { intent: "close", outcome: "NOT_RESOLVED" } });
    expect(await db.complaint.findUniqueOrThrow({ where: { id: filed.id }, select: { status: true, outcome: true } })).toEqual({ status: "CLOSED", outcome: "NOT_RESOLVED" });
  });
});

describe("jobs, retention and statistics", () => {
  it("flags overdue complaints and reminds the business two working days before", async () => {
    const late = await file();
    const soon = await file();
    await officeAct(db, { actor: officer, id: late.id, action: { intent: "forward" }, now: fromVnLocal("2026-11-02", 9 * 60) });
    await officeAct(db, { actor: officer, id: soon.id, action: { intent: "forward" }, now: fromVnLocal("2026-11-19", 9 * 60) }); // due Mon 30 Nov
    const result = await runComplaintJobs(db, { now: fromVnLocal("2026-11-27", 9 * 60) });
    expect(result.flagged).toBeGreaterThanOrEqual(1);
    expect((await db.complaint.findUniqueOrThrow({ where: { id: late.id } })).overdueAt).not.toBeNull();
    expect((await db.complaint.findUniqueOrThrow({ where: { id: soon.id } })).reminderSentAt).not.toBeNull();
    expect(await db.outboxMessage.count({ where: { payload: { contains: soon.code } } })).toBeGreaterThan(0);
  });

  it("erases contact data after the retention period and keeps the complaint in the statistics", async () => {
    const before = await complaintStats(db);
    const old = await file({}, fromVnLocal("2025-09-01", 9 * 60));
    await officeAct(db, { actor: officer, id: old.id, action: { intent: "close", outcome: "WITHDRAWN" }, now: fromVnLocal("2025-10-01", 9 * 60) });
    const recent = await file();
    await officeAct(db, { actor: officer, id: recent.id, action: { intent: "close", outcome: "WITHDRAWN" } });
    const erased = await eraseExpiredContacts(db, fromVnLocal("2026-11-30", 9 * 60), 12);
    expect(erased).toBe(1);
    expect(await db.complainantContact.count({ where: { complaintId: old.id } })).toBe(0);
    expect(await db.complainantContact.count({ where: { complaintId: recent.id } })).toBe(1);
    expect(await db.complaint.count({ where: { id: old.id } })).toBe(1);
    const after = await complaintStats(db);
    expect((after.total.received ?? 0) - (before.total.received ?? 0)).toBe(2);
    expect(vnDateKey(fromVnLocal("2025-09-01"))).toBe("2025-09-01");
    expect(after.byMonth.find((m) => m.month === "2025-09")?.received).toBeNull(); // one complaint: suppressed
  });

  it("publishes counts only, suppressed below five", async () => {
    const stats = await complaintStats(db);
    const text = JSON.stringify(stats);
    expect(text).not.toMatch(/Hồ Văn Tám|0396118420|nước mắm có cặn/i);
    for (const row of [...stats.byMonth, ...stats.byCategory]) {
      for (const key of ["received", "forwarded", "answeredInTime", "escalated", "resolved"] as const) {
        const value = row[key];
        expect(value === null || value >= 5).toBe(true);
      }
    }
    expect(stats.total.received).toBeGreaterThanOrEqual(5);
  });
});
