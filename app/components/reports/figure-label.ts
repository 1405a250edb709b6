// The label of a report row in the reader's language: the figure's name, then its breakdown item.
import type { TFunction } from "i18next";
import type { Figure } from "~/modules/reports/report.server";

export function figureLabel(t: TFunction, figure: Pick<Figure, "key" | "item" | "itemKind">): string {
  const name = t(`reports.figure.${figure.key}`, { defaultValue: figure.key });
  if (figure.item === undefined) return name;
  const item =
    figure.itemKind === "legalForm"
      ? t(`legalForm.${figure.item}`)
      : figure.itemKind === "stars"
        ? t("reports.stars", { count: Number(figure.item) })
        : figure.itemKind === "certificateKind"
          ? t(`reports.certificateKind.${figure.item}`)
          : figure.item;
  return `${name}: ${item}`;
}

export function formatChange(change: number | null, locale: string): string {
  if (change === null) return "—";
  const formatted = new Intl.NumberFormat(locale === "en" ? "en-GB" : "vi-VN").format(Math.abs(change));
  return change > 0 ? `+${formatted}` : change < 0 ? `−${formatted}` : "0";
}

export function formatCount(value: number | null, locale: string): string {
  return value === null ? "—" : new Intl.NumberFormat(locale === "en" ? "en-GB" : "vi-VN").format(value);
}
