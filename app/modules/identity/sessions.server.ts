// Database sessions. The cookie carries a random 256-bit token; the table keeps only its
// SHA-256, so a copy of the database cannot be replayed as logged-in sessions.
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "~/utils/db.server";
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

export async function getActorForSession(client: Tx, token: string): Promise<Actor | null> {
  const session = await client.session.findUnique({
    where: { id: hashToken(token) },
    include: { user: { include: { memberships: { select: { businessId: true, role: true } } } } },
  });
  if (!session || session.expiresAt <= new Date() || session.user.disabledAt) return null;
  // Sliding expiry: refresh once the session is past half its life.
  if (session.expiresAt.getTime() - Date.now() < SESSION_TTL_MS / 2) {
    await client.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() + SESSION_TTL_MS) } });
  }
  const { user } = session;
  return { userId: user.id, name: user.name, email: user.email, role: user.role, memberships: user.memberships };
}

export async function deleteSession(client: Tx, token: string): Promise<void> {
  await client.session.deleteMany({ where: { id: hashToken(token) } });
}

export async function deleteExpiredSessions(client: Tx, now = new Date()): Promise<number> {
  const { count } = await client.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
