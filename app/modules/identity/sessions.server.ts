// Database sessions. The cookie carries a random 256-bit token; the table keeps only its
// SHA-256, so a copy of the database cannot be replayed as logged-in sessions.
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "~/utils/db.server";
import { hotRead } from "~/utils/hot-read.server";
import type { Actor } from "./permissions";

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(client: Tx, userId: string, userAgent?: string | null) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await client.session.create({
    data: { id: hashToken(token), userId, expiresAt, userAgent: userAgent?.slice(0, 200) ?? null },
  });
  return { token, expiresAt };
}

type SessionRow = {
  id: string;
  expiresAt: string | number | Date;
  userId: string;
  name: string;
  email: string;
  role: Actor["role"];
  disabled: number | bigint;
  memberships: string;
};

/**
 * The actor behind a session token, or null (unknown, expired, or the user disabled). One raw
 * statement on the hot-read connection: it runs on every signed-in request, and the ORM's
 * query building for the same read (session, user, memberships) costs a few milliseconds of
 * CPU against well under 0.1 ms of SQLite work (ADR 0027). Memberships come in the order of their primary key, as the ORM's
 * include returns them: the first is the portal's default business.
 */
export async function getActorForSession(client: Tx, token: string): Promise<Actor | null> {
  return (await lookupSession(client, token))?.actor ?? null;
}

async function lookupSession(client: Tx, token: string): Promise<{ actor: Actor; expiresAt: number } | null> {
  const [row] = await hotRead<SessionRow>(
    client,
    `SELECT s.id, s.expiresAt, u.id AS userId, u.name, u.email, u.role, u.disabledAt IS NOT NULL AS disabled,
      (SELECT json_group_array(json_object('businessId', m.businessId, 'role', m.role))
         FROM (SELECT businessId, role FROM BusinessMembership WHERE userId = u.id ORDER BY userId, businessId) m) AS memberships
    FROM Session s JOIN User u ON u.id = s.userId
    WHERE s.id = ?`,
    hashToken(token),
  );
  if (!row) return null;
  const expiresAt = new Date(row.expiresAt).getTime();
  if (!(expiresAt > Date.now()) || Number(row.disabled)) return null;
  // Sliding expiry: refresh once the session is past half its life.
  let refreshedExpiry = expiresAt;
  if (expiresAt - Date.now() < SESSION_TTL_MS / 2) {
    refreshedExpiry = Date.now() + SESSION_TTL_MS;
    await client.session.update({ where: { id: row.id }, data: { expiresAt: new Date(refreshedExpiry) } });
  }
  const memberships = JSON.parse(row.memberships) as Actor["memberships"];
  return { actor: { userId: row.userId, name: row.name, email: row.email, role: row.role, memberships }, expiresAt: refreshedExpiry };
}

// Signed-in requests resolve their session through this small in-process cache: a person
// clicking through the portal (or a form post followed by its result page) pays for the read
// once per ACTOR_CACHE_MS. Entries hold the session's own expiry, so an expired session is
// refused at once; every write in this process that ends or changes a session (log-out,
// password reset, role change) forgets the entries concerned before it returns. A write made
// by another process (a script on the database file) is seen after ACTOR_CACHE_MS at most.
export const ACTOR_CACHE_MS = 5_000;
const ACTOR_CACHE_SIZE = 5_000;
type CachedActor = { actor: Actor; until: number };
const actorCache = new Map<string, CachedActor>();

/** getActorForSession through the cache (only found, valid sessions are cached). */
export async function getActorForSessionCached(client: Tx, token: string, now = Date.now()): Promise<Actor | null> {
  const key = hashToken(token);
  const hit = actorCache.get(key);
  if (hit && hit.until > now) {
    // least recently used first: re-insert on a hit
    actorCache.delete(key);
    actorCache.set(key, hit);
    return hit.actor;
  }
  if (hit) actorCache.delete(key);
  const generation = cacheGeneration;
  const found = await lookupSession(client, token);
  // a forget that ran while this read was in flight wins: the read may predate the write
  if (!found || generation !== cacheGeneration) return found?.actor ?? null;
  const { actor, expiresAt } = found;
  actorCache.set(key, { actor, until: Math.min(now + ACTOR_CACHE_MS, expiresAt) });
  if (actorCache.size > ACTOR_CACHE_SIZE) actorCache.delete(actorCache.keys().next().value!);
  return actor;
}

let cacheGeneration = 0;

/**
 * Forgets cached sessions: one token's, every session of a user, or all. Call it after the
 * write is committed; a lookup still in flight then does not cache what it read.
 */
export function forgetCachedSessions(which: { token: string } | { userId: string } | "all"): void {
  cacheGeneration++;
  if (which === "all") actorCache.clear();
  else if ("token" in which) actorCache.delete(hashToken(which.token));
  else for (const [key, entry] of actorCache) if (entry.actor.userId === which.userId) actorCache.delete(key);
}

export async function deleteSession(client: Tx, token: string): Promise<void> {
  await client.session.deleteMany({ where: { id: hashToken(token) } });
  forgetCachedSessions({ token });
}

export async function deleteExpiredSessions(client: Tx, now = new Date()): Promise<number> {
  const { count } = await client.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
