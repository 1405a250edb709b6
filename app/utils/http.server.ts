// Maps domain errors to HTTP responses in one place.
import { DomainError, type DomainErrorCode } from "~/modules/errors";

const STATUS: Record<DomainErrorCode, number> = { not_found: 404, forbidden: 403, conflict: 409, invalid: 400 };

export function statusFor(error: DomainError): number {
  return STATUS[error.code];
}

/** Rethrows a domain error as a Response for the route's ErrorBoundary; other errors pass. */
export function toHttpError(error: unknown): unknown {
  if (error instanceof DomainError) return new Response(error.message, { status: statusFor(error) });
  return error;
}

export function notFound(): Response {
  return new Response("Not Found", { status: 404 });
}
