// Redacting a piece of evidence: the office uploads a redacted copy; the business reads only
// that copy, never the original — through the module, the complaint's file door
// (/complaints/files/:id), the generic /files/:id and the redaction page itself.
import { beforeAll, describe, expect, it } from "vitest";
import { createBusinessWithOwner, officeActor, pdfBytes, pngBytes, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { Forbidden, Invalid, NotFound } from "~/modules/errors";
import { getFileStore } from "~/modules/files/file-store.server";
import type { Actor } from "~/modules/identity/permissions";
import { action as redactPageAction, loader as redactPageLoader } from "~/routes/office.complaints.$id_.attachments.$attachmentId";
import { loader as complaintFileLoader } from "~/routes/complaints.files.$id";
import { loader as storedFileLoader } from "~/routes/files.$id";
import { db, dbReady } from "~/utils/db.server";
import { startSession } from "~/utils/session.server";
import { businessComplaint } from "./business.server";
import { prepareEvidence } from "./evidence.server";
import { fileComplaint, resolveTarget } from "./intake.server";
import { officeAct, redactAttachment } from "./office.server";

const mail = { subject: (code: string) => `Đã nhận ${code}`, text: (code: string, pin: string) => `Mã ${code}, PIN ${pin}` };
let officer: Actor;
let shop: Awaited<ReturnType<typeof createBusinessWithOwner>>;
let productSlug: string;
let officerCookie: string;
let shopCookie: string;

async function cookieFor(userId: string): Promise<string> {
  const response = await startSession(new Request("http://localhost/login"), userId, "/");
  return response.headers.get("Set-Cookie")!.split(";")[0]!;
}

async function prepared(bytes: Buffer, name: string) {
  const result = await prepareEvidence([new File([new Uint8Array(bytes)], name, { type: name.endsWith(".pdf") ? "application/pdf" : "image/png" })]);
  if (!result.ok) throw new Error(result.message);
  return result.prepared[0]!;
}

/** A complaint with one photo, as the complainant filed it (no consent to share contact). */
async function complaintWithPhoto() {
  const form = {
    description: "Ảnh hóa đơn có ghi số điện thoại của tôi, nhờ che giúp.",
    remedy: "REFUND" as const,
    name: "Hồ Văn Tám",
    phone: "0396118420",
    consentShareContact: false,
    vulnerable: false,
    productSlug,
  };
  const filed = await fileComplaint(db, { form, target: await resolveTarget(db, form), evidence: [await prepared(await pngBytes("#1d4ed8", 40), "hoa-don.png")], mail });
  const original = await db.complaintAttachment.findFirstOrThrow({ where: { complaintId: filed.id }, select: { id: true, fileId: true } });
  return { id: filed.id, original };
}

async function fetchComplaintFile(attachmentId: string, cookie?: string) {
  const request = new Request(`http://localhost/complaints/files/${attachmentId}`, { headers: cookie ? { Cookie: cookie } : {} });
  try {
    return (await complaintFileLoader({ request, params: { id: attachmentId }, context: {} })) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

async function fetchStoredFile(fileId: string, cookie: string) {
  const request = new Request(`http://localhost/files/${fileId}`, { headers: { Cookie: cookie } });
  try {
    return (await storedFileLoader({ request, params: { id: fileId }, context: {} })) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

async function postRedaction(complaintId: string, attachmentId: string, cookie: string, file?: File) {
  const body = new FormData();
  if (file) body.set("redacted", file);
  else body.set("redacted", new File([], "", { type: "application/octet-stream" }));
  const request = new Request(`http://localhost/office/complaints/${complaintId}/attachments/${attachmentId}`, { method: "POST", body, headers: { Cookie: cookie } });
  try {
    return (await redactPageAction({ request, params: { id: complaintId, attachmentId }, context: {} })) as unknown;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

beforeAll(async () => {
  await dbReady;
  const { sauce } = await seedPlacesAndCategories(db);
  shop = await createBusinessWithOwner(db);
  const product = await db.product.create({
    data: { slug: `nuoc-mam-redact-${Date.now()}`, name: "Nước mắm cá cơm", businessId: shop.business.id, status: "APPROVED", categoryId: sauce.id },
  });
  productSlug = product.slug;
  officer = await officeActor(db);
  officerCookie = await cookieFor(officer.userId);
  shopCookie = await cookieFor(shop.user.id);
});

describe("redacting an attachment", () => {
  it("gives the business only the redacted copy, before and after forwarding, and never the original", async () => {
    const { id, original } = await complaintWithPhoto();
    const { copyId } = await redactAttachment(db, { actor: officer, complaintId: id, attachmentId: original.id, prepared: await prepared(await pngBytes("#000000", 40), "hoa-don-da-che.png") });
    await officeAct(db, { actor: officer, id, action: { intent: "forward" } });

    const seen = await businessComplaint(db, { businessId: shop.business.id, id });
    expect(seen.evidence.map((a) => a.id)).toEqual([copyId]);
    expect(JSON.stringify(seen)).not.toContain(original.id);

    // Through the complaint's door: the copy yes, the original 404 like an unknown id.
    const copyResponse = await fetchComplaintFile(copyId, shopCookie);
    expect(copyResponse.status).toBe(200);
    const originalResponse = await fetchComplaintFile(original.id, shopCookie);
    expect(originalResponse.status).toBe(404);
    // Nor by the stored file's own id.
    expect((await fetchStoredFile(original.fileId, shopCookie)).status).toBe(404);
    // The office still reads the original, and its bytes differ from the copy.
    const officeOriginal = await fetchComplaintFile(original.id, officerCookie);
    expect(officeOriginal.status).toBe(200);
    expect(Buffer.from(await officeOriginal.arrayBuffer()).equals(Buffer.from(await copyResponse.arrayBuffer()))).toBe(false);
    // Anonymous: nothing.
    expect((await fetchComplaintFile(original.id)).status).toBe(404);

    // Office-only timeline entry and an audit row naming both files.
    const event = await db.complaintEvent.findFirstOrThrow({ where: { complaintId: id, kind: "redacted" } });
    expect([event.visibleToBusiness, event.visibleToComplainant]).toEqual([false, false]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "complaint.redact_attachment" } });
    expect(JSON.parse(audit.data ?? "{}")).toMatchObject({ attachmentId: original.id, copyId });
  });

  it("replaces an earlier copy after forwarding: the business reads exactly the new one, the old bytes are gone", async () => {
    const { id, original } = await complaintWithPhoto();
    await officeAct(db, { actor: officer, id, action: { intent: "forward" } });
    // Forwarded without a redaction: the business could read the original until now.
    expect((await fetchComplaintFile(original.id, shopCookie)).status).toBe(200);
    const first = await redactAttachment(db, { actor: officer, complaintId: id, attachmentId: original.id, prepared: await prepared(await pngBytes("#111111", 40), "ban-che-1.png") });
    const firstFile = await db.complaintAttachment.findUniqueOrThrow({ where: { id: first.copyId }, select: { file: { select: { id: true, storageKey: true } } } });
    expect((await fetchComplaintFile(original.id, shopCookie)).status).toBe(404);
    expect((await fetchComplaintFile(first.copyId, shopCookie)).status).toBe(200);

    const second = await redactAttachment(db, { actor: officer, complaintId: id, attachmentId: original.id, prepared: await prepared(pdfBytes(), "ban-che-2.pdf") });
    expect(await db.complaintAttachment.count({ where: { id: first.copyId } })).toBe(0);
    expect(await db.storedFile.count({ where: { id: firstFile.file.id } })).toBe(0);
    expect(await getFileStore().get(firstFile.file.storageKey)).toBeNull();
    const seen = await businessComplaint(db, { businessId: shop.business.id, id });
    expect(seen.evidence.map((a) => a.id)).toEqual([second.copyId]);
    expect((await fetchComplaintFile(original.id, shopCookie)).status).toBe(404);
  });

  it("refuses non-officers, copies, other complaints' files and closed complaints, and keeps no file behind", async () => {
    const { id, original } = await complaintWithPhoto();
    const other = await complaintWithPhoto();
    const attempt = async (actor: Actor, complaintId: string, attachmentId: string) => {
      const p = await prepared(await pngBytes("#222222", 40), "x.png");
      const error = await redactAttachment(db, { actor, complaintId, attachmentId, prepared: p }).catch((e: unknown) => e);
      expect(await getFileStore().get(p.storageKey)).toBeNull();
      return error;
    };
    expect(await attempt(shop.actor, id, original.id)).toBeInstanceOf(Forbidden);
    expect(await attempt(officer, id, other.original.id)).toBeInstanceOf(NotFound);
    const { copyId } = await redactAttachment(db, { actor: officer, complaintId: id, attachmentId: original.id, prepared: await prepared(await pngBytes("#333333", 40), "che.png") });
    expect(await attempt(officer, id, copyId)).toBeInstanceOf(Invalid);
    await officeAct(db, { actor: officer, id, action: { intent: "close", outcome: "WITHDRAWN" } });
    expect(await attempt(officer, id, original.id)).toMatchObject({ code: "conflict" });
    expect(await db.complaintAttachment.count({ where: { complaintId: id, redactedFromId: original.id } })).toBe(1);
  });
});

describe("the redaction page", () => {
  it("serves officers only, and answers a missing or refused file next to the field with a 4xx", async () => {
    const { id, original } = await complaintWithPhoto();
    const load = (cookie: string) =>
      redactPageLoader({ request: new Request(`http://localhost/office/complaints/${id}/attachments/${original.id}`, { headers: { Cookie: cookie } }), params: { id, attachmentId: original.id }, context: {} }).catch(
        (thrown: unknown) => thrown,
      );
    expect(((await load(shopCookie)) as Response).status).toBe(403);
    expect(await load(officerCookie)).toMatchObject({ redactable: true, copy: null, original: { id: original.id, image: true } });

    const byBusiness = (await postRedaction(id, original.id, shopCookie, new File([new Uint8Array(await pngBytes())], "x.png", { type: "image/png" }))) as Response;
    expect(byBusiness.status).toBe(403);

    const empty = (await postRedaction(id, original.id, officerCookie)) as { init: { status: number }; data: { error: Record<string, string[]> } };
    expect(empty.init.status).toBe(400);
    expect(empty.data.error.redacted).toEqual(["complaints.errors.redactedFile"]);

    const notAnImage = (await postRedaction(id, original.id, officerCookie, new File(["xin chào"], "ghi-chu.txt", { type: "text/plain" }))) as { init: { status: number }; data: { error: Record<string, string[]> } };
    expect(notAnImage.init.status).toBe(400);
    expect(notAnImage.data.error.redacted?.[0]).toMatch(/\S/);
    expect(await db.complaintAttachment.count({ where: { redactedFromId: original.id } })).toBe(0);

    const saved = (await postRedaction(id, original.id, officerCookie, new File([new Uint8Array(await pngBytes("#000000", 40))], "da-che.png", { type: "image/png" }))) as Response;
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe(`/office/complaints/${id}/attachments/${original.id}`);
    expect(await load(officerCookie)).toMatchObject({ copy: { name: "da-che.png", toBusiness: false } });
  });
});
