// Each invariant of issue #13 that the database holds, tried directly with raw SQL.
import { beforeAll, describe, expect, it } from "vitest";
import { db, dbReady } from "~/utils/db.server";

let complaintId: string;
const insertComplaint = (id: string, code: string, extra = "") =>
  db.$executeRawUnsafe(
    `INSERT INTO Complaint (id, code, pinHash, subject, description, remedy, updatedAt${extra ? ", " + extra.split("=")[0] : ""}) VALUES (?, ?, '$argon2id$x', 's', 'd', 'REFUND', CURRENT_TIMESTAMP${extra ? ", " + extra.split("=")[1] : ""})`,
    id,
    code,
  );

beforeAll(async () => {
  await dbReady;
  complaintId = "c-invariants";
  await insertComplaint(complaintId, "KN-AAAA-BBBB");
  await db.$executeRawUnsafe(`INSERT INTO ComplainantContact (complaintId, name, phone, email) VALUES (?, 'An', '0905123456', 'an@example.vn')`, complaintId);
});

describe("complaint invariants held by the database", () => {
  it("keeps contact data in its own table: erasing it leaves the complaint whole", async () => {
    const columns = (await db.$queryRawUnsafe<{ name: string }[]>(`PRAGMA table_info(Complaint)`)).map((c) => c.name);
    expect(columns.some((c) => /name|phone|email|address|vulnerabilityNote|vulnerableGroup/i.test(c) && c !== "businessNameText")).toBe(false);
    await insertComplaint("c-erase", "KN-CCCC-DDDD");
    await db.$executeRawUnsafe(`INSERT INTO ComplainantContact (complaintId, name, phone) VALUES ('c-erase', 'Bình', '0905000111')`);
    await db.$executeRawUnsafe(`DELETE FROM ComplainantContact WHERE complaintId = 'c-erase'`);
    expect(await db.complaint.count({ where: { id: "c-erase" } })).toBe(1);
  });

  it("refuses a contact row with neither phone nor e-mail, or an unknown group", async () => {
    await insertComplaint("c-noreach", "KN-EEEE-FFFF");
    await expect(db.$executeRawUnsafe(`INSERT INTO ComplainantContact (complaintId, name) VALUES ('c-noreach', 'X')`)).rejects.toThrow();
    await expect(
      db.$executeRawUnsafe(`INSERT INTO ComplainantContact (complaintId, name, phone, vulnerableGroup) VALUES ('c-noreach', 'X', '0905', 'RICH')`),
    ).rejects.toThrow();
  });

  it("refuses to copy the complainant's phone or e-mail into an event", async () => {
    await expect(
      db.$executeRawUnsafe(`INSERT INTO ComplaintEvent (id, complaintId, kind, message) VALUES ('e1', ?, 'note', 'Gọi 0905123456 nhé')`, complaintId),
    ).rejects.toThrow(/contact data/);
    await expect(
      db.$executeRawUnsafe(`INSERT INTO ComplaintEvent (id, complaintId, kind, message) VALUES ('e2', ?, 'note', 'mail AN@example.vn')`, complaintId),
    ).rejects.toThrow(/contact data/);
    await db.$executeRawUnsafe(`INSERT INTO ComplaintEvent (id, complaintId, kind, message) VALUES ('e3', ?, 'note', 'đã gọi')`, complaintId);
    await expect(db.$executeRawUnsafe(`UPDATE ComplaintEvent SET message = 'số 0905123456' WHERE id = 'e3'`)).rejects.toThrow(/contact data/);
    await expect(db.$executeRawUnsafe(`UPDATE Complaint SET descriptionRedacted = 'gọi 0905123456' WHERE id = ?`, complaintId)).rejects.toThrow(
      /contact data/,
    );
  });

  it("makes an event visible to nobody outside the office unless marked", async () => {
    await db.$executeRawUnsafe(`INSERT INTO ComplaintEvent (id, complaintId, kind) VALUES ('e-default', ?, 'note')`, complaintId);
    const event = await db.complaintEvent.findUniqueOrThrow({ where: { id: "e-default" } });
    expect(event.visibleToComplainant).toBe(false);
    expect(event.visibleToBusiness).toBe(false);
    expect(event.actorKind).toBe("office");
  });

  it("keeps evidence files private and owned by no business", async () => {
    const business = await db.business.findFirst({ select: { id: true } });
    await db.$executeRawUnsafe(`INSERT INTO StoredFile (id, storageKey, mimeType, sizeBytes, isPrivate) VALUES ('f-ok', 'k/ok', 'image/webp', 1, 1)`);
    await db.$executeRawUnsafe(`INSERT INTO StoredFile (id, storageKey, mimeType, sizeBytes, isPrivate) VALUES ('f-public', 'k/pub', 'image/webp', 1, 0)`);
    await db.$executeRawUnsafe(`INSERT INTO ComplaintAttachment (id, complaintId, fileId) VALUES ('a-ok', ?, 'f-ok')`, complaintId);
    await expect(db.$executeRawUnsafe(`INSERT INTO ComplaintAttachment (id, complaintId, fileId) VALUES ('a-pub', ?, 'f-public')`, complaintId)).rejects.toThrow(
      /private/,
    );
    await expect(db.$executeRawUnsafe(`UPDATE StoredFile SET isPrivate = 0 WHERE id = 'f-ok'`)).rejects.toThrow(/private/);
    if (business) {
      await expect(db.$executeRawUnsafe(`UPDATE StoredFile SET businessId = ? WHERE id = 'f-ok'`, business.id)).rejects.toThrow(/private/);
    }
    const attachment = await db.complaintAttachment.findUniqueOrThrow({ where: { id: "a-ok" } });
    expect([attachment.visibleToComplainant, attachment.visibleToBusiness]).toEqual([false, false]);
  });

  it("checks statuses, remedies, outcomes, event kinds and codes", async () => {
    await expect(db.$executeRawUnsafe(`UPDATE Complaint SET status = 'LOST' WHERE id = ?`, complaintId)).rejects.toThrow(/CHECK/);
    await expect(db.$executeRawUnsafe(`UPDATE Complaint SET remedy = 'REVENGE' WHERE id = ?`, complaintId)).rejects.toThrow(/CHECK/);
    await expect(db.$executeRawUnsafe(`UPDATE Complaint SET outcome = 'WON' WHERE id = ?`, complaintId)).rejects.toThrow(/CHECK/);
    await expect(db.$executeRawUnsafe(`UPDATE Complaint SET status = 'CLOSED' WHERE id = ?`, complaintId)).rejects.toThrow(/CHECK/);
    await expect(db.$executeRawUnsafe(`UPDATE Complaint SET forwardedAt = CURRENT_TIMESTAMP WHERE id = ?`, complaintId)).rejects.toThrow(/CHECK/);
    await expect(db.$executeRawUnsafe(`UPDATE Complaint SET mergedIntoId = id WHERE id = ?`, complaintId)).rejects.toThrow(/CHECK/);
    await expect(db.$executeRawUnsafe(`UPDATE Complaint SET happenedOn = '2026-02-30' WHERE id = ?`, complaintId)).rejects.toThrow(/CHECK/);
    await expect(insertComplaint("c-badcode", "kn-1234-5678")).rejects.toThrow(/CHECK/);
    await expect(db.$executeRawUnsafe(`INSERT INTO ComplaintEvent (id, complaintId, kind) VALUES ('e-bad', ?, 'hacked')`, complaintId)).rejects.toThrow(/CHECK/);
    await expect(
      db.$executeRawUnsafe(`INSERT INTO ComplaintEvent (id, complaintId, kind, actorKind) VALUES ('e-bad2', ?, 'note', 'robot')`, complaintId),
    ).rejects.toThrow(/CHECK/);
  });

  it("stores only a hash of the PIN", async () => {
    const columns = (await db.$queryRawUnsafe<{ name: string }[]>(`PRAGMA table_info(Complaint)`)).map((c) => c.name);
    expect(columns).toContain("pinHash");
    expect(columns).not.toContain("pin");
  });

  it("accepts only valid days: holidays any day, make-up working days only on Saturdays", async () => {
    await expect(db.$executeRawUnsafe(`INSERT INTO Holiday (date, name) VALUES ('2027-13-01', 'x')`)).rejects.toThrow(/CHECK/);
    await expect(db.$executeRawUnsafe(`INSERT INTO WorkingSaturday (date, name) VALUES ('2027-02-19', 'Friday')`)).rejects.toThrow(/CHECK/);
    await db.$executeRawUnsafe(`INSERT INTO WorkingSaturday (date, name) VALUES ('2027-02-20', 'Làm bù')`);
    expect(await db.workingSaturday.count({ where: { date: "2027-02-20" } })).toBe(1);
  });
});
