// Turns a failed submission or a domain error into the { intent, result } reply the fairs
// forms read (components/fairs/form-bits.tsx), with the one status table of http.server.
import type { Submission } from "@conform-to/react";
import { data } from "@remix-run/node";
import { DomainError } from "~/modules/errors";
import { statusFor, toHttpError } from "./http.server";

export function invalidReply(intent: string, submission: Submission<unknown>, target?: string) {
  return data({ intent, target, result: submission.reply({ formErrors: ["fairs.errors.fixBelow"] }) }, { status: 400 });
}

/** Domain errors of kind invalid/conflict become form errors; the rest are thrown as Responses. */
export function domainErrorReply(intent: string, submission: Submission<unknown>, error: unknown, target?: string) {
  if (error instanceof DomainError && (error.code === "invalid" || error.code === "conflict")) {
    return data({ intent, target, result: submission.reply({ formErrors: [error.message], fieldErrors: error.fieldErrors }) }, { status: statusFor(error) });
  }
  throw toHttpError(error);
}

/**
 * The body of one intent of a many-forms action: a failed parse answers 400 next to the
 * fields, a domain error answers its status next to the fields, otherwise `work` responds.
 */
export async function runIntent<Value>(intent: string, submission: Submission<any, string[], Value>, work: (value: Value) => Promise<Response>, target?: string) {
  if (submission.status !== "success") return invalidReply(intent, submission, target);
  try {
    return await work(submission.value);
  } catch (error) {
    return domainErrorReply(intent, submission, error, target);
  }
}
