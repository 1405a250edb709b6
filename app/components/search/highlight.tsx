// Renders engine highlight segments: matched runs in <mark>, the rest as text. React escapes
// every run, so there is no HTML from the index to trust.
import type { HighlightSegment } from "~/modules/search/search.types";

export function Highlighted({ segments, fallback = "" }: { segments: HighlightSegment[]; fallback?: string }) {
  if (!segments.length) return <>{fallback}</>;
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          <mark key={index} className="rounded-sm bg-amber-100 font-semibold text-inherit">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
