import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { ProductForm } from "~/components/products/product-form";
import { getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import { ProductFieldsSchema } from "~/modules/catalog/product.schema";
import { createDraftProduct, listCategoryOptions, listOriginCommuneOptions } from "~/modules/catalog/products.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const { businessId } = await requireBusiness(request, "business:products:manage");
  await dbReady;
  const [categories, communes, t] = await Promise.all([listCategoryOptions(db), listOriginCommuneOptions(db, { businessId }), getT(request)]);
  return { title: t("products.newTitle"), categories, communes };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:products:manage");
  const submission = parseWithZod(await request.formData(), { schema: ProductFieldsSchema });
  if (submission.status !== "success") return data(submission.reply({ formErrors: ["errors.fixBelow"] }), { status: 400 });
  await dbReady;
  try {
    const product = await createDraftProduct(db, { actor, businessId, fields: submission.value });
    return redirectWithFlash(request, `/business/products/${product.id}`, { kind: "success", message: "products.created" });
  } catch (error) {
    if (error instanceof DomainError && (error.code === "invalid" || error.code === "conflict")) {
      return data(submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }), { status: error.code === "invalid" ? 400 : 409 });
    }
    throw toHttpError(error);
  }
}

export default function NewProductPage() {
  const { categories, communes } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="new-product-title" className="max-w-3xl space-y-4">
      <p>
        <Link to="/business/products">{t("products.backToList")}</Link>
      </p>
      <h1 id="new-product-title" className="text-3xl font-bold">
        {t("products.newTitle")}
      </h1>
      <p>{t("products.newLead")}</p>
      <ProductForm
        id="new-product"
        lastResult={lastResult}
        defaults={{ name: "", categoryId: "", description: "", unit: "", priceVnd: "", originCommuneCode: "", ingredients: "" }}
        categories={categories}
        communes={communes}
        submitLabel={t("products.saveDraft")}
        withIntent={false}
      />
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
