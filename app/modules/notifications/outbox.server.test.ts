import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { drainOutbox, enqueueEmail } from "./outbox.server";

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
