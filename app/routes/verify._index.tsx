import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { VerifyCodeForm } from "~/components/sales-points/verify-form";
import { getT } from "~/i18next.server";
import { normaliseVerificationCode } from "~/modules/certification/verification-code";
import { catalogMeta } from "~/components/catalog/meta";
import { absoluteUrl } from "~/modules/catalog/public.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => catalogMeta(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getT(request);
  const typed = new URL(request.url).searchParams.get("code");
  if (typed !== null) {
    const code = normaliseVerificationCode(typed);
    if (code) throw redirect(`/verify/${code}`);
  }
  return {
    title: t("publicSalesPoints.verify.title"),
    description: t("publicSalesPoints.verify.lead"),
    canonicalUrl: absoluteUrl("/verify"),
    typed: typed ?? "",
    error: typed === null ? null : typed.trim() === "" ? "publicSalesPoints.verify.required" : "publicSalesPoints.verify.invalidCode",
  };
}

export default function VerifyPage() {
  const { typed, error } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-xl space-y-4 text-lg">
      <h1 className="text-3xl font-bold">{t("publicSalesPoints.verify.title")}</h1>
      <p>{t("publicSalesPoints.verify.lead")}</p>
      {/* Keyed so a new result replaces the uncontrolled field's value. */}
      <VerifyCodeForm key={`${typed}|${error ?? ""}`} defaultValue={typed} error={error} />
    </div>
  );
}
