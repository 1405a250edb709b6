// One fair in the office: details, lifecycle, booth types and the floor-plan editor. Every
// change is a small POST form switched on `intent`, so all of it works without JavaScript;
// the SVG preview shows the result.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { FairForm, type FairFormReply } from "~/components/fairs/fair-form";
import { FloorPlan } from "~/components/fairs/floor-plan";
import { Checkbox, ReplyErrors, TextInput, useIntentReply } from "~/components/fairs/form-bits";
import { Field } from "~/components/ui/field";
import { getT } from "~/i18next.server";
import { DomainError } from "~/modules/errors";
import {
  BoothIdSchema,
  BoothTypeIdSchema,
  BoothTypeSchema,
  ChooseProvinceSchema,
  EditBoothSchema,
  FAIR_INTENTS,
  FairFieldsSchema,
  GenerateBoothsSchema,
  IntentOnlySchema,
  ReasonSchema,
  fairFormDefaults,
} from "~/modules/fairs/fair.schema";
import { addBoothType, cancelFair, changeFairStatus, deleteBooth, deleteBoothType, editBooth, generateBooths, getFairForOffice, updateFair } from "~/modules/fairs/fairs.server";
import { planView } from "~/modules/fairs/public.server";
import { listCategoryChoices, placeOptions } from "~/modules/sales-points/sales-points.server";
import { db, dbReady } from "~/utils/db.server";
import { statusFor, toHttpError } from "~/utils/http.server";
import { domainErrorReply, invalidReply } from "~/utils/intent-reply.server";
import { formatVnd } from "~/utils/money";
import { pageMeta } from "~/utils/meta";
import { parseWithZod } from "~/utils/parse-form";
import { redirectWithFlash, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:fairs:manage");
  await dbReady;
  const fair = await getFairForOffice(db, { actor, fairId: params.id! }).catch((e: unknown) => {
    throw toHttpError(e);
  });
  const [places, categories] = await Promise.all([placeOptions(db, fair.provinceCode), listCategoryChoices(db)]);
  return {
    title: fair.name,
    fair: { id: fair.id, name: fair.name, slug: fair.slug, status: fair.status, cancelReason: fair.cancelReason },
    defaults: fairFormDefaults(fair),
    provinces: places.provinces,
    communes: places.communes,
    categories: categories.flatMap((c) => [c, ...c.children]),
    boothTypes: fair.boothTypes.map((bt) => ({
      id: bt.id,
      name: bt.name,
      line: `${bt.widthM}×${bt.depthM} m — ${formatVnd(bt.feeVnd)}`,
      includes: [bt.includesTable && "table", bt.includesChairs && "chairs", bt.includesElectricity && "electricity"].filter(Boolean) as string[],
      booths: bt._count.booths,
    })),
    booths: fair.booths.map((b) => ({ id: b.id, code: b.code, x: b.x, y: b.y, type: b.boothType.name, holder: b.registrations[0]?.business.name ?? null })),
    plan: planView(fair),
  };
}

