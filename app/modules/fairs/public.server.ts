// What the public sees of fairs: published, closed, finished or cancelled fairs (never drafts),
// their floor plan with each booth's state, and the exhibitors once approved. One `where`
// (PUBLIC_FAIR) serves the pages, the JSON API and the iCalendar feeds.
import type { Prisma } from "~/generated/prisma/client";
import { NotFound } from "~/modules/errors";
import type { Db } from "~/utils/db.server";
import { fromVnLocal } from "~/utils/dates";
import { PUBLIC_PRODUCER_WHERE as PUBLIC_PRODUCER, PUBLIC_PRODUCT_WHERE as PUBLIC_PRODUCT } from "~/modules/catalog/visibility";
import { parseAisles } from "./fair.schema";
import { hotRead } from "~/utils/hot-read.server";
import { registrationFeeState } from "./fees.server";
import { ACTIVE_STATUSES } from "./registrations.server";

export const PUBLIC_FAIR: Prisma.FairWhereInput = { status: { in: ["PUBLISHED", "CLOSED", "FINISHED", "CANCELLED"] } };

export type BoothState = "free" | "held" | "taken";

/** taken = an approved exhibitor; held = a pending registration; free otherwise. */
export function boothState(registrations: { status: string }[]): BoothState {
  if (registrations.some((r) => r.status === "APPROVED")) return "taken";
  if (registrations.some((r) => r.status === "PENDING")) return "held";
  return "free";
}

export async function listPublicFairs(db: Db, { province, month, now = new Date() }: { province?: string; month?: string; now?: Date }) {
  const where: Prisma.FairWhereInput = { ...PUBLIC_FAIR, ...(province ? { provinceCode: province } : {}) };
  if (month) {
    const [y, m] = month.split("-").map(Number) as [number, number];
    const from = fromVnLocal(`${month}-01`);
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
    where.AND = [{ startsAt: { lt: fromVnLocal(next) } }, { endsAt: { gte: from } }];
  }
  const fairs = await db.fair.findMany({
    where,
    orderBy: { startsAt: "asc" },
    select: { id: true, slug: true, name: true, venue: true, status: true, startsAt: true, endsAt: true, registrationClosesAt: true, registrationOpensAt: true, province: { select: { name: true } }, commune: { select: { name: true } } },
  });
  const upcoming = fairs.filter((f) => f.endsAt >= now);
  const past = fairs.filter((f) => f.endsAt < now).reverse();
  const provinces = await db.province.findMany({ where: { fairs: { some: PUBLIC_FAIR } }, select: { code: true, name: true }, orderBy: { name: "asc" } });
  return { upcoming, past, provinces };
}

export async function getPublicFair(db: Db, slug: string) {
  const fair = await db.fair.findFirst({
    where: { slug, ...PUBLIC_FAIR },
    include: {
      province: { select: { name: true } },
      commune: { select: { name: true } },
      boothTypes: { orderBy: { feeVnd: "asc" } },
      booths: { orderBy: { code: "asc" }, include: { boothType: { select: { widthM: true, depthM: true, name: true } }, registrations: { where: { status: { in: [...ACTIVE_STATUSES] } }, select: { status: true } } } },
      registrations: {
        where: { status: "APPROVED", business: PUBLIC_PRODUCER },
        orderBy: { booth: { code: "asc" } },
        select: {
          id: true,
          booth: { select: { code: true } },
          business: { select: { name: true, slug: true } },
          exhibits: { where: { product: PUBLIC_PRODUCT }, take: 3, select: { product: { select: { name: true, slug: true } } } },
        },
      },
    },
  });
  if (!fair) throw new NotFound();
  return {
    ...fair,
    plan: planView(fair),
    exhibitors: fair.registrations.map((r) => ({ id: r.id, booth: r.booth?.code ?? "", business: r.business, products: r.exhibits.map((e) => e.product) })),
  };
}

export interface PlanView {
  width: number;
  depth: number;
  aisles: Array<{ x: number; y: number; w: number; h: number }>;
  entrance: { x: number; y: number } | null;
  booths: Array<{ id: string; code: string; x: number; y: number; w: number; h: number; state: BoothState; typeName: string; boothTypeId: string }>;
}

export function planView(fair: {
  planWidth: number;
  planDepth: number;
  planAisles: string;
  entranceX: number | null;
  entranceY: number | null;
  booths: Array<{ id: string; code: string; x: number; y: number; boothTypeId: string; boothType: { widthM: number; depthM: number; name: string }; registrations: { status: string }[] }>;
}): PlanView {
  return {
    width: fair.planWidth,
    depth: fair.planDepth,
    aisles: parseAisles(fair.planAisles) ?? [],
    entrance: fair.entranceX !== null && fair.entranceY !== null ? { x: fair.entranceX, y: fair.entranceY } : null,
    booths: fair.booths.map((b) => ({
      id: b.id,
      code: b.code,
      x: b.x,
      y: b.y,
      w: b.boothType.widthM,
      h: b.boothType.depthM,
      state: boothState(b.registrations),
      typeName: b.boothType.name,
      boothTypeId: b.boothTypeId,
    })),
  };
}

/** Fairs for the JSON API and the iCalendar feed. */
export function listFeedFairs(db: Db) {
  return db.fair.findMany({
    where: PUBLIC_FAIR,
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      venue: true,
      status: true,
      startsAt: true,
      endsAt: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      latitude: true,
      longitude: true,
      updatedAt: true,
      province: { select: { code: true, name: true } },
      commune: { select: { code: true, name: true } },
      _count: { select: { booths: true } },
    },
  });
}
export type FeedFair = Awaited<ReturnType<typeof listFeedFairs>>[number];

