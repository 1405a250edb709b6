// Money is integer đồng: VND has no minor unit, so a fractional or unsafe amount is a bug,
// never something to round away. Output is "150.000 ₫" with a plain space (U+0020), the same
// for every locale, so tests, CSV exports and screen readers all see one predictable string.

const groupedVnd = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0, useGrouping: true });

function assertDong(amount: number): void {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Not a whole number of đồng: ${amount}`);
}

/**
 * "150.000 ₫". `locale` is accepted for call-site symmetry with the date helpers, but
 * Vietnamese grouping is kept for English too: "₫150,000" would put the same price in two
 * shapes on one bilingual page.
 */
export function formatVnd(amount: number, _locale = "vi"): string {
  assertDong(amount);
  return `${groupedVnd.format(amount)} ₫`;
}

const CURRENCY_MARK = /(₫|vnđ|vnd|đồng|đ)$/iu;
// Thousands groups of exactly three digits with one consistent separator, or bare digits.
// "1.5" and "1,50" are rejected: in Vietnamese they could be a decimal, and đồng has none.
const GROUPED = /^\d{1,3}(?:([.,\s])\d{3})?(?:\1\d{3})*$/;
const BARE = /^\d+$/;

/** Reads what a person types for a price: "150.000", "150000", "150.000 ₫", "150,000" → 150000. */
export function parseVnd(input: string): number | null {
  const text = input
    .normalize("NFC")
    .replace(/[\u00a0\u202f]/g, " ")
    .trim()
    .replace(CURRENCY_MARK, "")
    .trim();
  if (!BARE.test(text) && !GROUPED.test(text)) return null;
  const amount = Number(text.replace(/[.,\s]/g, ""));
  return Number.isSafeInteger(amount) ? amount : null;
}
