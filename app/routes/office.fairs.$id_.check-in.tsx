// Check-in on the day: the officer types (or scans with the camera) the code on an exhibitor's pass;
// a big confirmation, "already checked in at 08:12" the second time, the live count and the
// list of exhibitors who have not arrived.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckInForm, type CheckInView } from "~/components/events/check-in-form";
import { ErrorPage } from "~/components/error-page";
import { getLanguage, getT } from "~/i18next.server";
import { checkInBoard, checkInExhibitor } from "~/modules/fairs/check-in.server";
import { CheckInSchema } from "~/modules/fairs/fair.schema";
import { getFairForOffice } from "~/modules/fairs/fairs.server";
import { db, dbReady } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:fairs:manage");
  await dbReady;
  const [fair, board, t] = await Promise.all([getFairForOffice(db, { actor, fairId: params.id! }), checkInBoard(db, { actor, fairId: params.id! }), getT(request)]).catch(
    (e: unknown) => {
      throw toHttpError(e);
    },
  );
  // a pass QR opened by a phone's camera app lands here with the code: filled in, not submitted
  const code = new URL(request.url).searchParams.get("code")?.slice(0, 40) ?? "";
  return { title: t("fairs.office.checkIn.title", { name: fair.name }), fair: { id: fair.id, name: fair.name }, board, code };
}

/** "08:12" in Vietnam time: check-in happens on the fair's days, the hour is what matters. */
function clock(date: Date, language: string) {
  const text = formatDateTime(date, language);
  return /\d{2}:\d{2}$/.exec(text)?.[0] ?? text;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:fairs:manage");
  await dbReady;
  const submission = parseWithZod(await request.formData(), { schema: CheckInSchema });
  if (submission.status !== "success") return data({ result: { state: "invalid" } as CheckInView }, { status: 400 });
  const language = await getLanguage(request);
  const result = await checkInExhibitor(db, { actor, fairId: params.id!, code: submission.value.code }).catch((e: unknown) => {
    throw toHttpError(e);
  });
  if (result.state === "invalid" || result.state === "unknown") return data({ result: { state: result.state } as CheckInView }, { status: result.state === "invalid" ? 400 : 404 });
  return data({ result: { state: result.state, name: result.target.name, place: result.target.place, time: clock(result.at, language) } as CheckInView });
}

export default function OfficeFairCheckInPage() {
  const { fair, board, code } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="check-in-title" className="max-w-2xl space-y-4">
      <p>
        <Link to={`/office/fairs/${fair.id}`}>← {fair.name}</Link>
      </p>
      <h1 id="check-in-title" className="text-3xl font-bold">
        {t("fairs.office.checkIn.title", { name: fair.name })}
      </h1>
      <CheckInForm result={reply?.result ?? null} count={{ checkedIn: board.checkedIn, expected: board.expected }} defaultCode={code} />
      <section aria-labelledby="no-shows-title">
        <h2 id="no-shows-title" className="text-xl font-bold">
          {t("fairs.office.checkIn.noShows")} ({board.noShows.length})
        </h2>
        {board.noShows.length === 0 ? (
          <p>{t("fairs.office.checkIn.allHere")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {board.noShows.map((r) => (
              <li key={r.id}>
                {r.booth} — {r.name}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
