// What a scanned pass QR says: the pass prints the check-in URL with `?code=`; a QR holding
// just the code (or another app's) is taken as typed. The server normalises and checks it.
export function codeFromScan(text: string): string {
  const trimmed = text.trim();
  try {
    const code = new URL(trimmed).searchParams.get("code");
    if (code) return code;
  } catch {
    // not a URL: the code itself
  }
  return trimmed;
}
