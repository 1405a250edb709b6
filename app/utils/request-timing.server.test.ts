// Server-Timing per request: statements are counted and their overlap counted once, loaders
// and render are split where entry.server says, and nothing is recorded outside a request.
import { performance } from "node:perf_hooks";
import { describe, expect, it, vi } from "vitest";
import { db } from "./db.server";
import { currentTiming, serverTimingHeader, startRender, timeDbQuery, withRequestTiming } from "./request-timing.server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("request timing", () => {
  it("counts overlapping statements once in the DB wall time", async () => {
    // A clock the test moves by hand: no timing assertion depends on the machine's speed.
    let clock = 1_000;
    const now = vi.spyOn(performance, "now").mockImplementation(() => clock);
    try {
      const gates = [0, 1, 2].map(() => {
        let open!: () => void;
        const promise = new Promise<void>((resolve) => (open = resolve));
        return { promise, open };
      });
      const timing = await withRequestTiming(async () => {
        const running = gates.map((gate) => timeDbQuery(() => gate.promise));
        clock += 40;
        gates[0]!.open();
        gates[1]!.open();
        await Promise.all(running.slice(0, 2));
        clock += 10;
        gates[2]!.open();
        await running[2];
        clock += 100; // after the last statement: not database time
        return currentTiming()!;
      });
      expect(timing.dbQueries).toBe(3);
      // three overlapping statements pending from 1000 to 1050: 50 ms, not their sum (40 + 40 + 50)
      expect(timing.dbMs).toBe(50);
    } finally {
      now.mockRestore();
    }
  });

  it("times the Prisma client's real statements through the adapter", async () => {
    const queries = await withRequestTiming(async () => {
      await db.$queryRawUnsafe("SELECT 1");
      await db.province.count();
      return currentTiming()!.dbQueries;
    });
    expect(queries).toBeGreaterThanOrEqual(2);
  });

  it("writes db, data, render and total in the Server-Timing syntax", async () => {
    const header = await withRequestTiming(async () => {
      await timeDbQuery(() => sleep(5));
      const done = startRender();
      await sleep(5);
      done();
      return serverTimingHeader();
    });
    expect(header).toMatch(/^db;desc="SQL, 1 queries";dur=\d+\.\d, data;desc="loaders";dur=\d+\.\d, render;dur=\d+\.\d, total;dur=\d+\.\d$/);
  });

  it("records nothing outside a request", async () => {
    expect(await timeDbQuery(async () => "ok")).toBe("ok");
    expect(serverTimingHeader()).toBeNull();
    expect(() => startRender()()).not.toThrow();
  });
});
