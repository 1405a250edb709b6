// The daily certificate job and the office's "expiring soon" list. A certificate is valid
// through its whole expiry day in Vietnam (see certificate-state.ts), so the job marks it
// EXPIRED from the next VN day on. Reminders go out once per certificate (reminderSentAt),
// EXPIRY_REMINDER_DAYS before the expiry day, to the holder and to the office.
import type { Prisma } from "~/generated/prisma/client";
import { createI18nInstance } from "~/i18next.server";
import { isLanguage, type Language } from "~/i18n";
import { recordAudits } from "~/modules/audit/audit.server";
import { Forbidden } from "~/modules/errors";
import { hasPermission, type Actor } from "~/modules/identity/permissions";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { syncSearch } from "~/modules/search/sync.server";
import type { Db, Tx } from "~/utils/db.server";
import { addDays, formatDate, fromVnLocal, vnDateKey } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { certificatePublicState, EXPIRY_REMINDER_DAYS, type CertificateStatus } from "./certificate-state";

export interface CertificateExpiryResult {
  /** certificates switched from ACTIVE to EXPIRED */
  expired: number;
  /** certificates whose reminder was sent in this run */
  reminded: number;
  /** e-mails written to the outbox */
  emails: number;
}

/** The window of expiry instants, [start of today, end of today + days], in VN days. */
function reminderWindow(now: Date, days = EXPIRY_REMINDER_DAYS) {
  const today = vnDateKey(now);
  return { from: fromVnLocal(today), to: fromVnLocal(addDays(today, days), 1440) };
}

const reminderSelect = {
  id: true,
  kind: true,
  title: true,
  number: true,
  stars: true,
  year: true,
  expiresOn: true,
  verificationCode: true,
  business: {
    select: {
      name: true,
      email: true,
      memberships: {
        where: { role: "OWNER", user: { disabledAt: null } },
        select: { user: { select: { email: true, locale: true } } },
      },
    },
  },
  product: { select: { name: true } },
  salesPoint: { select: { name: true } },
} satisfies Prisma.CertificateSelect;
type ReminderRow = Prisma.CertificateGetPayload<{ select: typeof reminderSelect }>;

type Translate = (key: string, options?: Record<string, unknown>) => string;

async function translators(): Promise<Record<Language, Translate>> {
  const [vi, en] = await Promise.all([createI18nInstance("vi"), createI18nInstance("en")]);
  return { vi: vi.getFixedT("vi", "common") as Translate, en: en.getFixedT("en", "common") as Translate };
}

function describe(row: ReminderRow, t: Translate, language: Language) {
  return {
    kind: t(`catalog.certificateKind.${row.kind}`),
    number: row.number,
    subject: row.product?.name ?? row.salesPoint?.name ?? row.business.name,
    holder: row.business.name,
    expiresOn: row.expiresOn ? formatDate(row.expiresOn, language) : "",
    url: new URL(`/verify/${row.verificationCode}`, env().APP_URL).toString(),
  };
}

/**
 * (a) ACTIVE certificates whose expiry day is before today's VN date become EXPIRED, and the
 * search index follows in the same transaction; (b) ACTIVE certificates expiring within
 * EXPIRY_REMINDER_DAYS and not yet reminded get one e-mail to the holder (business address and
 * owners) and one digest per officer. Safe to run any number of times a day.
 *
 * No transaction is held across slow work (ADR 0010): the rows are read and every e-mail is
 * rendered first; each transaction then only writes, re-checking the state it read (a
 * certificate renewed or reminded meanwhile is left alone, and the run is retried next tick).
 */
