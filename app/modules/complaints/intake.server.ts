// Filing a complaint (no account). The slow work (PIN hash, file re-encoding) happens before
// the transaction; the transaction writes the complaint, its contact row, its first event, the
// evidence rows and, when an e-mail was given, the acknowledgement in the outbox. It has
// committed (synchronous=FULL) before the code and PIN are shown: an acknowledged complaint
// survives a crash.
import type { Prisma } from "~/generated/prisma/client";
import { PUBLIC_PRODUCER_WHERE as PUBLIC_PRODUCER, PUBLIC_PRODUCT_WHERE as PUBLIC_PRODUCT, PUBLIC_SALES_POINT_WHERE as PUBLIC_SALES_POINT } from "~/modules/catalog/visibility";
import { enqueue } from "~/modules/notifications/outbox.server";
import { hashPassword } from "~/modules/identity/password.server";
import { discardPrepared, recordUpload, type PreparedUpload } from "~/modules/files/uploads.server";
import type { Db, Tx } from "~/utils/db.server";
import { normaliseVietnamesePhone } from "~/utils/identifiers";
import { foldVietnamese } from "~/utils/text";
import type { IntakeInput } from "./complaint.schema";
import { generatePin, generateTrackingCode } from "./codes.server";
import { TO_COMPLAINANT } from "./model";

type Reader = Db | Tx;

/** What a complaint is about, when it is on the platform. */
export interface ComplaintTarget {
  kind: "product" | "producer" | "salesPoint";
  label: string;
  businessName: string;
  businessId: string;
  productId: string | null;
  salesPointId: string | null;
  communeCode: string | null;
  provinceCode: string | null;
  /** the value to put back in the form: a product or producer slug, or a sales point id */
  key: string;
}

/** The public product, producer or sales point a complaint names; null when none is public. */
export async function resolveTarget(
  client: Reader,
  ref: { productSlug?: string; producerSlug?: string; salesPointId?: string },
): Promise<ComplaintTarget | null> {
  if (ref.productSlug) {
    const p = await client.product.findFirst({
      where: { AND: [PUBLIC_PRODUCT, { slug: ref.productSlug }] },
      select: { id: true, name: true, slug: true, business: { select: { id: true, name: true, communeCode: true, provinceCode: true } } },
    });
    if (!p) return null;
    return {
      kind: "product",
      label: p.name,
      businessName: p.business.name,
      businessId: p.business.id,
      productId: p.id,
      salesPointId: null,
      communeCode: p.business.communeCode,
      provinceCode: p.business.provinceCode,
      key: p.slug,
    };
  }
  if (ref.producerSlug) {
    const b = await client.business.findFirst({
      where: { AND: [PUBLIC_PRODUCER, { slug: ref.producerSlug }] },
      select: { id: true, name: true, slug: true, communeCode: true, provinceCode: true },
    });
    if (!b) return null;
    return { kind: "producer", label: b.name, businessName: b.name, businessId: b.id, productId: null, salesPointId: null, communeCode: b.communeCode, provinceCode: b.provinceCode, key: b.slug };
  }
  if (ref.salesPointId) {
    const s = await client.salesPoint.findFirst({
      where: { AND: [PUBLIC_SALES_POINT, { id: ref.salesPointId }] },
      select: { id: true, name: true, communeCode: true, commune: { select: { provinceCode: true } }, business: { select: { id: true, name: true } } },
    });
    if (!s) return null;
    return {
      kind: "salesPoint",
      label: s.name,
      businessName: s.business.name,
      businessId: s.business.id,
      productId: null,
      salesPointId: s.id,
      communeCode: s.communeCode,
      provinceCode: s.commune.provinceCode,
      key: s.id,
    };
  }
  return null;
}

/**
 * The plain search of the intake form (works without JavaScript): public products, producers
 * and sales points whose name contains the words typed, with or without diacritics.
 */
