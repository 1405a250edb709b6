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

/**
 * Slugs for many names at once: `takenAmong(roots)` returns the existing slugs starting with any
 * of the roots (one query), and the numbering is then done in memory, also between the names.
 */
export async function uniqueSlugs(names: readonly string[], takenAmong: (roots: string[]) => Promise<string[]>): Promise<string[]> {
  const roots = names.map((name) => slugify(name, 70));
  const taken = new Set<string>();
  const distinct = [...new Set(roots)];
  for (let at = 0; at < distinct.length; at += 200) {
    for (const slug of await takenAmong(distinct.slice(at, at + 200))) taken.add(slug);
  }
  return roots.map((root) => {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? root : `${root}-${n}`;
      if (!taken.has(candidate)) {
        taken.add(candidate);
        return candidate;
      }
    }
  });
}
