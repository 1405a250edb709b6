// Session cookie, flash messages and the guards every loader and action calls.
import { createCookie, createCookieSessionStorage, redirect } from "@remix-run/node";
import { getActorForSessionCached, createSession, deleteSession, SESSION_TTL_MS } from "~/modules/identity/sessions.server";
import {
  hasBusinessPermission,
  hasPermission,
  type Actor,
  type BusinessPermission,
  type OfficePermission,
} from "~/modules/identity/permissions";
import { db, dbReady } from "./db.server";
import { cookieSecure, env } from "./env.server";

const sessionCookie = () =>
  createCookie("hv_session", {
    httpOnly: true,
    sameSite: "lax",
    secure: cookieSecure(),
    path: "/",
    maxAge: SESSION_TTL_MS / 1000,
  });

type FlashData = { message: Flash };
let flashStorage: ReturnType<typeof createCookieSessionStorage<FlashData, FlashData>> | undefined;
const flash = () =>
  (flashStorage ??= createCookieSessionStorage<FlashData, FlashData>({
    cookie: { name: "hv_flash", httpOnly: true, sameSite: "lax", secure: cookieSecure(), path: "/", secrets: [env().SESSION_SECRET] },
  }));

const actorCache = new WeakMap<Request, Promise<Actor | null>>();

export function getActor(request: Request): Promise<Actor | null> {
  let pending = actorCache.get(request);
  if (!pending) {
    pending = (async () => {
      const token = await sessionCookie().parse(request.headers.get("Cookie"));
      if (typeof token !== "string" || !token) return null;
      await dbReady;
      return getActorForSessionCached(db, token);
    })();
    actorCache.set(request, pending);
  }
  return pending;
}

function loginRedirect(request: Request): never {
  const url = new URL(request.url);
  const redirectTo = url.pathname + url.search;
  throw redirect(`/login?${new URLSearchParams({ redirectTo })}`);
}

export async function requireActor(request: Request): Promise<Actor> {
  return (await getActor(request)) ?? loginRedirect(request);
}

export function forbidden(): Response {
  return new Response("Forbidden", { status: 403 });
}

export async function requirePermission(request: Request, permission: OfficePermission): Promise<Actor> {
  const actor = await requireActor(request);
  if (!hasPermission(actor, permission)) throw forbidden();
  return actor;
}

// Which of their businesses a person works on in the portal. Only a choice: it is checked
// against the actor's memberships on every request, so a forged value selects nothing.
const businessChoiceCookie = () =>
  createCookie("hv_business", { httpOnly: true, sameSite: "lax", secure: cookieSecure(), path: "/", maxAge: 400 * 24 * 3600 });

export async function chosenBusinessId(request: Request): Promise<string | null> {
  const value = await businessChoiceCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value ? value : null;
}

/** Set-Cookie for choosing a business; the caller has checked the membership. */
export function chooseBusinessCookie(businessId: string): Promise<string> {
  return businessChoiceCookie().serialize(businessId);
}

/**
 * The business the actor works for — the one chosen in the portal's switcher when they still
 * belong to it, else their first membership — with the given permission on it. Office roles
 * are refused here: they act on businesses through /office.
 */
export async function requireBusiness(request: Request, permission: BusinessPermission) {
  const actor = await requireActor(request);
  const chosen = await chosenBusinessId(request);
  const membership = actor.memberships.find((m) => m.businessId === chosen) ?? actor.memberships[0];
  if (actor.role !== "BUSINESS" || !membership) throw forbidden();
  if (!hasBusinessPermission(actor, membership.businessId, permission)) throw forbidden();
  return { actor, businessId: membership.businessId, membershipRole: membership.role };
}

export async function startSession(request: Request, userId: string, redirectTo: string) {
  await dbReady;
  const { token } = await createSession(db, userId, request.headers.get("User-Agent"));
  return redirect(redirectTo, { headers: { "Set-Cookie": await sessionCookie().serialize(token) } });
}

export async function endSession(request: Request, redirectTo = "/") {
  const token = await sessionCookie().parse(request.headers.get("Cookie"));
  if (typeof token === "string" && token) await deleteSession(db, token);
  const headers = new Headers();
  headers.append("Set-Cookie", await sessionCookie().serialize("", { maxAge: 0 }));
  return { headers, redirectTo };
}

export type FlashKind = "success" | "error" | "info";
export interface Flash {
  kind: FlashKind;
  /** A locale key; params interpolate into it. */
  message: string;
  params?: Record<string, string>;
}

export async function flashHeader(request: Request, message: Flash): Promise<string> {
  const session = await flash().getSession(request.headers.get("Cookie"));
  session.flash("message", message);
  return flash().commitSession(session);
}

export async function redirectWithFlash(request: Request, to: string, message: Flash, init: { headers?: Headers } = {}) {
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", await flashHeader(request, message));
  return redirect(to, { headers });
}

export async function readFlash(request: Request): Promise<{ flash: Flash | null; setCookie: string | null }> {
  const cookie = request.headers.get("Cookie");
  if (!cookie?.includes("hv_flash=")) return { flash: null, setCookie: null };
  const session = await flash().getSession(cookie);
  const value = session.get("message");
  return { flash: value ?? null, setCookie: await flash().commitSession(session) };
}

/** Only same-site relative paths may be redirect targets (no open redirects). */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback: string): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
