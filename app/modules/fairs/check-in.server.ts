// Fair check-in: the pass code of an APPROVED registration of this fair, recorded once.
import { checkInByCode, type CheckInSource } from "~/modules/events/check-in.server";
import type { Actor } from "~/modules/identity/permissions";
import type { Db } from "~/utils/db.server";
import { requireOffice } from "./registrations.server";

export function fairCheckInSource(db: Db, fairId: string, actor: Actor): CheckInSource {
  return {
    async findByCode(code) {
      const r = await db.fairRegistration.findFirst({
        where: { fairId, passCode: code, status: "APPROVED" },
        select: { id: true, checkedInAt: true, business: { select: { name: true } }, booth: { select: { code: true } } },
      });
      return r ? { id: r.id, name: r.business.name, place: r.booth?.code ?? null, checkedInAt: r.checkedInAt } : null;
    },
    async markCheckedIn(id, at) {
      const { count } = await db.fairRegistration.updateMany({ where: { id, checkedInAt: null }, data: { checkedInAt: at, checkedInById: actor.userId } });
      return count;
    },
  };
}

export function checkInExhibitor(db: Db, { actor, fairId, code, now = new Date() }: { actor: Actor; fairId: string; code: string; now?: Date }) {
  requireOffice(actor);
  return checkInByCode(fairCheckInSource(db, fairId, actor), code, now);
}

/** Checked-in / expected and who has not come yet. */
export async function checkInBoard(db: Db, { actor, fairId }: { actor: Actor; fairId: string }) {
  requireOffice(actor);
  const approved = await db.fairRegistration.findMany({
    where: { fairId, status: "APPROVED" },
    select: { id: true, checkedInAt: true, business: { select: { name: true } }, booth: { select: { code: true } } },
    orderBy: { booth: { code: "asc" } },
  });
  const checkedIn = approved.filter((r) => r.checkedInAt).length;
  return {
    expected: approved.length,
    checkedIn,
    noShows: approved.filter((r) => !r.checkedInAt).map((r) => ({ id: r.id, name: r.business.name, booth: r.booth?.code ?? "—" })),
  };
}
