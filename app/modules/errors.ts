// Typed domain errors. Modules throw these; one place (app/utils/http.server.ts) maps them
// to HTTP statuses so routes never guess.
export type DomainErrorCode = "not_found" | "forbidden" | "conflict" | "invalid";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Field-level problems for forms: field name → i18n keys. */
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {
  constructor(message = "errorPage.notFoundTitle") {
    super("not_found", message);
  }
}

export class Forbidden extends DomainError {
  constructor(message = "errorPage.forbiddenTitle") {
    super("forbidden", message);
  }
}

export class Conflict extends DomainError {
  constructor(message: string, fieldErrors: Record<string, string[]> = {}) {
    super("conflict", message, fieldErrors);
  }
}

export class Invalid extends DomainError {
  constructor(message: string, fieldErrors: Record<string, string[]> = {}) {
    super("invalid", message, fieldErrors);
  }
}
