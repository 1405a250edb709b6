import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { changeUserRole } from "./accounts.server";
import type { Actor } from "./permissions";
import {
  ACTOR_CACHE_MS,
  createSession,
  deleteSession,
  forgetCachedSessions,
  getActorForSession,
  getActorForSessionCached,
  hashToken,
  SESSION_TTL_MS,
} from "./sessions.server";

let seq = 0;
async function businessUser() {
  seq++;
  const user = await db.user.create({ data: { email: `phien-${seq}-${Date.now()}@example.vn`, name: `Chủ ${seq}`, passwordHash: "x", role: "BUSINESS" } });
  return user;
}
async function business(name: string) {
  seq++;
  return db.business.create({ data: { slug: `dn-phien-${seq}-${Date.now()}`, legalForm: "ENTERPRISE", name } });
}

let admin: Actor;
beforeAll(async () => {
  const user = await db.user.create({ data: { email: `qt-phien-${Date.now()}@example.vn`, name: "Quản trị", role: "ADMIN", passwordHash: "x" } });
  admin = { userId: user.id, name: user.name, email: user.email, role: "ADMIN", memberships: [] };
});

describe("getActorForSession (one raw statement)", () => {
  it("resolves the same actor as the ORM read, memberships in the same order", async () => {
    const user = await businessUser();
    // created in the reverse of their id order, so insertion order and key order differ
    const [first, second] = [await business("Doanh nghiệp Một"), await business("Doanh nghiệp Hai")].sort((a, b) => (a.id < b.id ? 1 : -1));
    await db.businessMembership.create({ data: { userId: user.id, businessId: first!.id, role: "OWNER" } });
    await db.businessMembership.create({ data: { userId: user.id, businessId: second!.id, role: "STAFF" } });
    const { token } = await createSession(db, user.id);

    const viaOrm = await db.session.findUniqueOrThrow({
      where: { id: hashToken(token) },
      include: { user: { include: { memberships: { select: { businessId: true, role: true } } } } },
    });
    expect(await getActorForSession(db, token)).toEqual({
      userId: user.id,
      name: user.name,
      email: user.email,
      role: "BUSINESS",
      memberships: viaOrm.user.memberships,
    });
  });

  it("refuses unknown, expired and disabled sessions and slides a session past half its life", async () => {
    const user = await businessUser();
    expect(await getActorForSession(db, "khong-co-phien-nay")).toBeNull();
    const { token } = await createSession(db, user.id);
    const halfGone = new Date(Date.now() + SESSION_TTL_MS / 2 - 60_000);
    await db.session.update({ where: { id: hashToken(token) }, data: { expiresAt: halfGone } });
    expect(await getActorForSession(db, token)).toMatchObject({ userId: user.id });
    const slid = await db.session.findUniqueOrThrow({ where: { id: hashToken(token) } });
    expect(slid.expiresAt.getTime()).toBeGreaterThan(halfGone.getTime() + 60_000);

    await db.session.update({ where: { id: hashToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getActorForSession(db, token)).toBeNull();

    const { token: other } = await createSession(db, user.id);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await getActorForSession(db, other)).toBeNull();
  });
});

describe("the session cache", () => {
  it("answers a repeated lookup from memory, until ACTOR_CACHE_MS has passed", async () => {
    const user = await businessUser();
    const { token } = await createSession(db, user.id);
    const now = Date.now();
    expect(await getActorForSessionCached(db, token, now)).toMatchObject({ userId: user.id });
    // removed behind the cache's back (another process): still served from memory for a moment…
    await db.session.delete({ where: { id: hashToken(token) } });
    expect(await getActorForSessionCached(db, token, now + 1)).toMatchObject({ userId: user.id });
    // …and refused once the entry's time is up
    expect(await getActorForSessionCached(db, token, now + ACTOR_CACHE_MS + 1)).toBeNull();
  });

  it("refuses a logged-out session at once", async () => {
    const user = await businessUser();
    const { token } = await createSession(db, user.id);
    expect(await getActorForSessionCached(db, token)).toMatchObject({ userId: user.id });
    await deleteSession(db, token);
    expect(await getActorForSessionCached(db, token)).toBeNull();
  });

  it("refuses every session of a user whose role changed at once", async () => {
    const user = await businessUser();
    const { token } = await createSession(db, user.id);
    expect(await getActorForSessionCached(db, token)).toMatchObject({ role: "BUSINESS" });
    await changeUserRole(db, { actor: admin, userId: user.id, role: "PARTNER" });
    expect(await getActorForSessionCached(db, token)).toBeNull();
  });

  it("does not keep a read that was in flight when the session was forgotten", async () => {
    const user = await businessUser();
    const { token } = await createSession(db, user.id);
    // the read starts, then a write that ends the session is done and forgets it before the
    // read returns: what the read saw predates the write and must not be cached
    const inFlight = getActorForSessionCached(db, token);
    forgetCachedSessions({ userId: user.id });
    expect(await inFlight).toMatchObject({ userId: user.id });
    await db.session.delete({ where: { id: hashToken(token) } });
    expect(await getActorForSessionCached(db, token)).toBeNull();
  });

  it("forgets a user's sessions (password reset, membership change) without touching others", async () => {
    const [one, two] = [await businessUser(), await businessUser()];
    const { token: a } = await createSession(db, one.id);
    const { token: b } = await createSession(db, two.id);
    const now = Date.now();
    await getActorForSessionCached(db, a, now);
    await getActorForSessionCached(db, b, now);
    await db.session.deleteMany({ where: { id: { in: [hashToken(a), hashToken(b)] } } });
    forgetCachedSessions({ userId: one.id });
    expect(await getActorForSessionCached(db, a, now + 1)).toBeNull();
    expect(await getActorForSessionCached(db, b, now + 1)).toMatchObject({ userId: two.id });
  });
});