const nonce = () => Math.random().toString(36).slice(2);

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "office:fairs:manage");
  await dbReady;
  const fairId = params.id!;
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const here = `/office/fairs/${fairId}`;
  const flash = (message: string, params?: Record<string, string>) => redirectWithFlash(request, here, { kind: "success", message, params });

  if (intent === FAIR_INTENTS.chooseProvince) {
    const submission = parseWithZod(formData, { schema: ChooseProvinceSchema });
    const communes = (await placeOptions(db, formData.get("provinceCode"))).communes;
    return data({ intent, result: submission.reply(), nonce: nonce(), communes } satisfies FairFormReply);
  }
  if (intent === FAIR_INTENTS.save) {
    const submission = parseWithZod(formData, { schema: FairFieldsSchema });
    const communes = async () => (await placeOptions(db, formData.get("provinceCode"))).communes;
    if (submission.status !== "success") {
      return data({ intent, result: submission.reply({ formErrors: ["fairs.errors.fixBelow"] }), nonce: nonce(), communes: await communes() } satisfies FairFormReply, { status: 400 });
    }
    try {
      await updateFair(db, { actor, fairId, fields: submission.value });
      return flash("fairs.office.saved");
    } catch (error) {
      if (error instanceof DomainError && (error.code === "invalid" || error.code === "conflict")) {
        return data(
          { intent, result: submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }), nonce: nonce(), communes: await communes() } satisfies FairFormReply,
          { status: statusFor(error) },
        );
      }
      throw toHttpError(error);
    }
  }
  if (intent === FAIR_INTENTS.publish || intent === FAIR_INTENTS.close || intent === FAIR_INTENTS.finish) {
    const submission = parseWithZod(formData, { schema: IntentOnlySchema });
    try {
      await changeFairStatus(db, { actor, fairId, change: intent });
      return flash("fairs.office.statusChanged");
    } catch (error) {
      return domainErrorReply("lifecycle", submission, error);
    }
  }
  if (intent === FAIR_INTENTS.cancel) {
    const submission = parseWithZod(formData, { schema: ReasonSchema });
    if (submission.status !== "success") return invalidReply(intent, submission);
    try {
      await cancelFair(db, { actor, fairId, reason: submission.value.reason });
      return flash("fairs.office.cancelledFlash");
    } catch (error) {
      return domainErrorReply(intent, submission, error);
    }
  }
  if (intent === FAIR_INTENTS.addBoothType) {
    const submission = parseWithZod(formData, { schema: BoothTypeSchema });
    if (submission.status !== "success") return invalidReply(intent, submission);
    try {
      await addBoothType(db, { actor, fairId, fields: submission.value });
      return flash("fairs.office.boothTypes.added");
    } catch (error) {
      return domainErrorReply(intent, submission, error);
    }
  }
  if (intent === FAIR_INTENTS.deleteBoothType) {
    const submission = parseWithZod(formData, { schema: BoothTypeIdSchema });
    if (submission.status !== "success") return invalidReply(intent, submission);
    try {
      await deleteBoothType(db, { actor, fairId, boothTypeId: submission.value.boothTypeId });
      return flash("fairs.office.boothTypes.deleted");
    } catch (error) {
      return domainErrorReply(intent, submission, error, submission.value.boothTypeId);
    }
  }
  if (intent === FAIR_INTENTS.generateBooths) {
    const submission = parseWithZod(formData, { schema: GenerateBoothsSchema });
    if (submission.status !== "success") return invalidReply(intent, submission);
    try {
      const count = await generateBooths(db, { actor, fairId, fields: submission.value });
      return flash("fairs.office.generate.done", { count: String(count) });
    } catch (error) {
      return domainErrorReply(intent, submission, error);
    }
  }
  if (intent === FAIR_INTENTS.editBooth) {
    const submission = parseWithZod(formData, { schema: EditBoothSchema });
    const target = String(formData.get("boothId") ?? "");
    if (submission.status !== "success") return invalidReply(intent, submission, target);
    try {
      await editBooth(db, { actor, fairId, ...submission.value });
      return flash("fairs.office.booths.saved");
    } catch (error) {
      return domainErrorReply(intent, submission, error, target);
    }
  }
  if (intent === FAIR_INTENTS.deleteBooth) {
    const submission = parseWithZod(formData, { schema: BoothIdSchema });
    const target = String(formData.get("boothId") ?? "");
    if (submission.status !== "success") return invalidReply(intent, submission, target);
    try {
      await deleteBooth(db, { actor, fairId, boothId: submission.value.boothId });
      return flash("fairs.office.booths.deleted");
    } catch (error) {
      return domainErrorReply(intent, submission, error, target);
    }
  }
  return new Response("Unknown intent", { status: 400 });
}

function BoothRow({ booth }: { booth: { id: string; code: string; x: number; y: number; type: string; holder: string | null } }) {
  const { t } = useTranslation();
  const editReply = useIntentReply(FAIR_INTENTS.editBooth, booth.id);
  const deleteReply = useIntentReply(FAIR_INTENTS.deleteBooth, booth.id);
  return (
    <li className="rounded border border-stone-300 bg-white p-2">
      <Form method="post" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="boothId" value={booth.id} />
        <div className="w-24">
          <TextInput id={`code-${booth.id}`} name="code" label={t("fairs.office.booths.code")} reply={editReply} defaultValue={booth.code} />
        </div>
        <div className="w-20">
          <TextInput id={`x-${booth.id}`} name="x" label={t("fairs.office.booths.x")} reply={editReply} defaultValue={booth.x} inputMode="numeric" />
        </div>
        <div className="w-20">
          <TextInput id={`y-${booth.id}`} name="y" label={t("fairs.office.booths.y")} reply={editReply} defaultValue={booth.y} inputMode="numeric" />
        </div>
        <span className="pb-2 text-sm">{booth.type}</span>
        <button type="submit" name="intent" value={FAIR_INTENTS.editBooth} className="btn-secondary">
          {t("fairs.office.booths.save", { code: booth.code })}
        </button>
        <button type="submit" name="intent" value={FAIR_INTENTS.deleteBooth} className="btn-secondary" formNoValidate>
          {t("fairs.office.booths.delete", { code: booth.code })}
        </button>
      </Form>
      {booth.holder ? <p className="text-sm">{t("fairs.office.booths.holder", { name: booth.holder })}</p> : null}
      <ReplyErrors reply={editReply} />
      <ReplyErrors reply={deleteReply} />
    </li>
  );
}

