// Environment is read and validated once, at boot (server.ts calls env() before it serves),
// with one schema and one default per variable. Every default runs the embedded stack;
// setting a variable switches a production engine on (README lists them all).
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** Signs cookies in development and tests only; production refuses to start with it. */
export const DEVELOPMENT_SESSION_SECRET = "dev-only-secret-change-me-please";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  DATABASE_URL: z.string().startsWith("file:").default("file:./data/hang-viet.db"),
  /** Signs the flash cookie. Unset in production: a random secret kept in SESSION_SECRET_FILE. */
  SESSION_SECRET: z.string().min(16).optional(),
  SESSION_SECRET_FILE: z.string().default("data/session-secret"),
  /** Public origin used in e-mails, QR codes and the same-origin check. */
  APP_URL: z.string().url().default("http://localhost:3000"),
  /** Secure cookies; on by default in production over https, off for plain-http local serving. */
  COOKIE_SECURE: z.enum(["true", "false"]).optional(),
  UPLOAD_DIR: z.string().default("data/uploads"),
  MEILI_HOST: z.string().url().optional(),
  MEILI_API_KEY: z.string().optional(),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Hàng Việt <no-reply@hangviet.vn>"),
  /** Without SMTP: write delivered e-mails here as .eml files (a local mailbox). */
  MAIL_DROP_DIR: z.string().optional(),
  /** Background tiles of the sales-point map (OpenStreetMap-compatible); "off" draws outlines only. */
  MAP_TILE_URL: z
    .string()
    .default("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    .transform((url) => (url.trim() === "" || url.trim().toLowerCase() === "off" ? undefined : url.trim())),
  /** Non-GET requests per minute per IP to each of log-in, sign-up, password reset, complaints. */
  AUTH_RATE_LIMIT: z.coerce.number().int().positive().default(20),
  /** Requests per minute per IP to the whole site. */
  GLOBAL_RATE_LIMIT: z.coerce.number().int().positive().default(1200),
  /** Express `trust proxy`: which hops may set X-Forwarded-For. */
  TRUST_PROXY: z.string().default("loopback"),
  /** Empty means the logger's own rule (info, silent under tests). */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent", ""]).optional(),
  BUILD_DIR: z.string().default("build"),
  /** How long an anonymous public page rendered once may be sent from memory (ADR 0029); 0 turns that off. Any database commit ends it sooner. */
  PAGE_CACHE_TTL_MS: z.coerce.number().int().min(0).default(30_000),
  /** How long a stopping server may drain requests before it gives up and exits 1. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
});

export type Env = Omit<z.infer<typeof schema>, "SESSION_SECRET"> & { SESSION_SECRET: string };

/** A configuration the server must not start with; the message is one plain sentence. */
export class EnvironmentError extends Error {
  override name = "EnvironmentError";
}

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message.toLowerCase()}`).join("; ");
      throw new EnvironmentError(`The environment is invalid (${problems}); fix these variables and start again.`);
    }
    cached = { ...parsed.data, SESSION_SECRET: sessionSecret(parsed.data) };
  }
  return cached;
}

/** Forgets the parsed environment (tests that change process.env). */
export function resetEnvForTests() {
  cached = undefined;
}

function sessionSecret(parsed: z.infer<typeof schema>): string {
  const production = parsed.NODE_ENV === "production";
  if (parsed.SESSION_SECRET) {
    if (production && parsed.SESSION_SECRET === DEVELOPMENT_SESSION_SECRET) {
      throw new EnvironmentError(
        "SESSION_SECRET is the development secret, which must not be used in production: set your own or unset it to use a generated one.",
      );
    }
    return parsed.SESSION_SECRET;
  }
  if (!production) return DEVELOPMENT_SESSION_SECRET;
  return persistedSecret(parsed.SESSION_SECRET_FILE);
}

/** A fresh clone runs `npm start` without configuration: generate a secret once and keep it. */
function persistedSecret(file: string): string {
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
    throw new EnvironmentError(`${file} holds no usable secret: delete it to generate a new one, or set SESSION_SECRET.`);
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  console.log(`SESSION_SECRET is not set: generated one and stored it in ${file}.`);
  return secret;
}

export function cookieSecure(): boolean {
  const e = env();
  return e.COOKIE_SECURE ? e.COOKIE_SECURE === "true" : e.NODE_ENV === "production" && e.APP_URL.startsWith("https:");
}

/** The few values the browser may see. */
export function publicEnv() {
  return { MAP_TILE_URL: env().MAP_TILE_URL ?? null };
}
