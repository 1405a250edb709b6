// The office keeps its working calendar: holidays and make-up working Saturdays (audited).
import { recordAudit } from "~/modules/audit/audit.server";
import { Forbidden, Invalid } from "~/modules/errors";
import { hasPermission, type Actor } from "~/modules/identity/permissions";
import { invalidateReferenceData } from "~/modules/reference/reference-data.server";
import { weekdayOfKey } from "~/utils/dates";
import type { Db, Tx } from "~/utils/db.server";

export async function listCalendar(client: Db | Tx) {
  const [holidays, workingSaturdays] = await Promise.all([
    client.holiday.findMany({ orderBy: { date: "asc" } }),
    client.workingSaturday.findMany({ orderBy: { date: "asc" } }),
  ]);
  return { holidays, workingSaturdays };
}

export type CalendarChange =
  | { intent: "add"; kind: "HOLIDAY" | "WORKING_SATURDAY"; date: string; name: string }
  | { intent: "remove"; kind: "HOLIDAY" | "WORKING_SATURDAY"; date: string };

export async function updateCalendar(db: Db, { actor, change }: { actor: Actor; change: CalendarChange }) {
  if (!hasPermission(actor, "office:complaints:handle")) throw new Forbidden();
  if (change.intent === "add" && change.kind === "WORKING_SATURDAY" && weekdayOfKey(change.date) !== 6) {
    throw new Invalid("complaints.holidays.notSaturday", { date: ["complaints.holidays.notSaturday"] });
  }
  await db.$transaction(async (tx) => {
    if (change.kind === "HOLIDAY") {
      if (change.intent === "add") await tx.holiday.upsert({ where: { date: change.date }, update: { name: change.name }, create: { date: change.date, name: change.name } });
      else await tx.holiday.deleteMany({ where: { date: change.date } });
    } else if (change.intent === "add") {
      await tx.workingSaturday.upsert({ where: { date: change.date }, update: { name: change.name }, create: { date: change.date, name: change.name } });
    } else {
      await tx.workingSaturday.deleteMany({ where: { date: change.date } });
    }
    await recordAudit(tx, { actorId: actor.userId, action: `calendar.${change.intent}`, entityType: change.kind, entityId: change.date });
  });
  // "Open now" on the public sales-point pages reads holidays from the reference-data cache.
  if (change.kind === "HOLIDAY") invalidateReferenceData("holidays");
}
