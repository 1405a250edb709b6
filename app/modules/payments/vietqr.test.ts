import { describe, expect, it } from "vitest";
import { buildVietQrPayload, crc16CcittFalse } from "./vietqr";

/** An EMVCo TLV reader written independently of the builder: id(2) len(2) value(len). */
function parseTlv(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const id = text.slice(i, i + 2);
    const length = Number.parseInt(text.slice(i + 2, i + 4), 10);
    expect(Number.isNaN(length), `length of ${id} at ${i}`).toBe(false);
    const value = text.slice(i + 4, i + 4 + length);
    expect(value.length, `value of ${id}`).toBe(length);
    expect(fields.has(id), `duplicate ${id}`).toBe(false);
    fields.set(id, value);
    i += 4 + length;
  }
  return fields;
}

describe("CRC-16/CCITT-FALSE", () => {
  it("matches the catalogue check value for “123456789”", () => {
    expect(crc16CcittFalse("123456789")).toBe(0x29b1);
  });
  it("is 0xFFFF for no input", () => {
    expect(crc16CcittFalse("")).toBe(0xffff);
  });
});

describe("buildVietQrPayload", () => {
  const payload = buildVietQrPayload({ bankBin: "970436", accountNumber: "0041000123456", amountVnd: 150_000, note: "HVK3QZ7PA" });

  it("decodes back field by field", () => {
    const top = parseTlv(payload);
    expect([...top.keys()]).toEqual(["00", "01", "38", "53", "54", "58", "62", "63"]);
    expect(top.get("00")).toBe("01");
    expect(top.get("01")).toBe("12");
    expect(top.get("53")).toBe("704");
    expect(top.get("54")).toBe("150000");
    expect(top.get("58")).toBe("VN");
    const merchant = parseTlv(top.get("38")!);
    expect(merchant.get("00")).toBe("A000000727");
    expect(merchant.get("02")).toBe("QRIBFTTA");
    const beneficiary = parseTlv(merchant.get("01")!);
    expect(beneficiary.get("00")).toBe("970436");
    expect(beneficiary.get("01")).toBe("0041000123456");
    expect(parseTlv(top.get("62")!).get("08")).toBe("HVK3QZ7PA");
  });

  it("ends with the CRC of everything before it, “6304” included", () => {
    const body = payload.slice(0, -4);
    expect(body.endsWith("6304")).toBe(true);
    expect(payload.slice(-4)).toMatch(/^[0-9A-F]{4}$/);
    expect(Number.parseInt(payload.slice(-4), 16)).toBe(crc16CcittFalse(body));
  });

  it("equals the payload written out by hand from the EMVCo layout", () => {
    const expectedBody =
      "000201" + "010212" + "3857" + "0010A000000727" + "0127" + "0006970436" + "01130041000123456" + "0208QRIBFTTA" +
      "5303704" + "5406150000" + "5802VN" + "6213" + "0809HVK3QZ7PA" + "6304";
    expect(payload.slice(0, -4)).toBe(expectedBody);
  });

  it("is static (01 = 11) without an amount", () => {
    const fields = parseTlv(buildVietQrPayload({ bankBin: "970415", accountNumber: "123" }));
    expect(fields.get("01")).toBe("11");
    expect(fields.has("54")).toBe(false);
  });

  it("refuses what a bank app could not read", () => {
    expect(() => buildVietQrPayload({ bankBin: "97043", accountNumber: "1" })).toThrow();
    expect(() => buildVietQrPayload({ bankBin: "970436", accountNumber: "1", amountVnd: 1.5 })).toThrow();
    expect(() => buildVietQrPayload({ bankBin: "970436", accountNumber: "1", note: "Tiền hội chợ" })).toThrow();
  });
});
