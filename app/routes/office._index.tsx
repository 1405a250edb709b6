import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getT } from "~/i18next.server";
import { officeQueueCounts } from "~/modules/reports/office-queue.server";
import { db, dbReady } from "~/utils/db.server";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:access");
  await dbReady;
  const counts = await officeQueueCounts(db, { actor });
  const t = await getT(request);
  return { title: t("office.title"), counts, userName: actor.name, role: actor.role };
}

export default function OfficeDashboard() {
  const { counts, userName, role } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const items = [
    ["office.pendingBusinesses", counts.pendingBusinesses],
    ["office.pendingProducts", counts.pendingProducts],
    ["office.openComplaints", counts.openComplaints],
    ["office.expiringCertificates", counts.expiringCertificates],
  ] as const;
  return (
    <section aria-labelledby="office-title" className="space-y-4">
      <h1 id="office-title" className="text-3xl font-bold">
        {t("office.title")}
      </h1>
      <p>
        {t("auth.welcome", { name: userName })} ({t(`role.${role}`)})
      </p>
      <h2 className="text-xl font-bold">{t("office.queue")}</h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {items.map(([label, count]) => (
          <li key={label} className="card">
            <span className="block text-3xl font-bold">{count}</span>
            <span>{t(label)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
