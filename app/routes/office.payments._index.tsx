// Reconciliation: payments by status and rail, bank statement import (columns mapped once),
// proposed matches to confirm, and the lines that matched nothing, to resolve.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { FormErrors } from "~/components/ui/field";
import { FilterField } from "~/components/ui/filter-field";
import { ListTable } from "~/components/ui/list-table";
import { getLanguage, getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import { LINE_RESOLUTIONS, OfficePaymentFilterSchema, PAYMENT_METHODS, PAYMENT_STATUSES } from "~/modules/payments/payments.schema";
import { listPaymentsForOffice } from "~/modules/payments/payments.server";
import { confirmStatementMatches, importStatement, reconciliationView, resolveStatementLine } from "~/modules/payments/reconciliation.server";
import { StatementUnreadable } from "~/modules/payments/statement-file.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { formatVnd } from "~/utils/money";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";
import { filesOf, readUploadForm } from "~/utils/upload-form.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:payments:reconcile");
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const filter = OfficePaymentFilterSchema.parse(params);
  await dbReady;
  const [payments, view, t, language] = await Promise.all([
    listPaymentsForOffice(db, { actor, ...filter }),
    reconciliationView(db, { actor }),
    getT(request),
    getLanguage(request),
  ]);
  const lineById = new Map(view.lines.map((l) => [l.id, l]));
  const line = (id: string) => {
    const l = lineById.get(id)!;
    return { id, bankReference: l.bankReference, bookedAt: formatDateTime(l.bookedAt, language), amount: formatVnd(l.amountVnd), description: l.description };
  };
  return {
    title: t("payments.office.title"),
    filter: { status: filter.status ?? "", method: filter.method ?? "", q: filter.q ?? "" },
    payments: payments.map((p) => ({
      id: p.id,
      business: p.business.name,
      reference: p.reference,
      amount: formatVnd(p.amountVnd),
      status: p.status,
      method: p.method,
      created: formatDateTime(p.createdAt, language),
      reported: p.transferReportedAt ? formatDateTime(p.transferReportedAt, language) : null,
    })),
    proposals: view.result.proposals.map((p) => ({ ...line(p.lineId), note: p.note, business: view.payments.get(p.paymentId)?.businessName ?? "" })),
    problems: view.result.problems.map((p) => ({
      ...line(p.lineId),
      reason: p.reason,
      expected: p.expectedVnd !== undefined ? formatVnd(p.expectedVnd) : "",
      note: p.note ?? "",
    })),
  };
}

const ConfirmSchema = z.object({ intent: z.literal("confirm"), lineId: z.array(z.string().max(40)).max(500).default([]) });
const ResolveSchema = z.object({ intent: z.literal("resolve"), lineId: z.string().max(40), resolution: z.enum(LINE_RESOLUTIONS) });
const MappingSchema = z.object({
  dateColumn: z.string().min(1),
  amountColumn: z.string().min(1),
  descriptionColumn: z.string().min(1),
  referenceColumn: z.string().optional().transform((v) => (v ? v : null)),
});

type ImportReply = { intent: "import"; formErrors: string[]; headers?: string[]; guess?: Record<string, string | null> | null };

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:payments:reconcile");
  const upload = await readUploadForm(request, { maxFileBytes: 5 * 1024 * 1024, maxFiles: 1, maxTotalBytes: 6 * 1024 * 1024 });
  if (!upload.ok) return data({ intent: "import", formErrors: [upload.message] } satisfies ImportReply, { status: upload.status });
  const form = upload.formData;
  await dbReady;
  const intent = form.get("intent");
  try {
    if (intent === "confirm") {
      const parsed = ConfirmSchema.parse({ intent, lineId: form.getAll("lineId") });
      const result = await confirmStatementMatches(db, { actor, lineIds: parsed.lineId });
      return redirectWithFlash(request, "/office/payments", { kind: "success", message: "payments.office.confirmed", params: { confirmed: String(result.confirmed), skipped: String(result.skipped) } });
    }
    if (intent === "resolve") {
      const parsed = ResolveSchema.safeParse(Object.fromEntries(form));
      if (!parsed.success) throw data("Bad Request", { status: 400 });
      await resolveStatementLine(db, { actor, lineId: parsed.data.lineId, resolution: parsed.data.resolution });
      return redirectWithFlash(request, "/office/payments", { kind: "success", message: "payments.office.resolved" });
    }
    if (intent === "import") {
      const file = filesOf(form, "statement")[0];
      if (!file) return data({ intent: "import", formErrors: ["payments.errors.file"] } satisfies ImportReply, { status: 400 });
      const mapping = MappingSchema.safeParse(Object.fromEntries(form));
      const outcome = await importStatement(db, { actor, bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name, mapping: mapping.success ? mapping.data : null });
      if (outcome.kind === "needs_mapping") {
        return data({ intent: "import", formErrors: [], headers: outcome.headers, guess: outcome.guess ? { ...outcome.guess } : null } satisfies ImportReply, { status: 422 });
      }
      return redirectWithFlash(request, "/office/payments", {
        kind: outcome.rowErrors.length ? "info" : "success",
        message: "payments.office.imported",
        params: { lines: String(outcome.lineCount), fresh: String(outcome.newLineCount) },
      });
    }
  } catch (error) {
    if (error instanceof StatementUnreadable) return data({ intent: "import", formErrors: [error.message] } satisfies ImportReply, { status: 400 });
    if (error instanceof DomainError && error.code === "conflict") {
      return redirectWithFlash(request, "/office/payments", { kind: "error", message: error.message });
    }
    throw toHttpError(error);
  }
  throw data("Bad Request", { status: 400 });
}

