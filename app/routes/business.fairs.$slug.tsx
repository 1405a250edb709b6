// A business registers for one open fair: booth type, optionally a specific free booth (on the
// plan or in the list of radio buttons, which is what works without JavaScript), products to
// exhibit, a fee-waiver request and a note. Allocation happens in the module (database-guarded).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { FloorPlan } from "~/components/fairs/floor-plan";
import { Checkbox, ReplyErrors, useIntentReply } from "~/components/fairs/form-bits";
import { ErrorList } from "~/components/ui/field";
import { getT } from "~/i18next.server";
import { REGISTRATION_INTENTS, RegisterSchema } from "~/modules/fairs/fair.schema";
import { registrationChoices } from "~/modules/fairs/public.server";
import { registerForFair } from "~/modules/fairs/registrations.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { domainErrorReply, invalidReply } from "~/utils/intent-reply.server";
import { formatVnd } from "~/utils/money";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { businessId } = await requireBusiness(request, "business:events:register");
  await dbReady;
  const [choices, t] = await Promise.all([registrationChoices(db, { businessId, slug: params.slug! }), getT(request)]).catch((e: unknown) => {
    throw toHttpError(e);
  });
  const { fair, plan, products } = choices;
  return {
    title: t("fairs.business.registerTitle", { name: fair.name }),
    fair: { id: fair.id, name: fair.name, slug: fair.slug, allowBoothChoice: fair.allowBoothChoice },
    boothTypes: fair.boothTypes.map((bt) => ({ id: bt.id, label: t("fairs.boothTypeLine", { name: bt.name, width: bt.widthM, depth: bt.depthM, fee: formatVnd(bt.feeVnd) }) })),
    plan,
    products,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:events:register");
  await dbReady;
  const formData = await request.formData();
  const intent = REGISTRATION_INTENTS.register;
  const submission = parseWithZod(formData, { schema: RegisterSchema });
  if (submission.status !== "success") return invalidReply(intent, submission);
  try {
    const outcome = await registerForFair(db, { actor, businessId, slug: params.slug!, fields: submission.value });
    const message =
      outcome.status === "WAITLISTED"
        ? outcome.requestedBoothTaken
          ? "fairs.business.requestedTakenWaitlisted"
          : "fairs.business.waitlisted"
        : outcome.requestedBoothTaken
          ? "fairs.business.requestedTaken"
          : "fairs.business.allocated";
    return redirectWithFlash(request, "/business/fairs", {
      kind: outcome.requestedBoothTaken ? "info" : "success",
      message,
      params: { booth: outcome.boothCode ?? "", position: String(outcome.position ?? "") },
    });
  } catch (error) {
    return domainErrorReply(intent, submission, error);
  }
}

export default function BusinessFairRegisterPage() {
  const { fair, boothTypes, plan, products } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const reply = useIntentReply(REGISTRATION_INTENTS.register);
  return (
    <section aria-labelledby="register-title" className="max-w-4xl space-y-4">
      <p>
        <Link to="/business/fairs">← {t("fairs.business.title")}</Link>
      </p>
      <h1 id="register-title" className="text-3xl font-bold">
        {t("fairs.business.registerTitle", { name: fair.name })}
      </h1>
      <Form method="post" className="space-y-5">
        <ReplyErrors reply={reply} />
        <fieldset className="space-y-1">
          <legend className="font-bold">{t("fairs.business.boothType")}</legend>
          {boothTypes.map((bt, i) => (
            <div key={bt.id} className="flex items-center gap-2">
              <input type="radio" id={`type-${bt.id}`} name="boothTypeId" value={bt.id} defaultChecked={i === 0} className="h-5 w-5" />
              <label htmlFor={`type-${bt.id}`}>{bt.label}</label>
            </div>
          ))}
          <ErrorList errors={reply?.errors("boothTypeId")} />
        </fieldset>
        {fair.allowBoothChoice ? (
          <fieldset className="space-y-2">
            <legend className="font-bold">{t("fairs.business.booth")}</legend>
            <p className="text-sm text-stone-700">{t("fairs.business.boothHint")}</p>
            <FloorPlan plan={plan} id="register-plan" chooseInput="booth" />
            <div className="flex items-center gap-2">
              <input type="radio" id="booth-any" name="boothId" value="" defaultChecked className="h-5 w-5" />
              <label htmlFor="booth-any">{t("fairs.business.anyBooth")}</label>
            </div>
            <div className="grid gap-1 sm:grid-cols-3">
              {plan.booths.map((b) => (
                <div key={b.id} className="flex items-center gap-2">
                  <input type="radio" id={`booth-${b.id}`} name="boothId" value={b.id} disabled={b.state !== "free"} className="h-5 w-5" />
                  <label htmlFor={`booth-${b.id}`} className={b.state !== "free" ? "text-stone-600" : undefined}>
                    {b.code} — {b.typeName} ({t(`fairs.plan.${b.state}`)})
                  </label>
                </div>
              ))}
            </div>
            <ErrorList errors={reply?.errors("boothId")} />
          </fieldset>
        ) : null}
        <fieldset className="space-y-1">
          <legend className="font-bold">{t("fairs.business.products")}</legend>
          <p className="text-sm text-stone-700">{t("fairs.business.productsHint")}</p>
          {products.length === 0 ? <p>{t("fairs.business.noProducts")}</p> : null}
          {products.map((p) => (
            <div key={p.id} className="flex items-center gap-2">
              <input type="checkbox" id={`product-${p.id}`} name="productIds" value={p.id} className="h-5 w-5" />
              <label htmlFor={`product-${p.id}`}>{p.name}</label>
            </div>
          ))}
          <ErrorList errors={reply?.errors("productIds")} />
        </fieldset>
        <Checkbox id="waiver" name="waiverRequested" label={t("fairs.business.waiver")} hint={t("fairs.business.waiverHint")} />
        <div className="space-y-1">
          <label htmlFor="note" className="block font-semibold">
            {t("fairs.business.note")}
          </label>
          <textarea id="note" name="note" rows={3} className="input w-full" defaultValue={reply?.value("note")} />
        </div>
        <button type="submit" className="btn-primary">
          {t("fairs.business.submit")}
        </button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
