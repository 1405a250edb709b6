// Vietnamese text helpers shared by search, slugs and address matching. Folding must be
// the same for indexed text and for queries: NFD, strip combining marks, đ→d, lowercase.

export function foldVietnamese(input: string): string {
  return input
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .normalize("NFC");
}

/** ASCII, lowercase, hyphen-separated: "Nước mắm Cửa Đại" → "nuoc-mam-cua-dai". */
export function slugify(input: string, maxLength = 80): string {
  const slug = foldVietnamese(input)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
  return slug || "muc";
}

/** Trims, collapses inner whitespace and normalises to NFC (what users paste is often NFD). */
export function cleanText(input: string): string {
  return input.normalize("NFC").replace(/\s+/g, " ").trim();
}
