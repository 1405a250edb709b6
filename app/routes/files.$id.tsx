// Serves a stored file by id. Anything the visitor may not read, and any removed file, answers
// 404 exactly like an unknown id, so ids cannot be probed. A public file may stop being public
// (photo deleted, logo replaced, product unpublished), so it is cached only briefly and then
// revalidated by its ETag, never as "immutable"; private files are never stored by caches.
// Content-Type comes from our row, never from the bytes or the upload. `X-Content-Type-Options`
// and `Cross-Origin-Resource-Policy` are set once for every response by helmet in server.ts:
// setting them here too would send each header twice, and browsers then ignore CORP.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { findReadableFile } from "~/modules/files/access.server";
import { getFileStore } from "~/modules/files/file-store.server";
import { db, dbReady } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { getActor } from "~/utils/session.server";

/** How long a browser or proxy may reuse a public file before asking again. */
const PUBLIC_MAX_AGE_SECONDS = 300;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  await dbReady;
  const file = await findReadableFile(db, { actor, fileId: params.id ?? "" });
  if (!file) throw notFound();
  const key = new URL(request.url).searchParams.get("size") === "thumb" && file.thumbKey ? file.thumbKey : file.storageKey;
  const cacheControl = file.isPublic ? `public, max-age=${PUBLIC_MAX_AGE_SECONDS}, must-revalidate` : "private, no-store";
  // The bytes under a key never change, so the key is a strong validator.
  const etag = `"${key.replace(/[^A-Za-z0-9._-]/g, "_")}"`;
  if (file.isPublic && request.headers.get("If-None-Match") === etag) {
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cacheControl } });
  }
  const bytes = await getFileStore().get(key);
  if (!bytes) throw notFound();

  const headers = new Headers({
    "Content-Type": file.mimeType,
    "Content-Length": String(bytes.length),
    "Cache-Control": cacheControl,
  });
  if (file.isPublic) headers.set("ETag", etag);
  if (file.mimeType === "application/pdf") {
    // A PDF never runs with the site's origin: sandboxed, and private ones only as downloads.
    headers.set("Content-Security-Policy", "sandbox");
    const name = encodeURIComponent(file.originalName ?? `${file.id}.pdf`);
    headers.set("Content-Disposition", `${file.isPublic ? "inline" : "attachment"}; filename*=UTF-8''${name}`);
  }
  return new Response(new Uint8Array(bytes), { status: 200, headers });
}
