// Title, Open Graph and canonical tags of a public catalogue page, from its loader data.
import type { MetaDescriptor } from "@remix-run/node";
import { pageMeta } from "~/utils/meta";

export interface CatalogMetaData {
  title: string;
  description: string;
  /** absolute URLs: crawlers and chat apps fetch them from elsewhere */
  canonicalUrl: string;
  ogImage?: string | null;
  ogType?: "website" | "product" | "profile";
}

export function catalogMeta(data: CatalogMetaData | undefined): MetaDescriptor[] {
  if (!data) return pageMeta(data);
  return [
    ...pageMeta(data),
    { property: "og:site_name", content: "Hàng Việt" },
    { property: "og:title", content: data.title },
    { property: "og:description", content: data.description },
    { property: "og:type", content: data.ogType ?? "website" },
    { property: "og:url", content: data.canonicalUrl },
    ...(data.ogImage ? [{ property: "og:image", content: data.ogImage }] : []),
    { tagName: "link", rel: "canonical", href: data.canonicalUrl },
  ];
}

/** A short plain-text summary for og:description. */
export function excerpt(text: string | null | undefined, max = 200): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