export async function getFeedFair(db: Db, slug: string): Promise<FeedFair> {
  const all = await db.fair.findFirst({ where: { slug, ...PUBLIC_FAIR }, select: { id: true } });
  if (!all) throw new NotFound();
  const [fair] = (await listFeedFairs(db)).filter((f) => f.id === all.id);
  return fair!;
}

type OpenFairRow = { id: string; slug: string; name: string; venue: string; startsAt: string; endsAt: string; registrationOpensAt: string; registrationClosesAt: string };
type MyRegistrationRow = {
  id: string;
  status: string;
  feeVnd: number;
  holdExpiresAt: string | null;
  passCode: string | null;
  salesVnd: string | null;
  visitors: number | null;
  fairName: string;
  fairSlug: string;
  fairStatus: string;
  fairStartsAt: string;
  fairClosesAt: string;
  boothCode: string | null;
  payments: string;
  waiverPending: number | bigint;
  position: number | bigint | null;
};

/**
 * Fairs a business may register for now, and its own registrations with booth, fee state and
 * waitlist position. This page is where every registrant lands after registering, so it is
 * read with two statements on the hot-read connection (ADR 0027) rather than one ORM query
 * per relation and per waitlisted registration. The waitlist position is `waitlistPosition`'s
 * rule (priority, then age, then id) in SQL.
 */
export async function businessFairsOverview(db: Db, { businessId, now = new Date() }: { businessId: string; now?: Date }) {
  const [fairs, rows] = await Promise.all([
    hotRead<OpenFairRow>(
      db,
      "SELECT id, slug, name, venue, startsAt, endsAt, registrationOpensAt, registrationClosesAt FROM Fair WHERE status = 'PUBLISHED' ORDER BY startsAt, id",
    ),
    hotRead<MyRegistrationRow>(
      db,
      `SELECT r.id, r.status, r.feeVnd, r.holdExpiresAt, r.passCode, CAST(r.salesVnd AS TEXT) AS salesVnd, r.visitors,
        f.name AS fairName, f.slug AS fairSlug, f.status AS fairStatus, f.startsAt AS fairStartsAt, f.registrationClosesAt AS fairClosesAt,
        b.code AS boothCode,
        (SELECT json_group_array(json_object('id', p.id, 'status', p.status)) FROM Payment p WHERE p.registrationId = r.id) AS payments,
        EXISTS (SELECT 1 FROM FeeWaiver w WHERE w.registrationId = r.id AND w.status = 'REQUESTED') AS waiverPending,
        CASE WHEN r.status = 'WAITLISTED' THEN 1 + (
          SELECT COUNT(*) FROM FairRegistration o
          WHERE o.fairId = r.fairId AND o.boothTypeId = r.boothTypeId AND o.status = 'WAITLISTED' AND o.id <> r.id
            AND (o.priority > r.priority OR (o.priority = r.priority AND (o.createdAt < r.createdAt OR (o.createdAt = r.createdAt AND o.id < r.id))))
        ) END AS position
      FROM FairRegistration r JOIN Fair f ON f.id = r.fairId LEFT JOIN Booth b ON b.id = r.boothId
      WHERE r.businessId = ?
      ORDER BY r.createdAt DESC, r.id DESC`,
      businessId,
    ),
  ]);
  const open = fairs
    .map((f) => ({ ...f, startsAt: new Date(f.startsAt), endsAt: new Date(f.endsAt), registrationOpensAt: new Date(f.registrationOpensAt), registrationClosesAt: new Date(f.registrationClosesAt) }))
    .filter((f) => f.registrationOpensAt <= now && f.registrationClosesAt > now);
  const mine = rows.map((r) => {
    const payments = JSON.parse(r.payments) as Array<{ id: string; status: string }>;
    return {
      id: r.id,
      status: r.status,
      feeVnd: r.feeVnd,
      holdExpiresAt: r.holdExpiresAt ? new Date(r.holdExpiresAt) : null,
      passCode: r.passCode,
      salesVnd: r.salesVnd === null ? null : BigInt(r.salesVnd),
      visitors: r.visitors,
      fair: { name: r.fairName, slug: r.fairSlug, status: r.fairStatus, startsAt: new Date(r.fairStartsAt), registrationClosesAt: new Date(r.fairClosesAt) },
      booth: r.boothCode === null ? null : { code: r.boothCode },
      feeStatus: registrationFeeState({ id: r.id, status: r.status, feeVnd: r.feeVnd, payments }, Boolean(Number(r.waiverPending))),
      position: r.position === null ? null : Number(r.position),
    };
  });
  return { open, mine };
}

/** The registration page of one open fair for a business: booth types, the plan, its approved products. */
export async function registrationChoices(db: Db, { businessId, slug }: { businessId: string; slug: string }) {
  const fair = await db.fair.findFirst({
    where: { slug, status: "PUBLISHED" },
    include: {
      boothTypes: { orderBy: { feeVnd: "asc" } },
      booths: { orderBy: { code: "asc" }, include: { boothType: { select: { widthM: true, depthM: true, name: true } }, registrations: { where: { status: { in: [...ACTIVE_STATUSES] } }, select: { status: true } } } },
    },
  });
  if (!fair) throw new NotFound();
  const products = await db.product.findMany({ where: { businessId, status: "APPROVED" }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return { fair, plan: planView(fair), products };
}
