// The office's synonym form: add a group (terms separated by commas) or delete one.
import { z } from "zod";

export const SYNONYM_INTENTS = { add: "add", delete: "delete" } as const;
export const MAX_SYNONYM_TERMS = 12;

export const SynonymFormSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal(SYNONYM_INTENTS.add),
    terms: z.string({ required_error: "errors.required" }).trim().min(1, "errors.required").max(500, "searchUi.synonyms.errors.tooLong"),
  }),
  z.object({
    intent: z.literal(SYNONYM_INTENTS.delete),
    groupId: z.string({ required_error: "errors.required" }).min(1, "errors.required").max(64),
  }),
]);
