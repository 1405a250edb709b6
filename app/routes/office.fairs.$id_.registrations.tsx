// The office reviews a fair's registrations: approve, reject with a reason, move to another
// booth, give a waitlisted one a booth, mark the fee paid. Each is a small POST form.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { ReplyErrors, TextInput, useIntentReply } from "~/components/fairs/form-bits";
import { Field } from "~/components/ui/field";
import { getLanguage, getT } from "~/i18next.server";
import { MoveSchema, REGISTRATION_INTENTS, RegistrationIdSchema, RejectSchema } from "~/modules/fairs/fair.schema";
import { getFairForOffice } from "~/modules/fairs/fairs.server";
import { markRegistrationPaid } from "~/modules/fairs/fees.server";
import { approveRegistration, moveRegistration, promoteRegistration, rejectRegistration } from "~/modules/fairs/registrations.server";
import { listFairRegistrations } from "~/modules/fairs/results.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { domainErrorReply, invalidReply } from "~/utils/intent-reply.server";
import { formatVnd } from "~/utils/money";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:fairs:manage");
  await dbReady;
  const [list, fair, t, language] = await Promise.all([
    listFairRegistrations(db, { actor, fairId: params.id! }),
    getFairForOffice(db, { actor, fairId: params.id! }),
    getT(request),
    getLanguage(request),
  ]).catch((e: unknown) => {
    throw toHttpError(e);
  });
  return {
    title: t("fairs.office.registrations.title", { name: list.fair.name }),
    fair: list.fair,
    booths: fair.booths.map((b) => ({ id: b.id, code: b.code, free: b.registrations.length === 0 })),
    registrations: list.registrations.map((r) => ({
      ...r,
      fee: formatVnd(r.feeVnd),
      holdExpiresAt: r.holdExpiresAt ? formatDateTime(r.holdExpiresAt, language) : null,
      checkedInAt: r.checkedInAt ? formatDateTime(r.checkedInAt, language) : null,
      salesVnd: r.salesVnd?.toString() ?? null,
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:fairs:manage");
  await dbReady;
  const fairId = params.id!;
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const target = String(formData.get("registrationId") ?? "");
  const done = (message: string) => redirectWithFlash(request, `/office/fairs/${fairId}/registrations`, { kind: "success", message });
  if (intent === REGISTRATION_INTENTS.reject) {
    const submission = parseWithZod(formData, { schema: RejectSchema });
    if (submission.status !== "success") return invalidReply(intent, submission, target);
    try {
      await rejectRegistration(db, { actor, fairId, ...submission.value });
      return done("fairs.office.registrations.rejected");
    } catch (error) {
      return domainErrorReply(intent, submission, error, target);
    }
  }
  if (intent === REGISTRATION_INTENTS.move) {
    const submission = parseWithZod(formData, { schema: MoveSchema });
    if (submission.status !== "success") return invalidReply(intent, submission, target);
    try {
      await moveRegistration(db, { actor, fairId, ...submission.value });
      return done("fairs.office.registrations.moved");
    } catch (error) {
      return domainErrorReply(intent, submission, error, target);
    }
  }
  const submission = parseWithZod(formData, { schema: RegistrationIdSchema });
  if (submission.status !== "success") return invalidReply(intent, submission, target);
  const registrationId = submission.value.registrationId;
  const uses = {
    [REGISTRATION_INTENTS.approve]: [() => approveRegistration(db, { actor, fairId, registrationId }), "fairs.office.registrations.approved"],
    [REGISTRATION_INTENTS.promote]: [() => promoteRegistration(db, { actor, fairId, registrationId }), "fairs.office.registrations.promoted"],
    [REGISTRATION_INTENTS.markPaid]: [() => markRegistrationPaid(db, { actor, fairId, registrationId }), "fairs.office.registrations.paid"],
  } as const;
  const use = uses[intent as keyof typeof uses];
  if (!use) return new Response("Unknown intent", { status: 400 });
  try {
    await use[0]();
    return done(use[1]);
  } catch (error) {
    return domainErrorReply(intent, submission, error, target);
  }
}

type Row = ReturnType<typeof useLoaderData<typeof loader>>["registrations"][number];

function RegistrationActions({ r, booths }: { r: Row; booths: { id: string; code: string; free: boolean }[] }) {
  const { t } = useTranslation();
  const replies = [REGISTRATION_INTENTS.approve, REGISTRATION_INTENTS.promote, REGISTRATION_INTENTS.markPaid].map((i) => useIntentReply(i, r.id));
  const rejectReply = useIntentReply(REGISTRATION_INTENTS.reject, r.id);
  const moveReply = useIntentReply(REGISTRATION_INTENTS.move, r.id);
  const holding = r.status === "PENDING" || r.status === "APPROVED";
  const open = holding || r.status === "WAITLISTED";
  return (
    <div className="space-y-2">
      {replies.map((reply, i) => (
        <ReplyErrors key={i} reply={reply} />
      ))}
      <Form method="post" className="flex flex-wrap gap-2">
        <input type="hidden" name="registrationId" value={r.id} />
        {r.status === "PENDING" ? (
          <button type="submit" name="intent" value={REGISTRATION_INTENTS.approve} className="btn-primary">
            {t("fairs.office.registrations.approve")}
          </button>
        ) : null}
        {r.status === "WAITLISTED" ? (
          <button type="submit" name="intent" value={REGISTRATION_INTENTS.promote} className="btn-secondary">
            {t("fairs.office.registrations.promote")}
          </button>
        ) : null}
        {holding && r.feeOpen ? (
          <button type="submit" name="intent" value={REGISTRATION_INTENTS.markPaid} className="btn-secondary">
            {t("fairs.office.registrations.markPaid")}
          </button>
        ) : null}
      </Form>
      {holding ? (
        <Form method="post" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="registrationId" value={r.id} />
          <Field id={`move-${r.id}`} label={t("fairs.office.registrations.moveTo")} errors={moveReply?.errors("boothId")}>
            {(aria) => (
              <select {...aria} name="boothId" className="input">
                {booths
                  .filter((b) => b.free)
                  .map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.code}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <button type="submit" name="intent" value={REGISTRATION_INTENTS.move} className="btn-secondary">
            {t("fairs.office.registrations.move")}
          </button>
          <ReplyErrors reply={moveReply} />
        </Form>
      ) : null}
      {open ? (
        <Form method="post" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="registrationId" value={r.id} />
          <TextInput id={`reason-${r.id}`} name="reason" label={t("fairs.office.registrations.rejectReason")} reply={rejectReply} required />
          <button type="submit" name="intent" value={REGISTRATION_INTENTS.reject} className="btn-secondary">
            {t("fairs.office.registrations.reject")}
          </button>
          <ReplyErrors reply={rejectReply} />
        </Form>
      ) : null}
    </div>
  );
}

export default function OfficeFairRegistrationsPage() {
  const { fair, registrations, booths } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="registrations-title" className="space-y-4">
      <p>
        <Link to={`/office/fairs/${fair.id}`}>← {fair.name}</Link>
      </p>
      <h1 id="registrations-title" className="text-3xl font-bold">
        {t("fairs.office.registrations.title", { name: fair.name })}
      </h1>
      {registrations.length === 0 ? <p>{t("fairs.office.registrations.none")}</p> : null}
      <ul className="space-y-3">
        {registrations.map((r) => (
          <li key={r.id} className="rounded border border-stone-300 bg-white p-3" aria-label={r.business.name}>
            <h2 className="text-lg font-bold">{r.business.name}</h2>
            <p>
              <span data-testid="registration-status">{t(`fairs.regStatus.${r.status}`)}</span>
              {r.booth ? ` — ${t("fairs.exhibitors.booth", { code: r.booth })}` : ""} — {r.boothType} — {r.fee} — {t(`fairs.feeStatus.${r.feeStatus}`)}
              {r.waiverRequested ? ` — ${t("fairs.office.registrations.waiver")}` : ""}
            </p>
            {r.position ? <p>{t("fairs.office.registrations.position", { position: r.position })}</p> : null}
            {r.holdExpiresAt ? <p>{t("fairs.office.registrations.holdUntil", { date: r.holdExpiresAt })}</p> : null}
            {r.products.length ? <p>{t("fairs.office.registrations.products", { list: r.products.join(", ") })}</p> : null}
            {r.note ? <p className="italic">{r.note}</p> : null}
            {r.decisionReason ? <p>{r.decisionReason}</p> : null}
            <RegistrationActions r={r} booths={booths} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
