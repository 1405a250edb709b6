// "Load it when it is about to be seen" (ADR 0021): true once the element comes within `margin`
// of the screen, or when the visitor asks (`want`). Heavy widgets such as Leaflet maps wait for
// it, so a first visit on a phone downloads only what it shows. A callback ref, so an element
// that appears later (after hydration) is still observed.
import { useEffect, useState } from "react";

export function useWhenNear<T extends Element>(margin = "300px 0px") {
  const [wanted, setWanted] = useState(false);
  const [element, setElement] = useState<T | null>(null);
  useEffect(() => {
    if (wanted || !element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setWanted(true);
    }, { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [wanted, element, margin]);
  return { ref: setElement, wanted, want: () => setWanted(true) };
}
