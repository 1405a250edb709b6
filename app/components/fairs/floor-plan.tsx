// The fair's floor plan as an accessible SVG: every booth is a focusable element labelled with
// its code, type and state (free / held / taken), with a text list as the alternative. In
// "choose" mode a free booth picked on the plan (click, Enter or Space) selects the matching
// radio button of the form, so the plan is an enhancement of a form that works without it.
import { useTranslation } from "react-i18next";
import type { PlanView } from "~/modules/fairs/public.server";

const FILL = { free: "#ffffff", held: "#fde68a", taken: "#9ca3af" } as const;
const STROKE = { free: "#166534", held: "#92400e", taken: "#374151" } as const;

export function FloorPlan({ plan, id = "floor-plan", chooseInput }: { plan: PlanView; id?: string; chooseInput?: string }) {
  const { t } = useTranslation();
  const state = (s: keyof typeof FILL) => t(`fairs.plan.${s}`);
  if (plan.booths.length === 0) return <p>{t("fairs.plan.empty")}</p>;
  const pick = (boothId: string) => {
    if (!chooseInput) return;
    const input = document.getElementById(`${chooseInput}-${boothId}`) as HTMLInputElement | null;
    if (input && !input.disabled) {
      input.checked = true;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }
  };
  return (
    <figure className="space-y-2" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="font-semibold">
        {t("fairs.plan.title")}
      </figcaption>
      <ul className="flex flex-wrap gap-4 text-sm" aria-label={t("fairs.plan.title")}>
        {(["free", "held", "taken"] as const).map((s) => (
          <li key={s} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-4 w-4 border-2" style={{ background: FILL[s], borderColor: STROKE[s] }} />
            {state(s)}
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto rounded border border-stone-300 bg-stone-50">
        <svg
          role="group"
          aria-label={t("fairs.plan.description")}
          viewBox={`0 0 ${plan.width} ${plan.depth}`}
          className="h-auto w-full min-w-[36rem]"
          style={{ maxHeight: "28rem" }}
        >
          {plan.aisles.map((a, i) => (
            <rect key={i} x={a.x} y={a.y} width={a.w} height={a.h} fill="#e7e5e4" aria-hidden="true" />
          ))}
          {plan.entrance ? (
            <g aria-label={t("fairs.plan.entrance")} role="img">
              <rect x={plan.entrance.x} y={plan.entrance.y} width={3} height={1} fill="#1d4ed8" />
              <text x={plan.entrance.x + 1.5} y={plan.entrance.y - 0.3} fontSize={0.9} textAnchor="middle" fill="#1e3a8a" aria-hidden="true">
                {t("fairs.plan.entrance")}
              </text>
            </g>
          ) : null}
          {plan.booths.map((b) => {
            const label = t("fairs.plan.boothLabel", { code: b.code, type: b.typeName, state: state(b.state) });
            const choosable = chooseInput && b.state === "free";
            return (
              <g
                key={b.id}
                role={choosable ? "button" : "img"}
                tabIndex={0}
                aria-label={label}
                data-booth={b.code}
                data-state={b.state}
                className="booth focus:outline-none"
                style={choosable ? { cursor: "pointer" } : undefined}
                onClick={choosable ? () => pick(b.id) : undefined}
                onKeyDown={
                  choosable
                    ? (event) => {
                        if (event.key === "Enter" || event.key === " ") {
                          event.preventDefault();
                          pick(b.id);
                        }
                      }
                    : undefined
                }
              >
                <title>{label}</title>
                <rect x={b.x + 0.1} y={b.y + 0.1} width={b.w - 0.2} height={b.h - 0.2} fill={FILL[b.state]} stroke={STROKE[b.state]} strokeWidth={0.15} />
                <text x={b.x + b.w / 2} y={b.y + b.h / 2} fontSize={Math.min(1.1, b.w / 3)} textAnchor="middle" dominantBaseline="middle" fill="#111827" aria-hidden="true">
                  {b.code}
                </text>
                {b.state !== "free" ? (
                  <text x={b.x + b.w / 2} y={b.y + b.h / 2 + 0.9} fontSize={0.6} textAnchor="middle" fill="#111827" aria-hidden="true">
                    {state(b.state)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <details>
        <summary className="cursor-pointer font-semibold">{t("fairs.plan.listTitle")}</summary>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2 md:grid-cols-3" data-testid="booth-list">
          {plan.booths.map((b) => (
            <li key={b.id}>{t("fairs.plan.boothLabel", { code: b.code, type: b.typeName, state: state(b.state) })}</li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
