/**
 * A page's print stylesheet. Given as HTML, not as a text child: React escapes `>` and quotes in
 * text, which a <style> element does not decode, so selectors like `body > header` would break
 * and the server's markup would differ from the browser's (a hydration mismatch).
 */
export function PrintStyle({ css }: { css: string }) {
  return <style dangerouslySetInnerHTML={{ __html: css }} />;
}
