import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { requestPasswordReset, type AccountMail } from "~/modules/identity/accounts.server";
import { hashPassword } from "~/modules/identity/password.server";
import { drainOutbox, enqueueEmail, listOutboxForAdmin, REDACTED } from "./outbox.server";

describe("outbox", () => {
  it("is written in the caller's transaction: a rolled-back change leaves no message", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, { to: "a@example.vn", subject: "s", text: "t" });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it("delivers due messages once and retries failures with back-off until it gives up", async () => {
    await db.$transaction((tx) => enqueueEmail(tx, { to: "ok@example.vn", subject: "s", text: "t" }));
    await db.$transaction((tx) => enqueueEmail(tx, { to: "fail@example.vn", subject: "s", text: "t" }));
    const delivered: string[] = [];
    const handlers = {
      email: async (payload: unknown) => {
        const to = (payload as { to: string }).to;
        if (to.startsWith("fail")) throw new Error("SMTP down");
        delivered.push(to);
      },
    };
    let now = new Date();
    expect(await drainOutbox(db, handlers, { now })).toBe(1);
    expect(await drainOutbox(db, handlers, { now })).toBe(0); // the failed one waits for its back-off
    expect(delivered).toEqual(["ok@example.vn"]);
    const failed = await db.outboxMessage.findFirstOrThrow({ where: { payload: { contains: "fail@" } } });
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, lastError: "SMTP down" });
    expect(failed.availableAt.getTime()).toBeGreaterThan(now.getTime());

    for (let i = 0; i < 10; i++) {
      now = new Date(now.getTime() + 60 * 60 * 1000);
      await drainOutbox(db, handlers, { now });
    }
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "FAILED", attempts: 8 });
    expect(delivered).toEqual(["ok@example.vn"]);
  });
});

describe("sensitive messages", () => {
  const accountMail: AccountMail = {
    welcome: ({ name }) => ({ subject: "Chào mừng", text: `Xin chào ${name}` }),
    reset: ({ name, url }) => ({ subject: "Đặt lại mật khẩu", text: `Xin chào ${name}, mở ${url} trong 1 giờ. Hỏi thêm: 0905 123 456, hotro@hangviet.vn` }),
  };

  it("never shows a reset link to admins, and keeps no body once delivered", async () => {
    const password = await hashPassword("mat-khau-dai-2026");
    await db.user.create({ data: { email: "quen.matkhau@example.vn", name: "Lê Quên", passwordHash: password } });
    await requestPasswordReset(db, { email: "quen.matkhau@example.vn", appUrl: "https://hangviet.test", mail: accountMail });
    const stored = await db.outboxMessage.findFirstOrThrow({ where: { topic: "email", payload: { contains: "reset-password" } } });
    const token = stored.payload.match(/token=([\w-]+)/)![1]!;
    expect(stored.sensitive).toBe(true);

    const [pending] = await listOutboxForAdmin(db);
    expect(JSON.stringify(pending)).not.toContain(token);
    expect(pending!.email).toEqual({
      to: "q***@example.vn",
      subject: "Đặt lại mật khẩu",
      text: `Xin chào Lê Quên, mở ${REDACTED} trong 1 giờ. Hỏi thêm: ${REDACTED}, ${REDACTED}`,
    });

    const delivered: string[] = [];
    await drainOutbox(db, { email: async (payload) => void delivered.push((payload as { text: string }).text) });
    expect(delivered[0]).toContain(token);
    const after = await db.outboxMessage.findUniqueOrThrow({ where: { id: stored.id } });
    expect(after.status).toBe("DONE");
    expect(after.payload).not.toContain(token);
    expect(after.payload).not.toContain("quen.matkhau@");
    const [done] = await listOutboxForAdmin(db);
    expect(done!.email).toEqual({ to: "q***@example.vn", subject: "Đặt lại mật khẩu", text: null });
  });

  it("leaves ordinary messages as they are, for admins and after delivery", async () => {
    await db.$transaction((tx) => enqueueEmail(tx, { to: "a@example.vn", subject: "Duyệt", text: "Xem https://hangviet.test/x" }));
    await drainOutbox(db, { email: async () => undefined });
    const [view] = await listOutboxForAdmin(db);
    expect(view!.email).toEqual({ to: "a@example.vn", subject: "Duyệt", text: "Xem https://hangviet.test/x" });
  });
});
