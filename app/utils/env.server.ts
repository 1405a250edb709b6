// Environment is read and validated once, at boot. Every variable has a default that runs
// the embedded stack; setting one switches a production engine on (README lists them).
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.string().default("file:./data/hang-viet.db"),
  /** Signs the flash cookie; must be set in production. */
  SESSION_SECRET: z.string().min(16).default("dev-only-secret-change-me-please"),
  /** Public origin used in e-mails and QR codes. */
  APP_URL: z.string().url().default("http://localhost:3000"),
  /** Secure cookies; on by default in production, off for plain-http local serving. */
  COOKIE_SECURE: z.enum(["true", "false"]).optional(),
  UPLOAD_DIR: z.string().default("data/uploads"),
  MEILI_HOST: z.string().url().optional(),
  MEILI_API_KEY: z.string().optional(),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Hàng Việt <no-reply@hangviet.vn>"),
  MAP_TILE_URL: z.string().optional(),
  /** Requests per minute per IP for log-in, sign-up and password reset. */
  AUTH_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    if (parsed.data.NODE_ENV === "production" && parsed.data.SESSION_SECRET.startsWith("dev-only")) {
      console.warn("SESSION_SECRET is not set: using the development secret. Set it before going live.");
    }
    cached = parsed.data;
  }
  return cached;
}

export function cookieSecure(): boolean {
  const e = env();
  return e.COOKIE_SECURE ? e.COOKIE_SECURE === "true" : e.NODE_ENV === "production" && e.APP_URL.startsWith("https:");
}

/** The few values the browser may see. */
export function publicEnv() {
  return { MAP_TILE_URL: env().MAP_TILE_URL ?? null };
}