export async function searchTargets(client: Reader, query: string, limit = 8) {
  const folded = foldVietnamese(query).trim();
  if (folded.length < 2) return [];
  const words = folded.split(/\s+/).slice(0, 5);
  const matches = (name: string) => {
    const f = foldVietnamese(name);
    return words.every((w) => f.includes(w));
  };
  // The public catalogue of one area is small (hundreds of rows): folding in memory keeps the
  // diacritic-insensitive match exact without depending on the search index.
  const [products, producers, points] = await Promise.all([
    client.product.findMany({ where: PUBLIC_PRODUCT, select: { slug: true, name: true, business: { select: { name: true } } }, take: 2000 }),
    client.business.findMany({ where: PUBLIC_PRODUCER, select: { slug: true, name: true }, take: 2000 }),
    client.salesPoint.findMany({ where: PUBLIC_SALES_POINT, select: { id: true, name: true, business: { select: { name: true } } }, take: 2000 }),
  ]);
  return [
    ...products.filter((p) => matches(p.name)).map((p) => ({ param: "product", value: p.slug, label: p.name, detail: p.business.name })),
    ...producers.filter((b) => matches(b.name)).map((b) => ({ param: "producer", value: b.slug, label: b.name, detail: null })),
    ...points.filter((s) => matches(s.name)).map((s) => ({ param: "salesPoint", value: s.id, label: s.name, detail: s.business.name })),
  ].slice(0, limit);
}

export interface FiledComplaint {
  id: string;
  code: string;
  pin: string;
}

export interface AcknowledgementMail {
  subject: (code: string) => string;
  text: (code: string, pin: string) => string;
}

function subjectOf(description: string): string {
  const firstLine = description.split(/\r?\n/)[0]!.trim();
  return firstLine.length > 100 ? `${firstLine.slice(0, 97)}…` : firstLine;
}

/** Files a complaint; `evidence` was prepared (inspected, re-encoded, stored) by the caller. */
export async function fileComplaint(
  db: Db,
  input: { form: IntakeInput; target: ComplaintTarget | null; evidence: PreparedUpload[]; mail: AcknowledgementMail; now?: Date },
): Promise<FiledComplaint> {
  const { form, target } = input;
  const now = input.now ?? new Date();
  const pin = generatePin();
  const pinHash = await hashPassword(pin);
  const phone = form.phone ? normaliseVietnamesePhone(form.phone) : null;
  const email = form.email ? form.email.toLowerCase() : null;

  for (let attempt = 0; ; attempt++) {
    const code = generateTrackingCode();
    try {
      const id = await db.$transaction(async (tx) => {
        const data: Prisma.ComplaintUncheckedCreateInput = {
          code,
          pinHash,
          subject: subjectOf(form.description),
          description: form.description,
          happenedOn: form.happenedOn ?? null,
          remedy: form.remedy,
          remedyNote: form.remedyNote ?? null,
          businessId: target?.businessId ?? null,
          productId: target?.productId ?? null,
          salesPointId: target?.salesPointId ?? null,
          businessNameText: target ? null : [form.businessNameText, form.placeText].filter(Boolean).join(" — "),
          communeCode: target?.communeCode ?? null,
          provinceCode: target?.provinceCode ?? null,
          consentShareContact: form.consentShareContact,
          vulnerable: form.vulnerable,
          receivedAt: now,
        };
        const complaint = await tx.complaint.create({ data, select: { id: true } });
        await tx.complainantContact.create({
          data: {
            complaintId: complaint.id,
            name: form.name,
            phone,
            email,
            vulnerableGroup: form.vulnerable ? (form.vulnerableGroup ?? "OTHER") : null,
          },
        });
        const event = await tx.complaintEvent.create({
          data: { complaintId: complaint.id, kind: "filed", actorKind: "complainant", ...TO_COMPLAINANT, createdAt: now },
          select: { id: true },
        });
        for (const prepared of input.evidence) {
          const file = await recordUpload(tx, prepared, { isPrivate: true });
          await tx.complaintAttachment.create({
            data: { complaintId: complaint.id, eventId: event.id, fileId: file.id, addedBy: "complainant", visibleToComplainant: true },
          });
        }
        if (email) {
          // The PIN opens the complaint: marked sensitive so the retention job blanks it once sent.
          await enqueue(tx, "email", { to: email, subject: input.mail.subject(code), text: input.mail.text(code, pin), sensitive: true });
        }
        return complaint.id;
      });
      return { id, code, pin };
    } catch (error) {
      // 40 random bits: a collision is rare; retry with a fresh code a few times.
      const unique = error instanceof Error && /Unique constraint|UNIQUE constraint/i.test(error.message) && /code/.test(error.message);
      if (!unique || attempt >= 4) {
        await discardPrepared(input.evidence);
        throw error;
      }
    }
  }
}

/** The office's working calendar (holidays and make-up Saturdays). */
export async function loadCalendar(client: Reader) {
  const [holidays, saturdays] = await Promise.all([
    client.holiday.findMany({ select: { date: true } }),
    client.workingSaturday.findMany({ select: { date: true } }),
  ]);
  return { holidays: new Set(holidays.map((h) => h.date)), workingSaturdays: new Set(saturdays.map((s) => s.date)) };
}
