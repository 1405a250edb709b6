// E-mail texts come from the locale files, in the language of the request that causes them.
import type { AccountMail } from "~/modules/identity/accounts.server";
import { getT } from "~/i18next.server";

export async function accountMail(request: Request): Promise<AccountMail> {
  const t = await getT(request);
  return {
    welcome: (args) => ({ subject: t("email.welcomeSubject"), text: t("email.welcomeBody", args) }),
    reset: (args) => ({ subject: t("email.resetSubject"), text: t("email.resetBody", args) }),
  };
}
