// Serves a stored file by id. Public files are cached for a year (their bytes never change under
// an id); anything the visitor may not read answers 404, exactly like an unknown id, so ids
// cannot be probed. Content-Type comes from our row, never from the bytes or the upload.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { findReadableFile } from "~/modules/catalog/businesses.server";
import { getFileStore } from "~/modules/files/file-store.server";
import { db, dbReady } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { getActor } from "~/utils/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  await dbReady;
  const file = await findReadableFile(db, { actor, fileId: params.id ?? "" });
  if (!file) throw notFound();
  const thumb = new URL(request.url).searchParams.get("size") === "thumb" && file.thumbKey;
  const bytes = await getFileStore().get(thumb ? file.thumbKey! : file.storageKey);
  if (!bytes) throw notFound();

  const headers = new Headers({
    "Content-Type": file.mimeType,
    "Content-Length": String(bytes.length),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": file.isPublic ? "public, max-age=31536000, immutable" : "private, no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
  });
  if (file.mimeType === "application/pdf") {
    // A PDF never runs with the site's origin: sandboxed, and private ones only as downloads.
    headers.set("Content-Security-Policy", "sandbox");
    const name = encodeURIComponent(file.originalName ?? `${file.id}.pdf`);
    headers.set("Content-Disposition", `${file.isPublic ? "inline" : "attachment"}; filename*=UTF-8''${name}`);
  }
  return new Response(new Uint8Array(bytes), { status: 200, headers });
}
