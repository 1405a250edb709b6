// After a correct code + PIN the complainant keeps access for a short while through a signed,
// http-only cookie that names one complaint and only works under /complaints.
import { createCookie } from "@remix-run/node";
import { cookieSecure, env } from "~/utils/env.server";
import { ACCESS_COOKIE_SECONDS } from "./config.server";

const accessCookie = () =>
  createCookie("hv_complaint", {
    httpOnly: true,
    sameSite: "lax",
    secure: cookieSecure(),
    path: "/complaints",
    maxAge: ACCESS_COOKIE_SECONDS,
    secrets: [env().SESSION_SECRET],
  });

export async function grantComplaintAccess(complaintId: string, now = Date.now()): Promise<string> {
  return accessCookie().serialize({ complaintId, expiresAt: now + ACCESS_COOKIE_SECONDS * 1000 });
}

export async function revokeComplaintAccess(): Promise<string> {
  return accessCookie().serialize("", { maxAge: 0 });
}

/** The complaint this request may see as its complainant, or null. */
export async function complaintAccess(request: Request, now = Date.now()): Promise<string | null> {
  const value = (await accessCookie().parse(request.headers.get("Cookie"))) as { complaintId?: unknown; expiresAt?: unknown } | null;
  if (!value || typeof value.complaintId !== "string" || typeof value.expiresAt !== "number" || value.expiresAt < now) return null;
  return value.complaintId;
}
