// True only after React has hydrated in a browser: parts that need JavaScript (the map, the
// "near me" button) render then, so a visitor without JavaScript never sees a dead control.
import { useEffect, useState } from "react";

export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
