// The news form's submission, shared by the "new" and "edit" routes: read the body within the
// upload limits, validate, and hand back what the route needs (the fields, the cover file, or a
// reply with errors next to the fields).
import { NewsFormSchema } from "~/modules/news/news.schema";
import { parseWithZod } from "~/utils/parse-form";
import { filesOf, readUploadForm } from "~/utils/upload-form.server";

const MB = 1024 * 1024;

export async function readNewsSubmission(request: Request) {
  const read = await readUploadForm(request, { maxFileBytes: 5 * MB, maxFiles: 1, maxTotalBytes: 6 * MB });
  if (!read.ok) return { kind: "refused" as const, status: read.status, message: read.message };
  const submission = parseWithZod(read.formData, { schema: NewsFormSchema });
  const [file] = filesOf(read.formData, "cover");
  const cover = file ? { bytes: Buffer.from(await file.arrayBuffer()), name: file.name } : null;
  return { kind: "parsed" as const, submission, cover };
}
