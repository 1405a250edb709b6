// The office's receiving bank account (a Setting), shown in every VietQR and matched against
// imported statements. Officers who reconcile keep it; every change is audited.
import { recordAudit } from "~/modules/audit/audit.server";
import { Invalid } from "~/modules/errors";
import type { Actor } from "~/modules/identity/permissions";
import type { Db, Tx } from "~/utils/db.server";
import { bankByBin, type Bank } from "./banks";
import { requireReconciler } from "./payments.server";

export const BANK_ACCOUNT_SETTING_KEY = "bankAccount";

export interface BankAccount {
  bankBin: string;
  accountNumber: string;
  /** upper-case, without diacritics, as banks print it */
  accountName: string;
}

export async function readBankAccount(client: Db | Tx): Promise<(BankAccount & { bank: Bank }) | null> {
  const row = await client.setting.findUnique({ where: { key: BANK_ACCOUNT_SETTING_KEY } });
  if (!row) return null;
  try {
    const value = JSON.parse(row.value) as Partial<BankAccount>;
    const bank = typeof value.bankBin === "string" ? bankByBin(value.bankBin) : undefined;
    if (!bank || typeof value.accountNumber !== "string" || typeof value.accountName !== "string") return null;
    return { bankBin: bank.bin, accountNumber: value.accountNumber, accountName: value.accountName, bank };
  } catch {
    return null;
  }
}

export async function updateBankAccount(db: Db, { actor, input }: { actor: Actor; input: BankAccount }) {
  requireReconciler(actor);
  if (!bankByBin(input.bankBin)) throw new Invalid("errors.fixBelow", { bankBin: ["errors.invalidChoice"] });
  await db.$transaction(async (tx) => {
    const before = await readBankAccount(tx);
    const value = JSON.stringify({ bankBin: input.bankBin, accountNumber: input.accountNumber, accountName: input.accountName });
    await tx.setting.upsert({ where: { key: BANK_ACCOUNT_SETTING_KEY }, create: { key: BANK_ACCOUNT_SETTING_KEY, value }, update: { value } });
    await recordAudit(tx, { actorId: actor.userId, action: "payments.bank_account", entityType: "Setting", entityId: BANK_ACCOUNT_SETTING_KEY, data: { before, after: input } });
  });
}
