// Recognises the migration's trigger that refuses contact data copied into events or the
// redacted description (the text travels in the driver error's message or its meta).
export function isContactCopyRefused(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const meta = (error as { meta?: unknown }).meta;
  return /contact data must not be copied/.test(`${error.message} ${meta ? JSON.stringify(meta) : ""}`);
}
