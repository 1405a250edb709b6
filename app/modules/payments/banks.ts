// The main NAPAS member banks with their 6-digit BIN (the bank id inside a VietQR payload).
// Bundled so the settings page and the QR work offline; add a bank by adding a line.
import banks from "./banks.json";

export interface Bank {
  bin: string;
  code: string;
  name: string;
}

export const BANKS: readonly Bank[] = banks;

export function bankByBin(bin: string): Bank | undefined {
  return BANKS.find((bank) => bank.bin === bin);
}
