// The database guards its own invariants (migration 20261130100000, ADR 0011): each forbidden
// row below is written with raw SQL, past every module, and SQLite must refuse it.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const now = "2026-11-30T00:00:00.000+00:00";
let userId: string;
let businessId: string;
let salesPointId: string;
let applicationId: string;

async function insert(table: string, row: Record<string, unknown>) {
  const columns = Object.keys(row);
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
  return db.$executeRawUnsafe(sql, ...Object.values(row));
}

const id = () => `c${Math.random().toString(36).slice(2, 14)}`;
const user = (over: Record<string, unknown> = {}) => ({ id: id(), email: `${id()}@example.vn`, name: "Lê Văn A", passwordHash: "x", updatedAt: now, ...over });
const salesPoint = (over: Record<string, unknown> = {}) => ({
  id: id(),
  businessId,
  name: "Cửa hàng",
  provinceCode: "48",
  communeCode: "20333",
  streetAddress: "1 Lê Lợi",
  vietGoodsShare: 90,
  updatedAt: now,
  ...over,
});

beforeAll(async () => {
  userId = id();
  await insert("User", user({ id: userId }));
  await db.province.create({ data: { code: "48", name: "Thành phố Đà Nẵng", shortName: "Đà Nẵng", slug: "da-nang", placeType: "Thành phố Trung Ương" } });
  await db.commune.create({ data: { code: "20333", name: "Xã Thăng Bình", folded: "xa thang binh", provinceCode: "48" } });
  businessId = (await db.business.create({ data: { name: "HTX Bình Trung", slug: "htx-binh-trung", legalForm: "COOPERATIVE" } })).id;
});

describe("forbidden rows are refused by the database", () => {
  const cases: [string, string, () => Record<string, unknown>][] = [
    ["User", "an unknown role", () => user({ role: "SUPERUSER" })],
    ["User", "an e-mail with capitals", () => user({ email: "Lan@Example.vn" })],
    ["User", "an empty e-mail", () => user({ email: "" })],
    ["User", "a blank name", () => user({ name: "   " })],
    ["Session", "a token stored in clear instead of its SHA-256", () => ({ id: "raw-token", userId, expiresAt: now })],
    ["PasswordResetToken", "a reset token stored in clear", () => ({ id: id(), tokenHash: "abc", userId, expiresAt: now })],
    ["OutboxMessage", "an unknown status", () => ({ id: id(), topic: "email", payload: "{}", status: "SENT" })],
    ["OutboxMessage", "negative attempts", () => ({ id: id(), topic: "email", payload: "{}", attempts: -1 })],
    ["OutboxMessage", "an empty topic", () => ({ id: id(), topic: "", payload: "{}" })],
    ["OutboxMessage", "a payload that is not JSON", () => ({ id: id(), topic: "email", payload: "to=a" })],
    ["AuditLog", "an empty action", () => ({ id: id(), action: "", entityType: "Business", entityId: "x" })],
    ["AuditLog", "details that are not JSON", () => ({ id: id(), action: "business.verify", entityType: "Business", entityId: "x", data: "{oops" })],
    ["News", "an empty slug", () => ({ id: id(), slug: "", title: "Tin", summary: "s", body: "b", updatedAt: now })],
    ["Setting", "an empty key", () => ({ key: "", value: "1", updatedAt: now })],
    ["SynonymGroup", "terms that are not a JSON array", () => ({ id: id(), terms: '"lac"' })],
    ["BusinessMembership", "an unknown membership role", () => ({ userId, businessId, role: "BOSS" })],
    ["SalesPoint", "an unknown status", () => salesPoint({ status: "OPEN" })],
    ["SalesPoint", "a share of Vietnamese goods above 100 %", () => salesPoint({ vietGoodsShare: 101 })],
    ["SalesPoint", "a negative share", () => salesPoint({ vietGoodsShare: -5 })],
    ["SalesPoint", "a latitude off the globe", () => salesPoint({ latitude: 91 })],
    ["SalesPointHours", "weekday 7", () => ({ id: id(), salesPointId, weekday: 7, opensAt: 480, closesAt: 1020 })],
    ["SalesPointHours", "opening after 24:00", () => ({ id: id(), salesPointId, weekday: 1, opensAt: 1441, closesAt: 1500 })],
    ["SalesPointHours", "negative minutes", () => ({ id: id(), salesPointId, weekday: 1, opensAt: -10, closesAt: 600 })],
    ["SalesPointApplication", "an unknown status", () => ({ id: id(), salesPointId, status: "APPROVED" })],
    ["Inspection", "an observed share above 100 %", () => ({ id: id(), applicationId, inspectorId: userId, inspectedAt: now, checklist: "[]", observedShare: 120 })],
    ["Inspection", "a checklist that is not a JSON array", () => ({ id: id(), applicationId, inspectorId: userId, inspectedAt: now, checklist: "ok" })],
  ];

  beforeAll(async () => {
    salesPointId = id();
    await insert("SalesPoint", salesPoint({ id: salesPointId }));
    applicationId = id();
    await insert("SalesPointApplication", { id: applicationId, salesPointId });
  });

  it.each(cases)("%s: %s", async (table, _what, row) => {
    await expect(insert(table, row())).rejects.toThrow(/CHECK constraint failed/);
  });

  it("accepts rows that keep every rule", async () => {
    await expect(insert("User", user({ role: "OFFICER" }))).resolves.toBe(1);
    await expect(insert("Session", { id: sha("token"), userId, expiresAt: now })).resolves.toBe(1);
    await expect(insert("OutboxMessage", { id: id(), topic: "email", payload: '{"to":"a@b.vn"}', status: "FAILED", attempts: 8, sensitive: 1 })).resolves.toBe(1);
    await expect(insert("SalesPointHours", { id: id(), salesPointId, weekday: 0, opensAt: 1320, closesAt: 120 })).resolves.toBe(1);
    await expect(insert("Inspection", { id: id(), applicationId, inspectorId: userId, inspectedAt: now, checklist: '[{"item":"x","passed":true}]', observedShare: 85 })).resolves.toBe(1);
    await expect(insert("Setting", { key: "programme.minShare", value: "80", updatedAt: now })).resolves.toBe(1);
    await expect(insert("SynonymGroup", { id: id(), terms: '["lac","dau phong"]' })).resolves.toBe(1);
  });
});
