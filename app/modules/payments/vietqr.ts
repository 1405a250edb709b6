// VietQR: the EMVCo merchant-presented QR payload that Vietnamese banking apps read (NAPAS
// "QR chuyển nhanh 24/7" to an account). Each field is ID (2 digits) + length (2 digits) +
// value; tag 63 is a CRC-16/CCITT-FALSE over everything before it, "6304" included.

export const VIETQR_GUID = "A000000727";
export const TRANSFER_TO_ACCOUNT = "QRIBFTTA";

export interface VietQrInput {
  /** 6-digit NAPAS bank identification number */
  bankBin: string;
  accountNumber: string;
  /** integer đồng; omitted for a static QR */
  amountVnd?: number;
  /** transfer note, ASCII (tag 62-08) */
  note?: string;
}

/** One EMVCo TLV field. */
export function tlv(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) throw new RangeError(`Bad EMVCo id ${id}`);
  if (value.length > 99) throw new RangeError(`EMVCo value too long for ${id}`);
  return `${id}${String(value.length).padStart(2, "0")}${value}`;
}

/** CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final xor. */
export function crc16CcittFalse(text: string): number {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

export function buildVietQrPayload({ bankBin, accountNumber, amountVnd, note }: VietQrInput): string {
  if (!/^\d{6}$/.test(bankBin)) throw new RangeError("bankBin must be 6 digits");
  if (!/^[0-9A-Za-z]{1,19}$/.test(accountNumber)) throw new RangeError("account number must be 1–19 letters or digits");
  if (note !== undefined && !/^[\x20-\x7e]{1,25}$/.test(note)) throw new RangeError("note must be 1–25 ASCII characters");
  const dynamic = amountVnd !== undefined;
  if (dynamic && (!Number.isSafeInteger(amountVnd) || amountVnd <= 0)) throw new RangeError("amount must be a positive whole number of đồng");
  const beneficiary = tlv("00", bankBin) + tlv("01", accountNumber);
  const merchant = tlv("00", VIETQR_GUID) + tlv("01", beneficiary) + tlv("02", TRANSFER_TO_ACCOUNT);
  const body =
    tlv("00", "01") +
    tlv("01", dynamic ? "12" : "11") +
    tlv("38", merchant) +
    tlv("53", "704") +
    (dynamic ? tlv("54", String(amountVnd)) : "") +
    tlv("58", "VN") +
    (note ? tlv("62", tlv("08", note)) : "") +
    "6304";
  return body + crc16CcittFalse(body).toString(16).toUpperCase().padStart(4, "0");
}
