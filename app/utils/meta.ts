// Page titles come from the loader (already translated), so <title> follows the language.
import type { MetaDescriptor } from "@remix-run/node";

export function pageMeta(data: unknown): MetaDescriptor[] {
  const title = (data as { title?: string } | undefined)?.title;
  return [{ title: title ? `${title} — Hàng Việt` : "Hàng Việt" }];
}
