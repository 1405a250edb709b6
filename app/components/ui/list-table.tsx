// The plain list table of the office queues and the business's own lists: a sentence when there
// is nothing to show, otherwise a horizontally scrollable table with one row per item.
import type { ReactNode } from "react";

export function ListTable<T>({
  columns,
  rows,
  rowKey,
  emptyText,
  children,
}: {
  /** Column headings, in order. */
  columns: string[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  emptyText: string;
  /** The cells (`<td className="p-2">`) of one row. */
  children: (row: T) => ReactNode;
}) {
  if (rows.length === 0) return <p>{emptyText}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <thead>
          <tr className="border-b border-stone-300">
            {columns.map((heading) => (
              <th key={heading} scope="col" className="p-2">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-stone-200">
              {children(row)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
