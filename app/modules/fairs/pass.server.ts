// The exhibitor's printable pass: only the approved registration of the business asking, with a
// QR code of the office's check-in URL carrying the pass code. Scanned by the check-in page's
// camera, the code is read from the URL; scanned by a phone's own camera app, the URL opens the
// check-in page (for a logged-in officer) with the code filled in, one press from done.
import { NotFound } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import type { Db } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { printableQrSvg } from "~/utils/qr.server";
import { requireMember } from "./registrations.server";

export interface PassView {
  fairName: string;
  dates: string;
  venue: string;
  address: string;
  booth: string;
  business: string;
  /** the code in groups of five, as a person reads it aloud or types it */
  passCode: string;
  checkInUrl: string;
  qrSvg: string;
}

export function checkInUrl(fairId: string, passCode: string): string {
  const url = new URL(`/office/fairs/${fairId}/check-in`, env().APP_URL);
  url.searchParams.set("code", passCode);
  return url.toString();
}

export async function exhibitorPass(db: Db, { actor, businessId, slug, language }: { actor: Actor; businessId: string; slug: string; language: string }): Promise<PassView> {
  requireMember(actor, businessId);
  const r = await db.fairRegistration.findFirst({
    where: { businessId, status: "APPROVED", passCode: { not: null }, fair: { slug } },
    select: {
      passCode: true,
      booth: { select: { code: true } },
      business: { select: { name: true } },
      fair: { select: { id: true, name: true, venue: true, startsAt: true, endsAt: true, commune: { select: { name: true } }, province: { select: { name: true } } } },
    },
  });
  if (!r?.passCode) throw new NotFound();
  const url = checkInUrl(r.fair.id, r.passCode);
  return {
    fairName: r.fair.name,
    dates: `${formatDate(r.fair.startsAt, language)} – ${formatDate(r.fair.endsAt, language)}`,
    venue: r.fair.venue,
    address: [r.fair.commune.name, r.fair.province.name].join(", "),
    booth: r.booth?.code ?? "—",
    business: r.business.name,
    passCode: r.passCode.replace(/(.{5})(?=.)/g, "$1 "),
    checkInUrl: url,
    qrSvg: await printableQrSvg(url),
  };
}
