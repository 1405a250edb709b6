// OCOP stars as glyphs for the eye and as words for everyone (never colour or glyphs alone).
import { useTranslation } from "react-i18next";

export function OcopStars({ stars, className = "" }: { stars: number | null; className?: string }) {
  const { t } = useTranslation();
  if (!stars) return null;
  return (
    <span className={`inline-flex items-center gap-1 rounded bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-900 ${className}`}>
      <span aria-hidden="true" className="tracking-tight text-amber-600">
        {"★".repeat(stars)}
      </span>
      <span>{t("catalog.stars", { count: stars })}</span>
    </span>
  );
}
