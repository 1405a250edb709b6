// The printable A4 poster of a certified sales point (office side); see components/sales-points/poster.tsx.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { PosterPage } from "~/components/sales-points/poster-page";
import { loadPosterPage } from "~/components/sales-points/poster-page.server";
import { pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "office:sales-points:certify");
  return loadPosterPage(request, { actor, salesPointId: params.id ?? "", back: `/office/sales-points/${params.id ?? ""}` });
}

export default function SalesPointPosterPage() {
  const { view, back } = useLoaderData<typeof loader>();
  return <PosterPage view={view} back={back} />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
