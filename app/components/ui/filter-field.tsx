// One labelled control of a GET filter bar (office queues): the label above, the control below.
import type { ReactNode } from "react";

export function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="min-w-0 max-w-full">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {children}
    </div>
  );
}
