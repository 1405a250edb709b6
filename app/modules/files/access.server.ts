// Who may read a stored file. Public files (photos of published products, logos of verified
// businesses, sales-point photos) are readable by anyone; private ones (certificate scans,
// complaint evidence, inspection photos) and files not yet public (everything of a business
// before it is verified, photos of a product until it is published) only by members of the
// owning business and by officers and admins. Partners and anonymous visitors never.
import type { Role } from "~/generated/prisma/enums";
import type { Actor } from "~/modules/identity/permissions";
import type { Db, Tx } from "~/utils/db.server";

export type FileReader = { role: Role; businessIds: string[] };

export function canReadFile(
  file: { isPrivate: boolean; businessId: string | null },
  actor: FileReader | null,
): boolean {
  if (!file.isPrivate) return true;
  if (!actor) return false;
  if (actor.role === "OFFICER" || actor.role === "ADMIN") return true;
  if (actor.role === "BUSINESS") return file.businessId !== null && actor.businessIds.includes(file.businessId);
  return false;
}

/**
 * A stored file as the actor may read it, or null (unknown id, removed file and "not allowed"
 * look the same, so ids cannot be probed). `isPublic` says whether anyone may read it now,
 * which decides how it may be cached.
 */
export async function findReadableFile(client: Db | Tx, { actor, fileId }: { actor: Actor | null; fileId: string }) {
  const file = await client.storedFile.findUnique({
    where: { id: fileId },
    select: {
      id: true,
      storageKey: true,
      thumbKey: true,
      mimeType: true,
      isPrivate: true,
      businessId: true,
      originalName: true,
      business: { select: { status: true } },
      productPhotos: { select: { product: { select: { status: true } } } },
    },
  });
  if (!file) return null;
  const unpublishedProductPhoto = file.productPhotos.length > 0 && !file.productPhotos.some((p) => p.product.status === "APPROVED");
  const hidden = file.isPrivate || (file.business !== null && file.business.status !== "VERIFIED") || unpublishedProductPhoto;
  const reader = actor ? { role: actor.role, businessIds: actor.memberships.map((m) => m.businessId) } : null;
  if (!canReadFile({ isPrivate: hidden, businessId: file.businessId }, reader)) return null;
  const { business: _business, productPhotos: _photos, ...rest } = file;
  return { ...rest, isPublic: !hidden };
}
