// The certificate scan of a waiver request, for partners and officers; each view is audited.
// Private, never cached; PDFs are sandboxed and downloaded rather than shown inline.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getFileStore } from "~/modules/files/file-store.server";
import { openWaiverDocument } from "~/modules/payments/waivers.server";
import { db, dbReady } from "~/utils/db.server";
import { notFound, toHttpError } from "~/utils/http.server";
import { requirePermission } from "~/utils/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:waivers:confirm");
  await dbReady;
  let file;
  try {
    file = await openWaiverDocument(db, { actor, waiverId: params.id ?? "" });
  } catch (error) {
    throw toHttpError(error);
  }
  const bytes = await getFileStore().get(file.storageKey);
  if (!bytes) throw notFound();
  const headers = new Headers({
    "Content-Type": file.mimeType,
    "Content-Length": String(bytes.length),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "same-origin",
  });
  if (file.mimeType === "application/pdf") {
    headers.set("Content-Security-Policy", "sandbox");
    headers.set("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.originalName ?? "giay-xac-nhan.pdf")}`);
  }
  return new Response(new Uint8Array(bytes), { headers });
}
