// The daily complaint job: flag overdue complaints, remind businesses two working days before
// their deadline, count what awaits escalation, erase contact data N months after closing
// (the anonymous complaint stays for statistics), and blank delivered e-mails that carried a PIN.
import vi from "~/locales/vi";
import { addMonths, formatDateTime, fromVnLocal, vnDateKey } from "~/utils/dates";
import { env } from "~/utils/env.server";
import type { Db } from "~/utils/db.server";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { workingDaysLeft } from "~/utils/working-days";
import { complaintConfig } from "./config.server";
import { loadCalendar } from "./intake.server";
import { OFFICE_ONLY, type EventVisibility } from "./model";

const TO_BUSINESS: EventVisibility = { visibleToComplainant: false, visibleToBusiness: true };
export const REMIND_WORKING_DAYS_BEFORE = 2;

export interface ReminderMail {
  subject: (code: string) => string;
  text: (args: { code: string; due: Date }) => string;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? "");

/** Businesses are written to in Vietnamese, the language of the office. */
export function defaultReminderMail(appUrl: string): ReminderMail {
  const strings = vi.complaints.mail;
  return {
    subject: (code) => fill(strings.reminderSubject, { code }),
    text: ({ code, due }) => fill(strings.reminderText, { code, due: formatDateTime(due), url: `${appUrl}/business/complaints` }),
  };
}

export async function runComplaintJobs(db: Db, { now = new Date(), mail = defaultReminderMail(env().APP_URL) }: { now?: Date; mail?: ReminderMail } = {}) {
  const calendar = await loadCalendar(db);
  const waiting = await db.complaint.findMany({
    where: { status: "FORWARDED", firstAnsweredAt: null, businessDueAt: { not: null } },
    select: { id: true, code: true, businessId: true, businessDueAt: true, overdueAt: true, reminderSentAt: true },
  });
  let flagged = 0;
  let reminded = 0;
  for (const c of waiting) {
    const due = c.businessDueAt!;
    if (due < now && !c.overdueAt) {
      await db.$transaction(async (tx) => {
        await tx.complaint.update({ where: { id: c.id }, data: { overdueAt: now } });
        await tx.complaintEvent.create({ data: { complaintId: c.id, kind: "overdue", actorKind: "system", visibleToComplainant: true, visibleToBusiness: true, createdAt: now } });
      });
      flagged++;
    } else if (due >= now && !c.reminderSentAt && c.businessId && workingDaysLeft(now, due, calendar) <= REMIND_WORKING_DAYS_BEFORE) {
      await db.$transaction(async (tx) => {
        await tx.complaint.update({ where: { id: c.id }, data: { reminderSentAt: now } });
        await tx.complaintEvent.create({ data: { complaintId: c.id, kind: "reminder", actorKind: "system", ...TO_BUSINESS, createdAt: now } });
        const owners = await tx.businessMembership.findMany({ where: { businessId: c.businessId!, role: "OWNER" }, select: { user: { select: { email: true } } } });
        for (const o of owners) await enqueueEmail(tx, { to: o.user.email, subject: mail.subject(c.code), text: mail.text({ code: c.code, due }) });
      });
      reminded++;
    }
  }
  const forEscalation = await db.complaint.count({
    where: { status: { in: ["FORWARDED", "ANSWERED"] }, OR: [{ overdueAt: { not: null }, firstAnsweredAt: null }, { escalationRequestedAt: { not: null } }] },
  });
  const erased = await eraseExpiredContacts(db, now);
  const purged = await db.outboxMessage.updateMany({
    where: { topic: "email", status: "DONE", payload: { contains: '"sensitive":true' } },
    data: { payload: JSON.stringify({ purged: true }) },
  });
  return { flagged, reminded, forEscalation, erased, purgedEmails: purged.count };
}

/** Deletes the contact row of complaints closed (or rejected) more than the retention period ago. */
export async function eraseExpiredContacts(db: Db, now = new Date(), months = complaintConfig().COMPLAINT_CONTACT_RETENTION_MONTHS): Promise<number> {
  const cutoff = fromVnLocal(addMonths(vnDateKey(now), -months));
  const expired = await db.complaint.findMany({
    where: { closedAt: { lt: cutoff }, status: { in: ["CLOSED", "REJECTED"] }, contact: { isNot: null } },
    select: { id: true },
  });
  for (const { id } of expired) {
    await db.$transaction(async (tx) => {
      await tx.complainantContact.delete({ where: { complaintId: id } });
      await tx.complaintEvent.create({ data: { complaintId: id, kind: "contact_erased", actorKind: "system", ...OFFICE_ONLY, createdAt: now } });
    });
  }
  return expired.length;
}
