// Conform's `parseWithZod`, with the form-value coercion of each schema built once. The
// library rebuilds it on every call (a new schema tree per submission: empty strings to
// undefined, strings to numbers, dates and booleans), which was a tenth of a fair
// registration's CPU in `bench:booths`. Same signature and the same result: the coerced schema
// is what Conform would build, handed over with `disableAutoCoercion`. Used on the server and
// in the browser alike, for every form.
import { parseWithZod as conformParseWithZod, unstable_coerceFormValue as coerceFormValue } from "@conform-to/zod";
import type { ZodTypeAny } from "zod";

const coerced = new WeakMap<ZodTypeAny, ZodTypeAny>();

/** The schema Conform would validate a form against, made once per schema object. */
export function coercedOnce(schema: ZodTypeAny): ZodTypeAny {
  let result = coerced.get(schema);
  if (!result) coerced.set(schema, (result = coerceFormValue(schema)));
  return result;
}

export const parseWithZod = ((payload: FormData | URLSearchParams, options: { schema: ZodTypeAny | ((intent: unknown) => ZodTypeAny); disableAutoCoercion?: boolean }) => {
  // a schema chosen per intent is coerced by Conform as it comes
  if (options.disableAutoCoercion || typeof options.schema === "function") return conformParseWithZod(payload, options as never);
  return conformParseWithZod(payload, { ...options, schema: coercedOnce(options.schema), disableAutoCoercion: true } as never);
}) as typeof conformParseWithZod;
