import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getT } from "~/i18next.server";
import { listOutboxForAdmin } from "~/modules/notifications/outbox.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:outbox:read");
  await dbReady;
  const [messages, t, language] = await Promise.all([listOutboxForAdmin(db), getT(request), getLanguage(request)]);
  return {
    title: t("admin.outboxTitle"),
    messages: messages.map((m) => ({ ...m, createdAt: formatDateTime(m.createdAt, language) })),
  };
}

export default function OutboxPage() {
  const { messages } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="outbox-title" className="space-y-4">
      <h1 id="outbox-title" className="text-3xl font-bold">
        {t("admin.outboxTitle")}
      </h1>
      <p>{t("admin.outboxLead")}</p>
      <ul className="space-y-3">
        {messages.map((m) => {
          const { email } = m;
          return (
            <li key={m.id} className="card text-sm">
              <p>
                <strong>{m.topic}</strong> · {m.status} · {t("admin.attempts")}: {m.attempts} · {m.createdAt}
              </p>
              {m.sensitive ? <p className="mt-1 text-stone-700">{t("admin.outboxSensitive")}</p> : null}
              {email ? (
                <div className="mt-2">
                  <p>
                    <strong>{email.to}</strong> — {email.subject}
                  </p>
                  {email.text === null ? (
                    <p className="mt-1 italic">{t("admin.outboxPurged")}</p>
                  ) : (
                    <pre className="mt-1 whitespace-pre-wrap break-words font-sans">{email.text}</pre>
                  )}
                </div>
              ) : (
                <pre className="mt-1 whitespace-pre-wrap break-words">{m.payload}</pre>
              )}
              {m.lastError ? <p className="text-red-900">{m.lastError}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
