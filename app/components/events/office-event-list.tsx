// The office's list of fairs or trips: name, status, dates, size and who takes part, with a link
// to create one. One page shape for both kinds of event; the strings and links differ by kind.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ListTable } from "~/components/ui/list-table";

export interface OfficeEventRow {
  id: string;
  name: string;
  status: string;
  dates: string;
  /** booths of a fair, stops of a trip */
  size: number;
  /** registrations of a fair, participants of a trip */
  people: string | number;
}

const KINDS = {
  fairs: { size: "booths", people: "registrations", peoplePath: "registrations", empty: "fairs.none" },
  trips: { size: "stops", people: "participants", peoplePath: "participants", empty: "trips.office.none" },
} as const;

export function OfficeEventList({ kind, rows }: { kind: keyof typeof KINDS; rows: OfficeEventRow[] }) {
  const { t } = useTranslation();
  const k = KINDS[kind];
  const titleId = `office-${kind}-title`;
  return (
    <section aria-labelledby={titleId} className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id={titleId} className="text-3xl font-bold">
          {t(`${kind}.office.title`)}
        </h1>
        <Link to={`/office/${kind}/new`} className="btn-primary">
          {t(`${kind}.office.new`)}
        </Link>
      </div>
      <p>{t(`${kind}.office.lead`)}</p>
      <ListTable
        columns={[
          t(`${kind}.office.columns.name`),
          t(`${kind}.office.columns.status`),
          t(`${kind}.office.columns.dates`),
          t(`${kind}.office.columns.${k.size}`),
          t(`${kind}.office.columns.${k.people}`),
        ]}
        rows={rows}
        rowKey={(row) => row.id}
        emptyText={t(k.empty)}
      >
        {(row) => (
          <>
            <td className="p-2">
              <Link to={`/office/${kind}/${row.id}`} className="font-semibold">
                {row.name}
              </Link>
            </td>
            <td className="p-2">{t(`${kind}.status.${row.status}`)}</td>
            <td className="p-2">{row.dates}</td>
            <td className="p-2">{row.size}</td>
            <td className="p-2">
              <Link to={`/office/${kind}/${row.id}/${k.peoplePath}`}>{row.people}</Link>
            </td>
          </>
        )}
      </ListTable>
    </section>
  );
}
