// Evidence files sent with a form: at most five photos or PDFs, each inspected and re-encoded
// before any transaction (ADR 0009). Either all are prepared or none is kept.
import { discardPrepared, prepareUpload, UploadRejected, type PreparedUpload } from "~/modules/files/uploads.server";
import { MAX_EVIDENCE_FILES } from "./config.server";

export const EVIDENCE_UPLOAD_LIMITS = {
  maxFileBytes: 10 * 1024 * 1024,
  maxFiles: MAX_EVIDENCE_FILES,
  maxTotalBytes: 30 * 1024 * 1024,
};

export type PreparedEvidence = { ok: true; prepared: PreparedUpload[] } | { ok: false; message: string };

export async function prepareEvidence(files: File[]): Promise<PreparedEvidence> {
  if (files.length > MAX_EVIDENCE_FILES) return { ok: false, message: `Tối đa ${MAX_EVIDENCE_FILES} tệp.` };
  const prepared: PreparedUpload[] = [];
  try {
    for (const file of files) {
      prepared.push(await prepareUpload({ bytes: Buffer.from(await file.arrayBuffer()), kind: "document", name: file.name }));
    }
    return { ok: true, prepared };
  } catch (error) {
    await discardPrepared(prepared);
    if (error instanceof UploadRejected) return { ok: false, message: error.message };
    throw error;
  }
}
