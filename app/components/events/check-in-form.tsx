// The officer's check-in form for event passes (fairs, later trips): a typed code, a big
// confirmation for the last result, and the live count. A plain POST form: works without JS.
// Where the browser can read QR codes from the camera (BarcodeDetector + getUserMedia), a
// camera button appears after hydration; a read code fills the form and submits it.
import { Form } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { codeFromScan } from "./scanned-code";

export type CheckInView =
  | { state: "invalid" | "unknown" }
  | { state: "checkedIn" | "already"; name: string; place: string | null; time: string };

function CameraScan({ label, onCode }: { label: (key: string) => string; onCode: (code: string) => void }) {
  const [supported, setSupported] = useState(false);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    // tested here, not in the scanner module, so that module stays a lazy chunk
    setSupported("BarcodeDetector" in window && typeof navigator.mediaDevices?.getUserMedia === "function");
  }, []);
  useEffect(() => {
    if (!open || !video.current) return;
    const element = video.current;
    let scanner: { stop: () => void } | undefined;
    let closed = false;
    import("./camera-scanner.client")
      .then(({ startScanner }) =>
        startScanner(element, (text) => {
          setOpen(false);
          onCode(codeFromScan(text));
        }),
      )
      .then((started) => (closed ? started.stop() : (scanner = started)))
      .catch(() => {
        setFailed(true);
        setOpen(false);
      });
    return () => {
      closed = true;
      scanner?.stop();
    };
  }, [open, onCode]);
  if (!supported) return null;
  return (
    <div className="space-y-2">
      <button type="button" className="btn-secondary" aria-expanded={open} aria-controls="check-in-camera" onClick={() => (setFailed(false), setOpen((o) => !o))}>
        {open ? label("cameraStop") : label("camera")}
      </button>
      <div id="check-in-camera">{open ? <video ref={video} muted playsInline aria-label={label("cameraLabel")} className="w-full max-w-sm rounded border border-stone-400" /> : null}</div>
      {failed ? <p role="alert">{label("cameraFailed")}</p> : null}
    </div>
  );
}

export function CheckInForm({
  result,
  count,
  labelsPrefix = "fairs.office.checkIn",
  defaultCode,
}: {
  result: CheckInView | null;
  count: { checkedIn: number; expected: number };
  labelsPrefix?: string;
  /** a code from the URL (a pass QR opened by a phone's camera app): filled in, not submitted */
  defaultCode?: string;
}) {
  const { t } = useTranslation();
  const k = (key: string) => `${labelsPrefix}.${key}`;
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const submitScanned = useRef((code: string) => {
    if (!input.current || !form.current) return;
    input.current.value = code;
    form.current.requestSubmit();
  }).current;
  return (
    <div className="space-y-4">
      <p className="text-xl font-semibold" aria-live="polite" data-testid="check-in-count">
        {t(k("count"), count)}
      </p>
      {result ? (
        <div
          role="status"
          className={`rounded-lg border-4 p-6 text-center ${result.state === "checkedIn" ? "border-green-700 bg-green-50 text-green-900" : result.state === "already" ? "border-amber-600 bg-amber-50 text-amber-900" : "border-red-700 bg-red-50 text-red-900"}`}
        >
          {result.state === "checkedIn" ? (
            <>
              <p className="text-4xl font-bold">✓ {t(k("checkedIn"))}</p>
              <p className="mt-2 text-lg">{t(k("checkedInDetail"), { name: result.name, booth: result.place ?? "—", time: result.time })}</p>
            </>
          ) : result.state === "already" ? (
            <>
              <p className="text-3xl font-bold">{t(k("already"), { time: result.time })}</p>
              <p className="mt-2 text-lg">{t(k("checkedInDetail"), { name: result.name, booth: result.place ?? "—", time: result.time })}</p>
            </>
          ) : (
            <p className="text-2xl font-bold">{t(k(result.state))}</p>
          )}
        </div>
      ) : null}
      <CameraScan label={(key) => t(k(key))} onCode={submitScanned} />
      <Form method="post" ref={form} className="flex flex-wrap items-end gap-2" reloadDocument={false}>
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor="check-in-code" className="block font-semibold">
            {t(k("code"))}
          </label>
          <p id="check-in-code-hint" className="text-sm text-stone-700">
            {t(k("codeHint"))}
          </p>
          <input id="check-in-code" name="code" required autoComplete="off" autoCapitalize="characters" aria-describedby="check-in-code-hint" className="input w-full font-mono text-lg" key={result ? JSON.stringify(result) : "empty"} defaultValue={result ? undefined : defaultCode} ref={input} autoFocus />
        </div>
        <button type="submit" className="btn-primary text-lg">
          {t(k("submit"))}
        </button>
      </Form>
    </div>
  );
}