export default function OfficeFairPage() {
  const { fair, defaults, provinces, communes, categories, boothTypes, booths, plan } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as (FairFormReply & { nonce?: string }) | undefined;
  const { t } = useTranslation();
  const lifecycle = useIntentReply("lifecycle");
  const cancelReply = useIntentReply(FAIR_INTENTS.cancel);
  const typeReply = useIntentReply(FAIR_INTENTS.addBoothType);
  const generateReply = useIntentReply(FAIR_INTENTS.generateBooths);
  const formReply = actionData && "nonce" in actionData && actionData.nonce ? actionData : null;
  const open = fair.status !== "FINISHED" && fair.status !== "CANCELLED";
  return (
    <section aria-labelledby="fair-title" className="space-y-8">
      <div className="space-y-2">
        <p>
          <Link to="/office/fairs">{t("fairs.office.back")}</Link>
        </p>
        <h1 id="fair-title" className="text-3xl font-bold">
          {fair.name}
        </h1>
        <p>
          <strong>{t("fairs.office.lifecycle")}:</strong> <span data-testid="fair-status">{t(`fairs.status.${fair.status}`)}</span>
        </p>
        {fair.cancelReason ? <p>{t("fairs.cancelledBecause", { reason: fair.cancelReason })}</p> : null}
        <nav aria-label={t("fairs.office.title")}>
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link to={`/office/fairs/${fair.id}/registrations`}>{t("fairs.office.links.registrations")}</Link>
            </li>
            <li>
              <Link to={`/office/fairs/${fair.id}/check-in`}>{t("fairs.office.links.checkIn")}</Link>
            </li>
            <li>
              <Link to={`/office/fairs/${fair.id}/results`}>{t("fairs.office.links.results")}</Link>
            </li>
            <li>
              <Link to={`/office/news/new?fair=${fair.id}`}>{t("officeNews.announceFair")}</Link>
            </li>
            {fair.status !== "DRAFT" ? (
              <li>
                <Link to={`/fairs/${fair.slug}`}>{t("fairs.office.links.public")}</Link>
              </li>
            ) : null}
          </ul>
        </nav>
      </div>

      {open ? (
        <section aria-labelledby="lifecycle-title" className="space-y-3">
          <h2 id="lifecycle-title" className="text-2xl font-bold">
            {t("fairs.office.lifecycle")}
          </h2>
          <ReplyErrors reply={lifecycle} />
          <Form method="post" className="flex flex-wrap gap-2">
            {fair.status === "DRAFT" ? (
              <button type="submit" name="intent" value={FAIR_INTENTS.publish} className="btn-primary">
                {t("fairs.office.publish")}
              </button>
            ) : null}
            {fair.status === "PUBLISHED" ? (
              <button type="submit" name="intent" value={FAIR_INTENTS.close} className="btn-secondary">
                {t("fairs.office.close")}
              </button>
            ) : null}
            {fair.status !== "DRAFT" ? (
              <button type="submit" name="intent" value={FAIR_INTENTS.finish} className="btn-secondary">
                {t("fairs.office.finish")}
              </button>
            ) : null}
          </Form>
          <Form method="post" className="max-w-xl space-y-2">
            <ReplyErrors reply={cancelReply} />
            <TextInput id="cancel-reason" name="reason" label={t("fairs.office.cancelReason")} reply={cancelReply} required />
            <button type="submit" name="intent" value={FAIR_INTENTS.cancel} className="btn-secondary">
              {t("fairs.office.cancel")}
            </button>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="booth-types-title" className="space-y-3">
        <h2 id="booth-types-title" className="text-2xl font-bold">
          {t("fairs.office.boothTypes.title")}
        </h2>
        {boothTypes.length === 0 ? <p>{t("fairs.office.boothTypes.none")}</p> : null}
        <ul className="space-y-1">
          {boothTypes.map((bt) => (
            <li key={bt.id} className="flex flex-wrap items-center gap-3">
              <span>
                <strong>{bt.name}</strong> — {bt.line} — {bt.includes.map((i) => t(`fairs.includes.${i}`)).join(", ")} — {t("fairs.office.boothTypes.count", { count: bt.booths })}
              </span>
              {open && bt.booths === 0 ? (
                <Form method="post">
                  <input type="hidden" name="boothTypeId" value={bt.id} />
                  <button type="submit" name="intent" value={FAIR_INTENTS.deleteBoothType} className="btn-secondary">
                    {t("fairs.office.boothTypes.delete", { name: bt.name })}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
        {open ? (
          <Form method="post" className="grid max-w-3xl gap-3 rounded border border-stone-300 p-3 sm:grid-cols-4" aria-label={t("fairs.office.boothTypes.add")}>
            <div className="sm:col-span-4">
              <ReplyErrors reply={typeReply} />
            </div>
            <div className="sm:col-span-4">
              <TextInput id="bt-name" name="name" label={t("fairs.office.boothTypes.name")} reply={typeReply} required />
            </div>
            <TextInput id="bt-width" name="widthM" label={t("fairs.office.boothTypes.widthM")} reply={typeReply} defaultValue={3} inputMode="numeric" />
            <TextInput id="bt-depth" name="depthM" label={t("fairs.office.boothTypes.depthM")} reply={typeReply} defaultValue={3} inputMode="numeric" />
            <div className="sm:col-span-2">
              <TextInput id="bt-fee" name="feeVnd" label={t("fairs.office.boothTypes.feeVnd")} reply={typeReply} inputMode="numeric" required />
            </div>
            <Checkbox id="bt-table" name="includesTable" label={t("fairs.office.boothTypes.includesTable")} defaultChecked />
            <Checkbox id="bt-chairs" name="includesChairs" label={t("fairs.office.boothTypes.includesChairs")} defaultChecked />
            <Checkbox id="bt-electricity" name="includesElectricity" label={t("fairs.office.boothTypes.includesElectricity")} />
            <div className="sm:col-span-4">
              <button type="submit" name="intent" value={FAIR_INTENTS.addBoothType} className="btn-primary">
                {t("fairs.office.boothTypes.add")}
              </button>
            </div>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="plan-title" className="space-y-3">
        <h2 id="plan-title" className="text-2xl font-bold">
          {t("fairs.office.booths.title")}
        </h2>
        <FloorPlan plan={plan} id="office-plan" />
        {open && boothTypes.length > 0 ? (
          <Form method="post" className="grid max-w-3xl gap-3 rounded border border-stone-300 p-3 sm:grid-cols-3" aria-labelledby="generate-title">
            <h3 id="generate-title" className="text-xl font-bold sm:col-span-3">
              {t("fairs.office.generate.title")}
            </h3>
            <p className="sm:col-span-3">{t("fairs.office.generate.lead")}</p>
            <div className="sm:col-span-3">
              <ReplyErrors reply={generateReply} />
            </div>
            <Field id="gen-type" label={t("fairs.office.generate.boothType")} errors={generateReply?.errors("boothTypeId")}>
              {(aria) => (
                <select {...aria} name="boothTypeId" className="input" defaultValue={generateReply?.value("boothTypeId")}>
                  {boothTypes.map((bt) => (
                    <option key={bt.id} value={bt.id}>
                      {bt.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextInput id="gen-prefix" name="prefix" label={t("fairs.office.generate.prefix")} reply={generateReply} defaultValue="A" />
            <TextInput id="gen-start" name="startNumber" label={t("fairs.office.generate.startNumber")} reply={generateReply} defaultValue={1} inputMode="numeric" />
            <TextInput id="gen-count" name="count" label={t("fairs.office.generate.count")} reply={generateReply} defaultValue={10} inputMode="numeric" />
            <TextInput id="gen-per-row" name="perRow" label={t("fairs.office.generate.perRow")} reply={generateReply} defaultValue={10} inputMode="numeric" />
            <div />
            <TextInput id="gen-x" name="x" label={t("fairs.office.generate.x")} reply={generateReply} defaultValue={1} inputMode="numeric" />
            <TextInput id="gen-y" name="y" label={t("fairs.office.generate.y")} reply={generateReply} defaultValue={1} inputMode="numeric" />
            <div className="sm:col-span-3">
              <button type="submit" name="intent" value={FAIR_INTENTS.generateBooths} className="btn-primary">
                {t("fairs.office.generate.submit")}
              </button>
            </div>
          </Form>
        ) : null}
        {booths.length === 0 ? (
          <p>{t("fairs.office.booths.none")}</p>
        ) : open ? (
          <details>
            <summary className="cursor-pointer font-semibold">{t("fairs.office.booths.title")} ({booths.length})</summary>
            <ul className="mt-2 space-y-2">
              {booths.map((b) => (
                <BoothRow key={b.id} booth={b} />
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="details-title" className="max-w-3xl space-y-3">
        <h2 id="details-title" className="text-2xl font-bold">
          {t("fairs.office.details")}
        </h2>
        <FairForm
          key={formReply?.nonce ?? "saved"}
          reply={formReply}
          defaults={defaults}
          provinces={provinces}
          savedCommunes={communes}
          categories={categories}
          submitLabel={t("fairs.office.save")}
        />
      </section>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
