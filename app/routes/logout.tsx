import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { endSession, redirectWithFlash } from "~/utils/session.server";

// Log-out is a POST (a link could be triggered by a prefetch or an image tag).
export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const { headers, redirectTo } = await endSession(request);
  return redirectWithFlash(request, redirectTo, { kind: "info", message: "auth.loggedOut" }, { headers });
}
