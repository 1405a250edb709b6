// The heading of a product certificate, the same in the business and office views.
import type { TFunction } from "i18next";

export interface CertificateHeadingFields {
  kind: string;
  stars: number | null;
  year: number | null;
  title: string | null;
}

export function certificateHeading(t: TFunction, c: CertificateHeadingFields): string {
  if (c.kind === "OCOP") return t("products.ocopStars", { stars: c.stars });
  if (c.kind === "HVNCLC") return t("products.hvnclcYear", { year: c.year });
  return c.title ?? t("products.certificateKind.OTHER");
}
