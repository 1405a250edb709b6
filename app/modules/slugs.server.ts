// Unique ASCII slugs for public URLs: "nuoc-mam-binh-minh", then "-2", "-3"... on collision.
import { slugify } from "~/utils/text";

export async function uniqueSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  const root = slugify(base, 70);
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  return `${root}-${Date.now().toString(36)}`;
}
