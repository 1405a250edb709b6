// An amount of đồng in Vietnamese words, as written on receipts ("Bằng chữ"):
// 150 000 → "Một trăm năm mươi nghìn đồng", 1 000 005 → "Một triệu không trăm linh năm đồng".
// Rules: "linh" (or "lẻ") for a zero ten before a unit; "mốt" for 1 after a ten ≥ 20;
// "tư" for 4 after a ten ≥ 20; "lăm" for 5 after any ten; "mười" for the ten 1;
// a group after a larger one is read in full ("không trăm …").

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
const SCALES = ["", "nghìn", "triệu"];

function readTriple(n: number, full: boolean, zeroTen: string): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(DIGITS[hundreds]!, "trăm");
  if (tens === 0) {
    if (units > 0) {
      if (words.length) words.push(zeroTen);
      words.push(DIGITS[units]!);
    }
  } else if (tens === 1) {
    words.push("mười");
    if (units === 5) words.push("lăm");
    else if (units > 0) words.push(DIGITS[units]!);
  } else {
    words.push(DIGITS[tens]!, "mươi");
    if (units === 1) words.push("mốt");
    else if (units === 4) words.push("tư");
    else if (units === 5) words.push("lăm");
    else if (units > 0) words.push(DIGITS[units]!);
  }
  return words;
}

/** Words for 1 ≤ n; `full` when a larger group came before (then "không trăm …" is read). */
function readNumber(n: number, full: boolean, zeroTen: string): string[] {
  const billions = Math.floor(n / 1e9);
  const rest = n % 1e9;
  const words: string[] = [];
  // Above a billion the count of "tỷ" is itself a number: 1 500 tỷ = "một nghìn năm trăm tỷ".
  if (billions > 0) words.push(...readNumber(billions, full, zeroTen), "tỷ");
  const groups = [Math.floor(rest / 1e6), Math.floor(rest / 1e3) % 1000, rest % 1000];
  groups.forEach((group, index) => {
    if (group === 0) return;
    words.push(...readTriple(group, full || words.length > 0, zeroTen));
    if (SCALES[2 - index]) words.push(SCALES[2 - index]!);
  });
  return words;
}

export function amountInWords(amountVnd: number, { zeroTen = "linh" }: { zeroTen?: "linh" | "lẻ" } = {}): string {
  if (!Number.isSafeInteger(amountVnd) || amountVnd < 0) throw new RangeError(`Not a whole number of đồng: ${amountVnd}`);
  const words = amountVnd === 0 ? ["không"] : readNumber(amountVnd, false, zeroTen);
  const text = `${words.join(" ")} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
