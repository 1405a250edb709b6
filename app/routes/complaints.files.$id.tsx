// Serves a complaint attachment to those allowed (see modules/complaints/files.server.ts);
// anyone else gets the same 404 as for an unknown id. Never cached, PDFs only as downloads.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { complaintAccess } from "~/modules/complaints/access-cookie.server";
import { readableComplaintFile } from "~/modules/complaints/files.server";
import { getFileStore } from "~/modules/files/file-store.server";
import { db, dbReady } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { getActor } from "~/utils/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [actor, complainantComplaintId] = await Promise.all([getActor(request), complaintAccess(request)]);
  await dbReady;
  const file = await readableComplaintFile(db, { attachmentId: params.id ?? "", actor, complainantComplaintId });
  if (!file) throw notFound();
  const bytes = await getFileStore().get(file.storageKey);
  if (!bytes) throw notFound();
  const headers = new Headers({
    "Content-Type": file.mimeType,
    "Content-Length": String(bytes.length),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Content-Security-Policy": "sandbox",
  });
  if (file.mimeType === "application/pdf") {
    headers.set("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.originalName ?? `${file.id}.pdf`)}`);
  }
  return new Response(new Uint8Array(bytes), { status: 200, headers });
}
