// /office/complaints: the queue (vulnerable first, then due date) with filters that work as a
// plain GET form, and the list of overdue complaints awaiting a decision on escalation.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ListTable } from "~/components/ui/list-table";
import { getLanguage, getT } from "~/i18next.server";
import { STATUSES } from "~/modules/complaints/model";
import { officeQueue } from "~/modules/complaints/office.server";
import { formatDateTime } from "~/utils/dates";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:complaints:handle");
  const url = new URL(request.url);
  const filters = {
    status: STATUSES.find((s) => s === url.searchParams.get("status")),
    communeCode: url.searchParams.get("commune") || undefined,
    businessId: url.searchParams.get("business") || undefined,
    overdue: url.searchParams.get("overdue") === "1",
  };
  await dbReady;
  const [t, locale] = await Promise.all([getT(request), getLanguage(request)]);
  const queue = await officeQueue(db, { actor, filters }).catch((error: unknown) => {
    throw toHttpError(error);
  });
  const row = (c: (typeof queue.items)[number]) => ({
    id: c.id,
    code: c.code,
    status: c.status,
    subject: c.subject,
    vulnerable: c.vulnerable,
    overdue: c.overdue,
    received: formatDateTime(c.receivedAt, locale),
    due: c.businessDueAt ? formatDateTime(c.businessDueAt, locale) : null,
    business: c.business?.name ?? c.businessNameText ?? "",
    commune: c.commune?.name ?? "",
    assignee: c.assignedTo?.name ?? "",
  });
  return {
    title: t("complaints.office.title"),
    filters,
    items: queue.items.map(row),
    forEscalation: queue.forEscalation.map(row),
    communes: queue.communes,
    businesses: queue.businesses,
  };
}

type Row = ReturnType<typeof useLoaderData<typeof loader>>["items"][number];

export default function OfficeComplaintsPage() {
  const { items, forEscalation, filters, communes, businesses } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("complaints.office.title")}</h1>
      <Form method="get" className="card flex flex-wrap items-end gap-3" aria-label={t("complaints.office.filters")}>
        <label className="flex flex-col">
          <span className="font-semibold">{t("complaints.office.status")}</span>
          <select name="status" defaultValue={filters.status ?? ""} className="input">
            <option value="">{t("complaints.office.all")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`complaints.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="font-semibold">{t("complaints.office.commune")}</span>
          <select name="commune" defaultValue={filters.communeCode ?? ""} className="input">
            <option value="">{t("complaints.office.all")}</option>
            {communes.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="font-semibold">{t("complaints.office.business")}</span>
          <select name="business" defaultValue={filters.businessId ?? ""} className="input">
            <option value="">{t("complaints.office.all")}</option>
            {businesses.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 py-2">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="h-5 w-5" />
          {t("complaints.office.overdueOnly")}
        </label>
        <button type="submit" className="btn-secondary">
          {t("complaints.office.apply")}
        </button>
      </Form>
      {forEscalation.length ? (
        <section aria-labelledby="escalation-heading" className="space-y-2">
          <h2 id="escalation-heading" className="text-xl font-bold">
            {t("complaints.office.overdueList")}
          </h2>
          <QueueTable rows={forEscalation} />
        </section>
      ) : null}
      <section aria-label={t("complaints.office.title")}>
        <QueueTable rows={items} />
      </section>
    </div>
  );
}

function QueueTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const o = (key: string) => t(`complaints.office.${key}`);
  return (
    <ListTable columns={[o("code"), o("priority"), o("subject"), o("business"), o("status"), o("received"), o("due"), o("assignee")]} rows={rows} rowKey={(r) => r.id} emptyText={o("none")}>
      {(r) => (
        <>
          <td className="p-2 font-mono">
            <Link to={`/office/complaints/${r.id}`}>{r.code}</Link>
          </td>
          <td className="p-2">{r.vulnerable ? <strong>{t("complaints.new.vulnerable")}</strong> : null}</td>
          <td className="p-2">{r.subject}</td>
          <td className="p-2">
            {r.business}
            {r.commune ? <span className="block text-stone-700">{r.commune}</span> : null}
          </td>
          <td className="p-2">{t(`complaints.status.${r.status}`)}</td>
          <td className="p-2">{r.received}</td>
          <td className={`p-2 ${r.overdue ? "font-bold text-red-800" : ""}`}>{r.due ?? "—"}</td>
          <td className="p-2">{r.assignee}</td>
        </>
      )}
    </ListTable>
  );
}
