import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors } from "~/components/ui/field";
import { getLanguage, getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import { changeUserRole, listUsers } from "~/modules/identity/accounts.server";
import { ChangeRoleSchema } from "~/modules/identity/admin.schema";
import { ROLES } from "~/modules/identity/permissions";
import { db, dbReady } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "admin:users:manage");
  const query = new URL(request.url).searchParams.get("q") ?? "";
  await dbReady;
  const [users, t, language] = await Promise.all([listUsers(db, { actor, query }), getT(request), getLanguage(request)]);
  return {
    title: t("admin.usersTitle"),
    query,
    users: users.map((u) => ({ ...u, createdAt: formatDate(u.createdAt, language) })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "admin:users:manage");
  const submission = parseWithZod(await request.formData(), { schema: ChangeRoleSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  await dbReady;
  try {
    const user = await changeUserRole(db, { actor, ...submission.value });
    const t = await getT(request);
    return redirectWithFlash(request, "/office/admin/users", {
      kind: "success",
      message: "admin.roleChanged",
      params: { name: user.name, role: t(`role.${user.role}`) },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code !== "not_found") {
      return data(submission.reply({ formErrors: [error.message] }), { status: 409 });
    }
    throw error;
  }
}

export default function AdminUsersPage() {
  const { users, query } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="users-title" className="space-y-4">
      <h1 id="users-title" className="text-3xl font-bold">
        {t("admin.usersTitle")}
      </h1>
      <p>{t("admin.usersLead")}</p>
      <FormErrors errors={lastResult?.error?.[""] ?? null} />
      <Form method="get" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="user-filter" className="block font-semibold">
            {t("admin.filter")}
          </label>
          <input id="user-filter" name="q" type="search" defaultValue={query} className="input" />
        </div>
        <button type="submit" className="btn-secondary">
          {t("admin.filterSubmit")}
        </button>
      </Form>
      {users.length === 0 ? (
        <p>{t("admin.noUsers")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="p-2">{t("admin.name")}</th>
                <th scope="col" className="p-2">{t("admin.email")}</th>
                <th scope="col" className="p-2">{t("admin.createdAt")}</th>
                <th scope="col" className="p-2">{t("admin.role")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-stone-200">
                  <td className="p-2">{user.name}</td>
                  <td className="p-2">{user.email}</td>
                  <td className="p-2">{user.createdAt}</td>
                  <td className="p-2">
                    <Form method="post" className="flex flex-wrap items-center gap-2">
                      <input type="hidden" name="userId" value={user.id} />
                      <label htmlFor={`role-${user.id}`} className="sr-only">
                        {t("admin.roleFor", { name: user.name })}
                      </label>
                      <select id={`role-${user.id}`} name="role" defaultValue={user.role} className="input w-auto">
                        {ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t(`role.${role}`)}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className="btn-secondary" aria-label={`${t("admin.save")}: ${user.name}`}>
                        {t("admin.save")}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
