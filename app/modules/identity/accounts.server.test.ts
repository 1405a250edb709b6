import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { Conflict, Forbidden } from "~/modules/errors";
import { authenticate, changeUserRole, requestPasswordReset, resetPassword, signUpBusiness, type AccountMail } from "./accounts.server";
import { hashPassword } from "./password.server";
import type { Actor } from "./permissions";
import { createSession, getActorForSession, hashToken } from "./sessions.server";

const mail: AccountMail = {
  welcome: ({ name, url }) => ({ subject: "Chào mừng", text: `Xin chào ${name} ${url}` }),
  reset: ({ name, url }) => ({ subject: "Đặt lại mật khẩu", text: `Xin chào ${name}: ${url}` }),
};

const signUp = (email: string, password = "mat-khau-dai-2026") =>
  signUpBusiness(db, {
    email,
    password,
    name: "Nguyễn Văn A",
    businessName: "Hợp tác xã Nông nghiệp Bình Trung",
    legalForm: "COOPERATIVE",
    phone: "+84 905 123 456",
    appUrl: "https://hangviet.test",
    mail,
    locale: "vi",
  });

let admin: Actor;

beforeAll(async () => {
  const user = await db.user.create({
    data: { email: "admin@test.vn", name: "Quản trị", role: "ADMIN", passwordHash: await hashPassword("quan-tri-2026") },
  });
  admin = { userId: user.id, name: user.name, email: user.email, role: "ADMIN", memberships: [] };
});

describe("signUpBusiness", () => {
  it("creates the user, a draft business, the owner membership, an audit entry and a welcome e-mail together", async () => {
    const { user, business } = await signUp("Chu.HTX@Example.vn");
    expect(user.email).toBe("chu.htx@example.vn");
    expect(user.role).toBe("BUSINESS");
    expect(user.phone).toBe("0905123456");
    expect(business).toMatchObject({ status: "DRAFT", legalForm: "COOPERATIVE", slug: "hop-tac-xa-nong-nghiep-binh-trung" });
    expect(await db.businessMembership.findMany({ where: { userId: user.id } })).toEqual([
      expect.objectContaining({ businessId: business.id, role: "OWNER" }),
    ]);
    expect(await db.auditLog.count({ where: { action: "user.sign_up", entityId: user.id } })).toBe(1);
    const outbox = await db.outboxMessage.findMany({ where: { topic: "email" } });
    expect(outbox.map((m) => JSON.parse(m.payload).to)).toContain("chu.htx@example.vn");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses an e-mail that is already registered, whatever its case, and saves nothing", async () => {
    const before = await db.business.count();
    await expect(signUp("CHU.HTX@example.vn")).rejects.toBeInstanceOf(Conflict);
    expect(await db.business.count()).toBe(before);
  });

  it("gives a second business of the same name its own slug", async () => {
    const { business } = await signUp("htx2@example.vn");
    expect(business.slug).toBe("hop-tac-xa-nong-nghiep-binh-trung-2");
  });
});

describe("authenticate", () => {
  it("accepts the right password and refuses a wrong one or an unknown e-mail", async () => {
    expect((await authenticate(db, { email: "chu.htx@example.vn", password: "mat-khau-dai-2026" })).ok).toBe(true);
    expect(await authenticate(db, { email: "chu.htx@example.vn", password: "sai" })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(db, { email: "khong-co@example.vn", password: "x" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a disabled account after checking the password", async () => {
    await signUp("khoa@example.vn");
    await db.user.update({ where: { email: "khoa@example.vn" }, data: { disabledAt: new Date() } });
    expect(await authenticate(db, { email: "khoa@example.vn", password: "mat-khau-dai-2026" })).toEqual({ ok: false, reason: "disabled" });
  });
});

describe("sessions", () => {
  it("stores only the token's hash and resolves the actor with memberships", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "chu.htx@example.vn" } });
    const { token } = await createSession(db, user.id, "test");
    expect(await db.session.findUnique({ where: { id: token } })).toBeNull();
    expect(await db.session.findUnique({ where: { id: hashToken(token) } })).not.toBeNull();
    const actor = await getActorForSession(db, token);
    expect(actor).toMatchObject({ userId: user.id, role: "BUSINESS" });
    expect(actor?.memberships).toHaveLength(1);
  });

  it("ignores expired sessions", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "chu.htx@example.vn" } });
    const { token } = await createSession(db, user.id);
    await db.session.update({ where: { id: hashToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getActorForSession(db, token)).toBeNull();
  });
});

describe("password reset", () => {
  it("e-mails a one-time link that sets the new password and ends every session", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "chu.htx@example.vn" } });
    const { token: sessionToken } = await createSession(db, user.id);
    await requestPasswordReset(db, { email: "chu.htx@example.vn", appUrl: "https://hangviet.test", mail });
    const message = await db.outboxMessage.findFirstOrThrow({ where: { topic: "email", payload: { contains: "reset-password" } } });
    const token = (JSON.parse(message.payload) as { text: string }).text.match(/token=([\w-]+)/)![1]!;

    await resetPassword(db, { token, password: "mat-khau-moi-2026" });
    expect((await authenticate(db, { email: "chu.htx@example.vn", password: "mat-khau-moi-2026" })).ok).toBe(true);
    expect(await getActorForSession(db, sessionToken)).toBeNull();
    await expect(resetPassword(db, { token, password: "lan-thu-hai-2026" })).rejects.toThrow("auth.resetInvalid");
  });

  it("does not reveal whether an e-mail is registered", async () => {
    const before = await db.outboxMessage.count();
    await expect(requestPasswordReset(db, { email: "khong-ton-tai@example.vn", appUrl: "x", mail })).resolves.toBeUndefined();
    expect(await db.outboxMessage.count()).toBe(before);
  });
});

describe("changeUserRole", () => {
  it("lets an admin change a role, audits it and logs the user out", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "htx2@example.vn" } });
    const { token } = await createSession(db, user.id);
    await changeUserRole(db, { actor: admin, userId: user.id, role: "PARTNER" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("PARTNER");
    expect(await getActorForSession(db, token)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.role_change", entityId: user.id } });
    expect(JSON.parse(audit.data!)).toEqual({ from: "BUSINESS", to: "PARTNER" });
  });

  it("refuses officers and an admin demoting themselves", async () => {
    const officer: Actor = { ...admin, userId: "someone", role: "OFFICER" };
    await expect(changeUserRole(db, { actor: officer, userId: admin.userId, role: "BUSINESS" })).rejects.toBeInstanceOf(Forbidden);
    await expect(changeUserRole(db, { actor: admin, userId: admin.userId, role: "OFFICER" })).rejects.toBeInstanceOf(Conflict);
  });
});
