// The one logger of the process (pino, JSON lines on stdout). Secrets and personal data are
// redacted wherever they appear in a logged object, and every line written while a request is
// being served carries that request's id.
//
// The compiled server (build/server.js) and the Remix build are two bundles, each with its own
// copy of this module; the request context therefore lives on globalThis under a registered
// symbol so both copies read the same AsyncLocalStorage.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import pino, { type DestinationStream, type Logger } from "pino";

export interface RequestContext {
  requestId: string;
}

const contextKey = Symbol.for("hang-viet.request-context");
const globalSlots = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestContext> | undefined>;
export const requestContext: AsyncLocalStorage<RequestContext> = (globalSlots[contextKey] ??= new AsyncLocalStorage<RequestContext>());

/** Field names whose values never reach a log line, at the top level or one object down. */
const SENSITIVE_FIELDS = [
  "password",
  "newPassword",
  "currentPassword",
  "token",
  "resetToken",
  "secret",
  "email",
  "phone",
  "contactPhone",
  "contactEmail",
  "cookie",
  "authorization",
];

export const REDACTED_PATHS = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["set-cookie"]',
  'res.headers["set-cookie"]',
  "headers.cookie",
  "headers.authorization",
  ...SENSITIVE_FIELDS,
  ...SENSITIVE_FIELDS.map((field) => `*.${field}`),
];

/** An incoming X-Request-Id is kept only when it looks like an id (no log injection). */
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(header: string | string[] | undefined | null): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID_PATTERN.test(value) ? value : randomUUID();
}

/** One rule for the level: LOG_LEVEL when set, silent under tests, info otherwise. */
export function logLevel(environment: NodeJS.ProcessEnv = process.env): string {
  return environment.LOG_LEVEL || (environment.NODE_ENV === "test" ? "silent" : "info");
}

export function createLogger(destination?: DestinationStream, level = logLevel()): Logger {
  return pino(
    {
      level,
      base: { service: "hang-viet" },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      mixin() {
        const context = requestContext.getStore();
        return context ? { requestId: context.requestId } : {};
      },
    },
    destination,
  );
}

export const logger: Logger = createLogger();
