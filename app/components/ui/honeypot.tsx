// A field people never see or reach; bots that fill every input reveal themselves.
import { useTranslation } from "react-i18next";
import { HONEYPOT_FIELD } from "~/modules/identity/honeypot";

export function HoneypotField() {
  const { t } = useTranslation();
  return (
    <div aria-hidden="true" style={{ position: "absolute", left: "-10000px", width: 1, height: 1, overflow: "hidden" }}>
      <label htmlFor={HONEYPOT_FIELD}>{t("auth.honeypot")}</label>
      <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