export default function OfficePayments() {
  const { filter, payments, proposals, problems } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t } = useTranslation();
  const importReply = reply as ImportReply | undefined;
  const headers = importReply?.headers;
  const guess = importReply?.guess;
  const columnSelect = (name: string, label: string, optional = false) => (
    <div>
      <label htmlFor={`map-${name}`} className="block font-semibold">
        {label}
      </label>
      <select id={`map-${name}`} name={name} defaultValue={guess?.[name] ?? ""} className="input" required={!optional}>
        <option value="">{optional ? t("payments.office.noReference") : "—"}</option>
        {headers?.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="payments-title" className="space-y-8">
      <div className="space-y-2">
        <h1 id="payments-title" className="text-3xl font-bold">
          {t("payments.office.title")}
        </h1>
        <p>{t("payments.office.lead")}</p>
        <p className="flex flex-wrap gap-4">
          <Link to="/office/waivers">{t("payments.navWaivers")}</Link>
          <Link to="/office/settings/bank">{t("payments.navBank")}</Link>
        </p>
      </div>

      <section aria-labelledby="import-title" className="card space-y-3">
        <h2 id="import-title" className="text-2xl font-bold">
          {t("payments.office.importTitle")}
        </h2>
        <p>{t("payments.office.importLead")}</p>
        <Form method="post" encType="multipart/form-data" className="space-y-3">
          <input type="hidden" name="intent" value="import" />
          <FormErrors errors={importReply?.formErrors} />
          {headers ? (
            <fieldset className="space-y-2 rounded border border-amber-700 p-3">
              <legend className="font-semibold">{t("payments.office.mapTitle")}</legend>
              <p>{t("payments.office.mapLead")}</p>
              <div className="grid gap-3 sm:grid-cols-2">
                {columnSelect("dateColumn", t("payments.office.dateColumn"))}
                {columnSelect("amountColumn", t("payments.office.amountColumn"))}
                {columnSelect("descriptionColumn", t("payments.office.descriptionColumn"))}
                {columnSelect("referenceColumn", t("payments.office.referenceColumn"), true)}
              </div>
            </fieldset>
          ) : null}
          <div>
            <label htmlFor="statement-file" className="block font-semibold">
              {t("payments.office.file")}
            </label>
            <input id="statement-file" name="statement" type="file" required accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="input" />
          </div>
          <button type="submit" className="btn-primary">
            {t("payments.office.import")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="matches-title" className="space-y-2">
        <h2 id="matches-title" className="text-2xl font-bold">
          {t("payments.office.matchesTitle")}
        </h2>
        <p>{t("payments.office.matchesLead")}</p>
        {proposals.length === 0 ? (
          <p>{t("payments.office.noMatches")}</p>
        ) : (
          <Form method="post" className="space-y-2">
            <input type="hidden" name="intent" value="confirm" />
            <ListTable
              columns={["", t("payments.office.bookedAt"), t("payments.office.amount"), t("payments.office.description"), t("payments.office.reference"), t("payments.office.business")]}
              rows={proposals}
              rowKey={(p) => p.id}
              emptyText=""
            >
              {(p) => (
                <>
                  <td className="p-2">
                    <input type="checkbox" name="lineId" value={p.id} defaultChecked aria-label={t("payments.office.confirmLine", { ref: p.bankReference, note: p.note })} />
                  </td>
                  <td className="p-2 whitespace-nowrap">{p.bookedAt}</td>
                  <td className="p-2 whitespace-nowrap">{p.amount}</td>
                  <td className="p-2">{p.description}</td>
                  <td className="p-2 font-mono">{p.note}</td>
                  <td className="p-2">{p.business}</td>
                </>
              )}
            </ListTable>
            <button type="submit" className="btn-primary">
              {t("payments.office.confirm")}
            </button>
          </Form>
        )}
      </section>

      <section aria-labelledby="problems-title" className="space-y-2">
        <h2 id="problems-title" className="text-2xl font-bold">
          {t("payments.office.problemsTitle")}
        </h2>
        <p>{t("payments.office.problemsLead")}</p>
        <ListTable
          columns={[t("payments.office.bookedAt"), t("payments.office.amount"), t("payments.office.description"), t("payments.office.reason"), t("payments.office.resolution")]}
          rows={problems}
          rowKey={(p) => `${p.id}:${p.reason}`}
          emptyText={t("payments.office.noProblems")}
        >
          {(p) => (
            <>
              <td className="p-2 whitespace-nowrap">{p.bookedAt}</td>
              <td className="p-2 whitespace-nowrap">{p.amount}</td>
              <td className="p-2">
                {p.description}
                <span className="block text-xs text-stone-700">{p.bankReference}</span>
              </td>
              <td className="p-2">{t(`payments.office.reasons.${p.reason}`, { expected: p.expected })}</td>
              <td className="p-2">
                {p.reason === "duplicate_line" ? null : (
                  <Form method="post" className="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="intent" value="resolve" />
                    <input type="hidden" name="lineId" value={p.id} />
                    <label className="sr-only" htmlFor={`resolution-${p.id}`}>
                      {t("payments.office.resolution")}
                    </label>
                    <select id={`resolution-${p.id}`} name="resolution" className="input">
                      {LINE_RESOLUTIONS.map((r) => (
                        <option key={r} value={r}>
                          {t(`payments.office.resolutions.${r}`)}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className="btn-secondary">
                      {t("payments.office.resolve")}
                    </button>
                  </Form>
                )}
              </td>
            </>
          )}
        </ListTable>
      </section>

      <section aria-labelledby="list-title" className="space-y-3">
        <h2 id="list-title" className="text-2xl font-bold">
          {t("payments.nav")}
        </h2>
        <Form method="get" className="card flex flex-wrap items-end gap-3">
          <FilterField id="filter-status" label={t("payments.office.filterStatus")}>
            <select id="filter-status" name="status" defaultValue={filter.status} className="input">
              <option value="">{t("payments.office.all")}</option>
              {PAYMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`payments.status.${s}`)}
                </option>
              ))}
            </select>
          </FilterField>
          <FilterField id="filter-method" label={t("payments.office.filterMethod")}>
            <select id="filter-method" name="method" defaultValue={filter.method} className="input">
              <option value="">{t("payments.office.all")}</option>
              {PAYMENT_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`payments.method.${m}`)}
                </option>
              ))}
            </select>
          </FilterField>
          <FilterField id="filter-q" label={t("payments.office.filterQuery")}>
            <input id="filter-q" name="q" defaultValue={filter.q} className="input" />
          </FilterField>
          <button type="submit" className="btn-primary">
            {t("payments.office.filter")}
          </button>
        </Form>
        <ListTable
          columns={[t("payments.office.reference"), t("payments.office.business"), t("payments.office.amount"), t("payments.office.status"), t("payments.office.method"), t("payments.office.created")]}
          rows={payments}
          rowKey={(p) => p.id}
          emptyText={t("payments.office.empty")}
        >
          {(p) => (
            <>
              <td className="p-2 font-mono">
                <Link to={`/office/payments/${p.id}`}>{p.reference}</Link>
              </td>
              <td className="p-2">{p.business}</td>
              <td className="p-2 whitespace-nowrap">{p.amount}</td>
              <td className="p-2">
                {t(`payments.status.${p.status}`)}
                {p.reported && p.status === "PENDING" ? <span className="block text-xs font-semibold text-amber-900">{t("payments.office.reported")}: {p.reported}</span> : null}
              </td>
              <td className="p-2">{t(`payments.method.${p.method}`)}</td>
              <td className="p-2 whitespace-nowrap">{p.created}</td>
            </>
          )}
        </ListTable>
      </section>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
