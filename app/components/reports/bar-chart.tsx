// A horizontal bar chart drawn on the server as SVG: readable without JavaScript and in print.
// It is an image with a text alternative; the same numbers are in the table beside it.
import { useId } from "react";

export interface BarDatum {
  label: string;
  value: number;
  previous?: number | null;
}

const ROW = 26;
const LABEL_W = 230;
const BAR_W = 300;

export function BarChart({ title, data, legend }: { title: string; data: BarDatum[]; legend?: { current: string; previous: string } }) {
  const id = useId();
  const max = Math.max(1, ...data.flatMap((d) => [d.value, d.previous ?? 0]));
  const withPrevious = data.some((d) => d.previous !== undefined && d.previous !== null);
  const rowHeight = withPrevious ? ROW + 10 : ROW;
  const height = data.length * rowHeight + (legend && withPrevious ? 28 : 8);
  const summary = data.map((d) => `${d.label} ${d.value}${withPrevious ? ` (${d.previous ?? 0})` : ""}`).join("; ");
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      viewBox={`0 0 ${LABEL_W + BAR_W + 70} ${height}`}
      className="h-auto w-full max-w-2xl"
      style={{ fontFamily: "inherit", fontSize: 12 }}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{summary}</desc>
      {data.map((d, index) => {
        const y = index * rowHeight + 4;
        const w = Math.round((d.value / max) * BAR_W);
        const pw = Math.round(((d.previous ?? 0) / max) * BAR_W);
        return (
          <g key={`${d.label}-${index}`}>
            <text x={LABEL_W - 6} y={y + 13} textAnchor="end" fill="#1c1917">
              {d.label.length > 38 ? `${d.label.slice(0, 37)}…` : d.label}
            </text>
            <rect x={LABEL_W} y={y} width={Math.max(w, 1)} height={withPrevious ? 14 : 18} fill="#b91c1c" />
            <text x={LABEL_W + Math.max(w, 1) + 4} y={y + 12} fill="#1c1917">
              {d.value}
            </text>
            {withPrevious ? (
              <>
                <rect x={LABEL_W} y={y + 16} width={Math.max(pw, 1)} height={10} fill="#a8a29e" />
                <text x={LABEL_W + Math.max(pw, 1) + 4} y={y + 25} fill="#44403c" fontSize={10}>
                  {d.previous ?? 0}
                </text>
              </>
            ) : null}
          </g>
        );
      })}
      {legend && withPrevious ? (
        <g transform={`translate(${LABEL_W}, ${height - 18})`}>
          <rect width={12} height={12} fill="#b91c1c" />
          <text x={16} y={10}>
            {legend.current}
          </text>
          <rect x={110} width={12} height={12} fill="#a8a29e" />
          <text x={126} y={10}>
            {legend.previous}
          </text>
        </g>
      ) : null}
    </svg>
  );
}

/** Twelve small columns, one per month, for the dashboard's trends. */
export function MonthColumns({ title, months }: { title: string; months: { label: string; value: number }[] }) {
  const id = useId();
  const max = Math.max(1, ...months.map((m) => m.value));
  const colW = 22;
  const h = 60;
  return (
    <svg role="img" aria-labelledby={`${id}-t ${id}-d`} viewBox={`0 0 ${months.length * colW} ${h + 14}`} className="h-20 w-full max-w-xs">
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{months.map((m) => `${m.label}: ${m.value}`).join("; ")}</desc>
      {months.map((m, index) => {
        const bh = Math.round((m.value / max) * h);
        return (
          <g key={m.label}>
            <rect x={index * colW + 3} y={h - bh} width={colW - 6} height={Math.max(bh, 1)} fill="#b91c1c" />
            <text x={index * colW + colW / 2} y={h + 11} textAnchor="middle" fontSize={8} fill="#44403c">
              {m.label.slice(0, 2)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
