// Who may read a stored file. Public files (product photos, logos) are readable by anyone;
// private ones (certificate scans, complaint evidence, inspection photos) only by members of
// the owning business and by officers and admins. Partners and anonymous visitors never.
import type { Role } from "~/generated/prisma/enums";

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
