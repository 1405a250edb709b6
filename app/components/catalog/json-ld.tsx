// schema.org structured data for search engines. The JSON is embedded in the HTML, so "<" is
// escaped: a product name containing "</script>" cannot close the tag. The CSP nonce is set
// even though browsers never run this type, so a strict policy has nothing to complain about.
import { useNonce } from "~/utils/nonce";

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const nonce = useNonce();
  return (
    <script
      type="application/ld+json"
      nonce={nonce}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
