// Public complaint statistics: counts only, never text, and any count below 5 is suppressed
// (null) so no complainant or business can be singled out. Also exported for /api/v1/stats.
import type { Db, Tx } from "~/utils/db.server";
import { vnDateKey } from "~/utils/dates";

export const SUPPRESS_BELOW = 5;

const suppress = (n: number): number | null => (n < SUPPRESS_BELOW ? null : n);

interface Counts {
  received: number;
  forwarded: number;
  answeredInTime: number;
  escalated: number;
  resolved: number;
}
export type PublicCounts = { [K in keyof Counts]: number | null };

function emptyCounts(): Counts {
  return { received: 0, forwarded: 0, answeredInTime: 0, escalated: 0, resolved: 0 };
}

const RESOLVED_OUTCOMES = new Set(["RESOLVED_WITH_RELIEF", "RESOLVED_WITHOUT_RELIEF"]);

export async function complaintStats(client: Db | Tx) {
  const rows = await client.complaint.findMany({
    where: { mergedIntoId: null },
    select: {
      status: true,
      outcome: true,
      receivedAt: true,
      forwardedAt: true,
      businessDueAt: true,
      firstAnsweredAt: true,
      escalatedAt: true,
      product: { select: { category: { select: { slug: true, nameVi: true, nameEn: true, parent: { select: { slug: true, nameVi: true, nameEn: true } } } } } },
    },
  });
  const total = emptyCounts();
  const byMonth = new Map<string, Counts>();
  const byCategory = new Map<string, { nameVi: string; nameEn: string; counts: Counts }>();
  const answerDays: number[] = [];
  for (const r of rows) {
    const month = vnDateKey(r.receivedAt).slice(0, 7);
    const top = r.product?.category?.parent ?? r.product?.category ?? null;
    const categoryKey = top?.slug ?? "";
    const monthCounts = byMonth.get(month) ?? emptyCounts();
    byMonth.set(month, monthCounts);
    const cat = byCategory.get(categoryKey) ?? { nameVi: top?.nameVi ?? "", nameEn: top?.nameEn ?? "", counts: emptyCounts() };
    byCategory.set(categoryKey, cat);
    const add = (key: keyof Counts) => {
      total[key]++;
      monthCounts[key]++;
      cat.counts[key]++;
    };
    add("received");
    if (r.forwardedAt) add("forwarded");
    if (r.firstAnsweredAt && r.businessDueAt && r.firstAnsweredAt <= r.businessDueAt) add("answeredInTime");
    if (r.escalatedAt) add("escalated");
    if (r.status === "RESOLVED" || (r.outcome !== null && RESOLVED_OUTCOMES.has(r.outcome))) add("resolved");
    if (r.firstAnsweredAt && r.forwardedAt) answerDays.push((r.firstAnsweredAt.getTime() - r.forwardedAt.getTime()) / 86_400_000);
  }
  const publicCounts = (c: Counts): PublicCounts => ({
    received: suppress(c.received),
    forwarded: suppress(c.forwarded),
    answeredInTime: suppress(c.answeredInTime),
    escalated: suppress(c.escalated),
    resolved: suppress(c.resolved),
  });
  answerDays.sort((a, b) => a - b);
  const median =
    answerDays.length < SUPPRESS_BELOW
      ? null
      : Math.round(10 * (answerDays.length % 2 ? answerDays[(answerDays.length - 1) / 2]! : (answerDays[answerDays.length / 2 - 1]! + answerDays[answerDays.length / 2]!) / 2)) / 10;
  return {
    suppressBelow: SUPPRESS_BELOW,
    total: publicCounts(total),
    medianDaysToAnswer: median,
    byMonth: [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, c]) => ({ month, ...publicCounts(c) })),
    byCategory: [...byCategory.entries()].map(([slug, c]) => ({ category: slug || null, nameVi: c.nameVi || null, nameEn: c.nameEn || null, ...publicCounts(c.counts) })),
  };
}
