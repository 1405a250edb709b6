// The office queue lists a page of the most urgent complaints — vulnerable first, then by due
// date — even when far more complaints are open than fit on the page.
import { beforeAll, expect, it } from "vitest";
import { officeActor, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { db, dbReady } from "~/utils/db.server";
import { generateTrackingCode } from "./codes.server";
import { officeQueue, QUEUE_LIMIT } from "./office.server";

beforeAll(async () => {
  await dbReady;
  await seedPlacesAndCategories(db);
});

it("puts a vulnerable complaint filed last at the top of a queue longer than one page", async () => {
  const start = Date.parse("2026-10-01T02:00:00Z");
  const ordinary = Array.from({ length: QUEUE_LIMIT + 20 }, (_, i) => ({
    code: generateTrackingCode(),
    pinHash: "!",
    subject: `Phản ánh ${i}`,
    description: "Hàng bị hỏng khi mở bao bì.",
    remedy: "REFUND",
    // Inserted newest first, so insertion order is the opposite of priority.
    receivedAt: new Date(start + (QUEUE_LIMIT + 20 - i) * 3_600_000),
  }));
  await db.complaint.createMany({ data: ordinary });
  const vulnerable = await db.complaint.create({
    data: { code: generateTrackingCode(), pinHash: "!", subject: "Người cao tuổi", description: "Hàng bị hỏng.", remedy: "REFUND", vulnerable: true, receivedAt: new Date(start + 1000 * 3_600_000) },
  });
  const queue = await officeQueue(db, { actor: await officeActor(db), filters: { status: "RECEIVED" } });
  expect(queue.items).toHaveLength(QUEUE_LIMIT);
  expect(queue.items[0]!.id).toBe(vulnerable.id);
  // Then the oldest ordinary complaints, in order of receipt.
  const oldest = [...ordinary].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime()).slice(0, QUEUE_LIMIT - 1);
  expect(queue.items.slice(1).map((c) => c.code)).toEqual(oldest.map((c) => c.code));
});
