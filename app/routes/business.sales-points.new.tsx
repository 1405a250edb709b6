// Adding a sales point. Works without JavaScript: "choose province" reloads the form with
// that province's communes and the typed values kept.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { EMPTY_HOURS, SalesPointForm, type SalesPointFormReply } from "~/components/sales-points/sales-point-form";
import { getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import { ChooseProvinceSchema, SALES_POINT_INTENTS, SalesPointFieldsSchema } from "~/modules/sales-points/sales-point.schema";
import { createSalesPoint, listCategoryChoices, placeOptions } from "~/modules/sales-points/sales-points.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireBusiness(request, "business:sales-points:manage");
  await dbReady;
  const [places, categories, t] = await Promise.all([placeOptions(db, null), listCategoryChoices(db), getT(request)]);
  return { title: t("salesPoints.newTitle"), provinces: places.provinces, categories };
}

const nonce = () => Math.random().toString(36).slice(2);

export async function action({ request }: ActionFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:sales-points:manage");
  await dbReady;
  const formData = await request.formData();
  const communes = async () => (await placeOptions(db, formData.get("provinceCode"))).communes;
  if (formData.get("intent") === SALES_POINT_INTENTS.chooseProvince) {
    const submission = parseWithZod(formData, { schema: ChooseProvinceSchema });
    return data({ result: submission.reply(), nonce: nonce(), communes: await communes() } satisfies SalesPointFormReply);
  }
  const submission = parseWithZod(formData, { schema: SalesPointFieldsSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ formErrors: ["errors.fixBelow"] }), nonce: nonce(), communes: await communes() } satisfies SalesPointFormReply, { status: 400 });
  }
  try {
    const point = await createSalesPoint(db, { actor, businessId, fields: submission.value });
    return redirectWithFlash(request, `/business/sales-points/${point.id}`, { kind: "success", message: "salesPoints.created" });
  } catch (error) {
    if (error instanceof DomainError && (error.code === "invalid" || error.code === "conflict")) {
      return data(
        { result: submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }), nonce: nonce(), communes: await communes() } satisfies SalesPointFormReply,
        { status: error.code === "invalid" ? 400 : 409 },
      );
    }
    throw toHttpError(error);
  }
}

export default function NewSalesPointPage() {
  const { provinces, categories } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() ?? null;
  const { t } = useTranslation();
  return (
    <section aria-labelledby="new-sales-point-title" className="max-w-3xl space-y-4">
      <p>
        <Link to="/business/sales-points">{t("salesPoints.backToList")}</Link>
      </p>
      <h1 id="new-sales-point-title" className="text-3xl font-bold">
        {t("salesPoints.newTitle")}
      </h1>
      <p>{t("salesPoints.newLead")}</p>
      <SalesPointForm
        key={reply?.nonce ?? "new"}
        id="sales-point"
        reply={reply}
        defaults={{
          name: "",
          provinceCode: "",
          communeCode: "",
          streetAddress: "",
          latitude: "",
          longitude: "",
          phone: "",
          vietGoodsShare: "",
          categoryIds: [],
          hours: EMPTY_HOURS,
        }}
        provinces={provinces}
        savedCommunes={[]}
        categories={categories}
        submitLabel={t("salesPoints.create")}
      />
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
