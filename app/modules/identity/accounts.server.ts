// Accounts: business sign-up, log-in, password reset and role changes. A sign-up creates the
// user, its business (as a draft profile) and the owner membership in one transaction.
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "~/modules/audit/audit.server";
import { Conflict, Forbidden, Invalid, NotFound } from "~/modules/errors";
import { enqueueEmail } from "~/modules/notifications/outbox.server";
import { uniqueSlug } from "~/modules/slugs.server";
import type { Db } from "~/utils/db.server";
import { normaliseVietnamesePhone } from "~/utils/identifiers";
import { hashPassword, verifyPassword } from "./password.server";
import { hasPermission, ROLES, type Actor, type Role } from "./permissions";
import { forgetCachedSessions } from "./sessions.server";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

/** Renders the e-mails this module sends, in the recipient's language. */
export interface AccountMail {
  welcome(args: { name: string; url: string }): { subject: string; text: string };
  reset(args: { name: string; url: string }): { subject: string; text: string };
}

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
  phone?: string;
  businessName: string;
  legalForm: "ENTERPRISE" | "COOPERATIVE" | "COOPERATIVE_GROUP" | "HOUSEHOLD";
}

export async function signUpBusiness(
  client: Db,
  input: SignUpInput & { appUrl: string; mail: AccountMail; locale: string },
) {
  const email = input.email.toLowerCase();
  if (await client.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new Conflict("errors.emailTaken", { email: ["errors.emailTaken"] });
  }
  const passwordHash = await hashPassword(input.password);
  const slug = await uniqueSlug(input.businessName, async (s) => (await client.business.count({ where: { slug: s } })) > 0);
  const phone = input.phone ? normaliseVietnamesePhone(input.phone) : null;
  try {
    return await client.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name: input.name, phone, passwordHash, role: "BUSINESS", locale: input.locale },
      });
      const business = await tx.business.create({
        data: {
          slug,
          name: input.businessName,
          legalForm: input.legalForm,
          email,
          phone,
          memberships: { create: { userId: user.id, role: "OWNER" } },
        },
      });
      await recordAudit(tx, { actorId: user.id, action: "user.sign_up", entityType: "User", entityId: user.id, data: { businessId: business.id } });
      await enqueueEmail(tx, { to: email, ...input.mail.welcome({ name: input.name, url: `${input.appUrl}/business/profile` }) });
      return { user, business };
    });
  } catch (error) {
    // Two sign-ups racing for one e-mail: the unique index decides.
    if (error instanceof Error && "code" in error && (error as { code?: string }).code === "P2002") {
      throw new Conflict("errors.emailTaken", { email: ["errors.emailTaken"] });
    }
    throw error;
  }
}

// A fixed hash to verify against when the e-mail is unknown, so timing does not reveal
// which e-mails are registered.
let dummyHash: Promise<string> | undefined;

export async function authenticate(client: Db, { email, password }: { email: string; password: string }) {
  const user = await client.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user) {
    await verifyPassword(await (dummyHash ??= hashPassword("not-a-real-password")), password);
    return { ok: false as const, reason: "invalid" as const };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false as const, reason: "invalid" as const };
  if (user.disabledAt) return { ok: false as const, reason: "disabled" as const };
  return { ok: true as const, user };
}

function hashResetToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

/** Always succeeds from the caller's view: whether the e-mail exists is not revealed. */
export async function requestPasswordReset(
  client: Db,
  { email, appUrl, mail }: { email: string; appUrl: string; mail: AccountMail },
): Promise<void> {
  const user = await client.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user || user.disabledAt) return;
  const token = randomBytes(32).toString("base64url");
  await client.$transaction(async (tx) => {
    await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash: hashResetToken(token), expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS) },
    });
    // The link is a credential: hidden from admins, purged from the outbox once sent.
    await enqueueEmail(tx, { to: user.email, ...mail.reset({ name: user.name, url: `${appUrl}/reset-password?token=${token}` }) }, { sensitive: true });
  });
}

export async function findValidResetToken(client: Db, token: string) {
  const row = await client.passwordResetToken.findUnique({ where: { tokenHash: hashResetToken(token) } });
  return row && !row.usedAt && row.expiresAt > new Date() ? row : null;
}

/** Sets the new password, spends the token and ends every session of the user. */
export async function resetPassword(client: Db, { token, password }: { token: string; password: string }) {
  const row = await findValidResetToken(client, token);
  if (!row) throw new Invalid("auth.resetInvalid");
  const passwordHash = await hashPassword(password);
  await client.$transaction(async (tx) => {
    const spent = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (spent.count !== 1) throw new Invalid("auth.resetInvalid");
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: row.userId } });
    await recordAudit(tx, { actorId: row.userId, action: "user.password_reset", entityType: "User", entityId: row.userId });
  });
  forgetCachedSessions({ userId: row.userId });
}

export async function listUsers(client: Db, { actor, query, take = 200 }: { actor: Actor; query?: string; take?: number }) {
  if (!hasPermission(actor, "admin:users:manage")) throw new Forbidden();
  const q = query?.trim();
  return client.user.findMany({
    where: q ? { OR: [{ email: { contains: q.toLowerCase() } }, { name: { contains: q } }] } : {},
    select: { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true },
    orderBy: { createdAt: "desc" },
    take,
  });
}

export async function changeUserRole(client: Db, { actor, userId, role }: { actor: Actor; userId: string; role: Role }) {
  if (!hasPermission(actor, "admin:users:manage")) throw new Forbidden();
  if (!ROLES.includes(role)) throw new Invalid("errors.invalidChoice", { role: ["errors.invalidChoice"] });
  if (userId === actor.userId && role !== "ADMIN") throw new Conflict("admin.cannotDemoteSelf");
  const user = await client.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!before) throw new NotFound();
    const updated = await tx.user.update({ where: { id: userId }, data: { role } });
    // A changed role must take effect now, not at the next log-in.
    if (before.role !== role) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, { actorId: actor.userId, action: "user.role_change", entityType: "User", entityId: userId, data: { from: before.role, to: role } });
    return updated;
  });
  forgetCachedSessions({ userId });
  return user;
}
