// The printable A4 poster of a certified sales point (business side); see components/sales-points/poster.tsx.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { PosterPage } from "~/components/sales-points/poster-page";
import { loadPosterPage } from "~/components/sales-points/poster-page.server";
import { pageMeta } from "~/utils/meta";
import { requireBusiness } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, businessId } = await requireBusiness(request, "business:sales-points:manage");
  return loadPosterPage(request, { actor, businessId, salesPointId: params.id ?? "", back: `/business/sales-points/${params.id ?? ""}` });
}

export default function SalesPointPosterPage() {
  const { view, back } = useLoaderData<typeof loader>();
  return <PosterPage view={view} back={back} />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
