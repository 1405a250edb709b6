// Finding 1 of issue #8: one SQLite connection shared by every request. While one request's
// interactive transaction is open, another request's plain query must neither read its
// uncommitted rows nor have its own write undone by that transaction's rollback.
import { describe, expect, it } from "vitest";
import { connectionGateStats, db } from "~/utils/db.server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the connection gate", () => {
  it("a plain read during another request's transaction does not see its uncommitted rows", async () => {
    const before = await db.setting.count();
    let seenDuring = -1;
    const tx = db.$transaction(async (tx) => {
      await tx.setting.create({ data: { key: "gate.uncommitted", value: "x" } });
      await sleep(50);
      throw new Error("roll back");
    });
    await sleep(10); // the transaction is open and has written its row
    seenDuring = await db.setting.count();
    await expect(tx).rejects.toThrow("roll back");
    expect(seenDuring).toBe(before);
    expect(await db.setting.findUnique({ where: { key: "gate.uncommitted" } })).toBeNull();
  });

  it("a plain write during another request's transaction survives that transaction's rollback", async () => {
    const tx = db.$transaction(async (tx) => {
      await tx.setting.create({ data: { key: "gate.rolled-back", value: "x" } });
      await sleep(50);
      throw new Error("roll back");
    });
    await sleep(10);
    const written = db.setting.create({ data: { key: "gate.acknowledged", value: "kept" } });
    await expect(tx).rejects.toThrow("roll back");
    await written;
    expect(await db.setting.findUnique({ where: { key: "gate.acknowledged" } })).toMatchObject({ value: "kept" });
    expect(await db.setting.findUnique({ where: { key: "gate.rolled-back" } })).toBeNull();
    expect(connectionGateStats(db)?.waitedQueries).toBeGreaterThan(0);
  });

  it("transactions run one after the other and each sees the previous one's commit", async () => {
    await db.setting.create({ data: { key: "gate.counter", value: "0" } });
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.$transaction(async (tx) => {
          const row = await tx.setting.findUniqueOrThrow({ where: { key: "gate.counter" } });
          await sleep(1);
          await tx.setting.update({ where: { key: "gate.counter" }, data: { value: String(Number(row.value) + 1) } });
        }),
      ),
    );
    expect((await db.setting.findUniqueOrThrow({ where: { key: "gate.counter" } })).value).toBe("20");
  });

  it("raw SQL outside a transaction waits too", async () => {
    const tx = db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("INSERT INTO Setting (key, value, updatedAt) VALUES ('gate.raw', 'x', 0)");
      await sleep(40);
      throw new Error("roll back");
    });
    await sleep(10);
    const rows = await db.$queryRawUnsafe<{ n: bigint | number }[]>("SELECT count(*) AS n FROM Setting WHERE key = 'gate.raw'");
    await expect(tx).rejects.toThrow();
    expect(Number(rows[0]?.n)).toBe(0);
  });
});
