// The office's news form: title, summary, body in a plain format (paragraphs separated by a
// blank line; lines starting with "- " make a list), an optional cover photo.
import { z } from "zod";

export const NEWS_INTENTS = { save: "save", preview: "preview", publish: "publish", unpublish: "unpublish", removeCover: "remove-cover" } as const;

const text = (max: number, required: string, tooLong: string) =>
  z.preprocess((v) => (typeof v === "string" ? v.normalize("NFC").trim() : v), z.string({ required_error: required }).min(1, required).max(max, tooLong));

export const NewsFieldsSchema = z.object({
  title: text(200, "officeNews.errors.titleRequired", "officeNews.errors.titleTooLong"),
  summary: text(400, "officeNews.errors.summaryRequired", "officeNews.errors.summaryTooLong"),
  body: text(20_000, "officeNews.errors.bodyRequired", "officeNews.errors.bodyTooLong"),
});

export const NewsFormSchema = z.discriminatedUnion("intent", [
  NewsFieldsSchema.extend({ intent: z.literal(NEWS_INTENTS.save) }),
  NewsFieldsSchema.extend({ intent: z.literal(NEWS_INTENTS.preview) }),
  z.object({ intent: z.literal(NEWS_INTENTS.publish) }),
  z.object({ intent: z.literal(NEWS_INTENTS.unpublish) }),
  z.object({ intent: z.literal(NEWS_INTENTS.removeCover) }),
]);

export type NewsFields = z.infer<typeof NewsFieldsSchema>;

export { newsBlocks, type NewsBlock } from "./news-blocks";