export async function runCertificateExpiry(client: Db, now = new Date()): Promise<CertificateExpiryResult> {
  const window = reminderWindow(now);
  const t = await translators();

  // (a) expire
  const lapsed = await client.certificate.findMany({
    where: { status: "ACTIVE", expiresOn: { lt: window.from } },
    select: { id: true, businessId: true, productId: true, salesPointId: true, number: true, kind: true },
  });
  let expired = 0;
  if (lapsed.length) {
    expired = await client.$transaction(async (tx) => {
      const still = await tx.certificate.findMany({
        where: { id: { in: lapsed.map((c) => c.id) }, status: "ACTIVE", expiresOn: { lt: window.from } },
        select: { id: true },
      });
      const ids = new Set(still.map((c) => c.id));
      const lapsing = lapsed.filter((c) => ids.has(c.id));
      if (!lapsing.length) return 0;
      await tx.certificate.updateMany({ where: { id: { in: [...ids] } }, data: { status: "EXPIRED", statusChangedAt: now } });
      await recordAudits(
        tx,
        lapsing.map((c) => ({
          actorId: null,
          action: "certificate.expire",
          entityType: "Certificate",
          entityId: c.id,
          data: { kind: c.kind, number: c.number },
        })),
      );
      await syncSearch(
        tx,
        {
          productIds: unique(lapsing.map((c) => c.productId)),
          salesPointIds: unique(lapsing.map((c) => c.salesPointId)),
          businessIds: unique(lapsing.map((c) => c.businessId)),
        },
        { now },
      );
      return lapsing.length;
    });
  }

  // (b) remind: read and render first, then claim and enqueue in one short transaction.
  const due = await client.certificate.findMany({
    where: { status: "ACTIVE", reminderSentAt: null, expiresOn: { gte: window.from, lt: window.to } },
    orderBy: { expiresOn: "asc" },
    select: reminderSelect,
  });
  if (!due.length) return { expired, reminded: 0, emails: 0 };
  const emails: { to: string; subject: string; text: string }[] = [];
  for (const row of due) {
    const recipients = new Map<string, Language>();
    if (row.business.email) recipients.set(row.business.email.toLowerCase(), "vi");
    for (const { user } of row.business.memberships) {
      recipients.set(user.email.toLowerCase(), isLanguage(user.locale) ? user.locale : "vi");
    }
    for (const [to, language] of recipients) {
      const tr = t[language];
      const facts = describe(row, tr, language);
      emails.push({ to, subject: tr("catalog.expiry.holderSubject", facts), text: tr("catalog.expiry.holderBody", facts) });
    }
  }
  const officers = await client.user.findMany({ where: { role: "OFFICER", disabledAt: null }, select: { email: true, locale: true } });
  for (const officer of officers) {
    const language: Language = isLanguage(officer.locale) ? officer.locale : "vi";
    const tr = t[language];
    const lines = due.map((row) => tr("catalog.expiry.officeLine", describe(row, tr, language)));
    emails.push({
      to: officer.email,
      subject: tr("catalog.expiry.officeSubject", { count: due.length }),
      text: tr("catalog.expiry.officeBody", {
        count: due.length,
        lines: lines.join("\n"),
        url: new URL("/office/certificates/expiring", env().APP_URL).toString(),
      }),
    });
  }
  await client.$transaction(async (tx) => {
    const claimed = await tx.certificate.updateMany({
      where: { id: { in: due.map((c) => c.id) }, status: "ACTIVE", reminderSentAt: null },
      data: { reminderSentAt: now },
    });
    // Another run (or an office act) got there first: write nothing, the next run starts afresh.
    if (claimed.count !== due.length) throw new Error("certificate reminders changed while they were being prepared");
    for (const email of emails) await enqueueEmail(tx, email);
  });
  return { expired, reminded: due.length, emails: emails.length };
}

function unique(ids: (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

// ───────────────────────────── the office list ─────────────────────────────

export const RECENTLY_EXPIRED_DAYS = 30;

export interface ExpiringCertificate {
  id: string;
  kind: "OCOP" | "HVNCLC" | "SALES_POINT" | "OTHER";
  number: string;
  stars: number | null;
  year: number | null;
  expiresOn: Date;
  state: ReturnType<typeof certificatePublicState>;
  reminderSentAt: Date | null;
  holder: { id: string; name: string; slug: string };
  subject: string | null;
  verifyPath: string;
}

/**
 * For officers: ACTIVE certificates expiring within EXPIRY_REMINDER_DAYS (today included),
 * and certificates whose expiry day passed in the last RECENTLY_EXPIRED_DAYS (revoked ones
 * are left out: they ended by decision, not by date).
 */
export async function listExpiringCertificates(
  client: Db | Tx,
  { actor, now = new Date() }: { actor: Actor; now?: Date },
): Promise<{ expiringSoon: ExpiringCertificate[]; recentlyExpired: ExpiringCertificate[] }> {
  if (!hasPermission(actor, "office:certificates:manage")) throw new Forbidden();
  const window = reminderWindow(now);
  const since = fromVnLocal(addDays(vnDateKey(now), -RECENTLY_EXPIRED_DAYS));
  const rows = await client.certificate.findMany({
    where: {
      status: { in: ["ACTIVE", "EXPIRED", "SUSPENDED"] },
      expiresOn: { gte: since, lt: window.to },
    },
    orderBy: [{ expiresOn: "asc" }, { number: "asc" }],
    select: {
      id: true,
      kind: true,
      number: true,
      stars: true,
      year: true,
      status: true,
      expiresOn: true,
      reminderSentAt: true,
      verificationCode: true,
      business: { select: { id: true, name: true, slug: true } },
      product: { select: { name: true } },
      salesPoint: { select: { name: true } },
    },
  });
  const expiringSoon: ExpiringCertificate[] = [];
  const recentlyExpired: ExpiringCertificate[] = [];
  for (const row of rows) {
    const expiresOn = row.expiresOn!;
    const view: ExpiringCertificate = {
      id: row.id,
      kind: row.kind,
      number: row.number,
      stars: row.stars,
      year: row.year,
      expiresOn,
      state: certificatePublicState({ status: row.status as CertificateStatus, expiresOn }, now),
      reminderSentAt: row.reminderSentAt,
      holder: row.business,
      subject: row.product?.name ?? row.salesPoint?.name ?? null,
      verifyPath: `/verify/${row.verificationCode}`,
    };
    if (expiresOn < window.from) recentlyExpired.push(view);
    else if (row.status === "ACTIVE") expiringSoon.push(view);
  }
  recentlyExpired.reverse();
  return { expiringSoon, recentlyExpired };
}
