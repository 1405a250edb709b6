// /office/settings/holidays: the holiday table and the make-up working Saturdays that
// complaint deadlines use (working-days.ts). Changes are audited.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorList } from "~/components/ui/field";
import { getT } from "~/i18next.server";
import { HolidaySchema } from "~/modules/complaints/complaint.schema";
import { listCalendar, updateCalendar } from "~/modules/complaints/calendar.server";
import { DomainError } from "~/modules/errors";
import { db, dbReady } from "~/utils/db.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "office:complaints:handle");
  await dbReady;
  const t = await getT(request);
  return { title: t("complaints.holidays.title"), ...(await listCalendar(db)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:complaints:handle");
  const submission = parseWithZod(await request.formData(), { schema: HolidaySchema });
  if (submission.status !== "success") return data({ error: submission.reply().error ?? {} }, { status: 400 });
  await dbReady;
  try {
    await updateCalendar(db, { actor, change: submission.value });
  } catch (error) {
    if (error instanceof DomainError) return data({ error: error.fieldErrors as Record<string, string[] | null> }, { status: 400 });
    throw error;
  }
  return { error: {} as Record<string, string[] | null> };
}

export default function HolidaysPage() {
  const { holidays, workingSaturdays } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const h = (key: string) => t(`complaints.holidays.${key}`);
  const list = (kind: "HOLIDAY" | "WORKING_SATURDAY", rows: { date: string; name: string }[], title: string) => (
    <section aria-label={title} className="card">
      <h2 className="text-xl font-bold">{title}</h2>
      <ul className="mt-2 divide-y divide-stone-200">
        {rows.map((r) => (
          <li key={r.date} className="flex items-center justify-between gap-2 py-1">
            <span>
              <span className="font-mono">{r.date}</span> — {r.name}
            </span>
            <Form method="post">
              <input type="hidden" name="kind" value={kind} />
              <input type="hidden" name="date" value={r.date} />
              <button type="submit" name="intent" value="remove" className="btn-secondary" aria-label={`${h("remove")} ${r.date}`}>
                {h("remove")}
              </button>
            </Form>
          </li>
        ))}
      </ul>
    </section>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{h("title")}</h1>
      <p>{h("lead")}</p>
      <Form method="post" className="card flex flex-wrap items-end gap-3" aria-label={h("add")}>
        <label className="flex flex-col">
          <span className="font-semibold">{h("kind")}</span>
          <select name="kind" className="input">
            <option value="HOLIDAY">{h("kinds.HOLIDAY")}</option>
            <option value="WORKING_SATURDAY">{h("kinds.WORKING_SATURDAY")}</option>
          </select>
        </label>
        <label className="flex flex-col">
          <span className="font-semibold">{h("date")}</span>
          <input type="date" name="date" required className="input" />
          <ErrorList errors={actionData?.error?.date} />
        </label>
        <label className="flex flex-col">
          <span className="font-semibold">{h("name")}</span>
          <input name="name" required className="input" />
          <ErrorList errors={actionData?.error?.name} />
        </label>
        <button type="submit" name="intent" value="add" className="btn-primary">
          {h("add")}
        </button>
      </Form>
      {list("HOLIDAY", holidays, h("holidays"))}
      {list("WORKING_SATURDAY", workingSaturdays, h("saturdays"))}
    </div>
  );
}
