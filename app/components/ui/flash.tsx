import { useTranslation } from "react-i18next";

export interface FlashMessage {
  kind: "success" | "error" | "info";
  message: string;
  params?: Record<string, string>;
}

const STYLES = {
  success: "border-green-700 bg-green-50 text-green-900",
  error: "border-red-700 bg-red-50 text-red-900",
  info: "border-blue-700 bg-blue-50 text-blue-900",
};

export function FlashBanner({ flash }: { flash: FlashMessage }) {
  const { t } = useTranslation();
  return (
    <div role={flash.kind === "error" ? "alert" : "status"} className={`mb-4 rounded-md border p-3 ${STYLES[flash.kind]}`}>
      {t(flash.message, flash.params)}
    </div>
  );
}
