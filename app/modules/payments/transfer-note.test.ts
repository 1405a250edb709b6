import { describe, expect, it } from "vitest";
import { checkCharacter, findTransferNotes, generateTransferNote, isValidNote, NOTE_LENGTH } from "./transfer-note";

describe("transfer notes", () => {
  it("are HV + 6 base32 + a check character", () => {
    for (let i = 0; i < 200; i++) {
      const note = generateTransferNote();
      expect(note).toMatch(/^HV[A-Z2-7]{7}$/);
      expect(note).toHaveLength(NOTE_LENGTH);
      expect(isValidNote(note)).toBe(true);
    }
  });

  it("reject every single-character error and every swap of neighbours", () => {
    const note = `HVK3QZ7P${checkCharacter("K3QZ7P")}`;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    for (let i = 2; i < note.length; i++) {
      for (const c of alphabet) {
        if (c === note[i]) continue;
        expect(isValidNote(note.slice(0, i) + c + note.slice(i + 1))).toBe(false);
      }
    }
    for (let i = 2; i < note.length - 1; i++) {
      if (note[i] === note[i + 1]) continue;
      const swapped = note.slice(0, i) + note[i + 1] + note[i] + note.slice(i + 2);
      expect(isValidNote(swapped)).toBe(false);
    }
  });

  it("are found behind a bank's prefix, in lower case, with spaces dropped or added", () => {
    const note = generateTransferNote();
    expect(findTransferNotes(`MBVCB.3412871.${note}.CT tu 0123456 NGUYEN VAN A`)).toEqual([note]);
    expect(findTransferNotes(`chuyen tien ${note.toLowerCase()} hoi cho`)).toEqual([note]);
    expect(findTransferNotes(`${note.slice(0, 4)} ${note.slice(4)}`)).toEqual([note]);
    expect(findTransferNotes(`Thanh toán phí gian hàng ${note}-Đà Nẵng`)).toEqual([note]);
    expect(findTransferNotes("HV1234567 chuyen khoan")).toEqual([]);
  });
});
