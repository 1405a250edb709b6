// Planning a new trip (a draft): its details; the stops are added on the trip's page.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { useIntentReply } from "~/components/fairs/form-bits";
import { TripDetailsForm } from "~/components/trips/trip-forms";
import { getLanguage, getT } from "~/i18next.server";
import { tripCategoryChoices } from "~/modules/trips/choices.server";
import { TRIP_INTENTS, TripFieldsSchema, tripFormDefaults } from "~/modules/trips/trip.schema";
import { createTrip } from "~/modules/trips/trips.server";
import { db, dbReady } from "~/utils/db.server";
import { domainErrorReply, invalidReply } from "~/utils/intent-reply.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "office:trips:manage");
  await dbReady;
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  return { title: t("trips.office.newTitle"), categories: await tripCategoryChoices(db, language) };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:trips:manage");
  await dbReady;
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: TripFieldsSchema });
  if (submission.status !== "success") return invalidReply(TRIP_INTENTS.save, submission);
  try {
    const trip = await createTrip(db, { actor, fields: submission.value });
    return redirectWithFlash(request, `/office/trips/${trip.id}`, { kind: "success", message: "trips.office.created" });
  } catch (error) {
    return domainErrorReply(TRIP_INTENTS.save, submission, error);
  }
}

export default function NewTripPage() {
  const { categories } = useLoaderData<typeof loader>();
  const reply = useIntentReply(TRIP_INTENTS.save);
  const { t } = useTranslation();
  return (
    <section aria-labelledby="new-trip-title" className="max-w-3xl space-y-4">
      <p>
        <Link to="/office/trips">{t("trips.office.back")}</Link>
      </p>
      <h1 id="new-trip-title" className="text-3xl font-bold">
        {t("trips.office.newTitle")}
      </h1>
      <TripDetailsForm reply={reply} defaults={tripFormDefaults()} categories={categories} submitLabel={t("trips.office.create")} />
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
