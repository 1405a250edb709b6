// Creating a fair (as a draft). Works without JavaScript.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { FairForm, type FairFormReply } from "~/components/fairs/fair-form";
import { getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import { ChooseProvinceSchema, FAIR_INTENTS, FairFieldsSchema, fairFormDefaults } from "~/modules/fairs/fair.schema";
import { createFair } from "~/modules/fairs/fairs.server";
import { listCategoryChoices, placeOptions } from "~/modules/sales-points/sales-points.server";
import { db, dbReady } from "~/utils/db.server";
import { statusFor, toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "office:fairs:manage");
  await dbReady;
  const [places, categories, t] = await Promise.all([placeOptions(db, null), listCategoryChoices(db), getT(request)]);
  return { title: t("fairs.office.newTitle"), provinces: places.provinces, categories };
}

const nonce = () => Math.random().toString(36).slice(2);

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:fairs:manage");
  await dbReady;
  const formData = await request.formData();
  const communes = async () => (await placeOptions(db, formData.get("provinceCode"))).communes;
  if (formData.get("intent") === FAIR_INTENTS.chooseProvince) {
    const submission = parseWithZod(formData, { schema: ChooseProvinceSchema });
    return data({ intent: FAIR_INTENTS.chooseProvince, result: submission.reply(), nonce: nonce(), communes: await communes() } satisfies FairFormReply);
  }
  const submission = parseWithZod(formData, { schema: FairFieldsSchema });
  if (submission.status !== "success") {
    return data({ intent: FAIR_INTENTS.save, result: submission.reply({ formErrors: ["fairs.errors.fixBelow"] }), nonce: nonce(), communes: await communes() } satisfies FairFormReply, { status: 400 });
  }
  try {
    const fair = await createFair(db, { actor, fields: submission.value });
    return redirectWithFlash(request, `/office/fairs/${fair.id}`, { kind: "success", message: "fairs.office.created" });
  } catch (error) {
    if (error instanceof DomainError && (error.code === "invalid" || error.code === "conflict")) {
      return data(
        { intent: FAIR_INTENTS.save, result: submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }), nonce: nonce(), communes: await communes() } satisfies FairFormReply,
        { status: statusFor(error) },
      );
    }
    throw toHttpError(error);
  }
}

export default function NewFairPage() {
  const { provinces, categories } = useLoaderData<typeof loader>();
  const reply = (useActionData<typeof action>() as FairFormReply | undefined) ?? null;
  const { t } = useTranslation();
  return (
    <section aria-labelledby="new-fair-title" className="max-w-3xl space-y-4">
      <p>
        <Link to="/office/fairs">{t("fairs.office.back")}</Link>
      </p>
      <h1 id="new-fair-title" className="text-3xl font-bold">
        {t("fairs.office.newTitle")}
      </h1>
      <FairForm key={reply?.nonce ?? "new"} reply={reply} defaults={fairFormDefaults()} provinces={provinces} savedCommunes={[]} categories={categories} submitLabel={t("fairs.office.create")} />
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
