// The officer's check-in form for event passes (fairs, later trips): a typed code, a big
// confirmation for the last result, and the live count. A plain POST form: works without JS.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export type CheckInView =
  | { state: "invalid" | "unknown" }
  | { state: "checkedIn" | "already"; name: string; place: string | null; time: string };

export function CheckInForm({ result, count, labelsPrefix = "fairs.office.checkIn" }: { result: CheckInView | null; count: { checkedIn: number; expected: number }; labelsPrefix?: string }) {
  const { t } = useTranslation();
  const k = (key: string) => `${labelsPrefix}.${key}`;
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
      <Form method="post" className="flex flex-wrap items-end gap-2" reloadDocument={false}>
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor="check-in-code" className="block font-semibold">
            {t(k("code"))}
          </label>
          <p id="check-in-code-hint" className="text-sm text-stone-700">
            {t(k("codeHint"))}
          </p>
          <input id="check-in-code" name="code" required autoComplete="off" autoCapitalize="characters" aria-describedby="check-in-code-hint" className="input w-full font-mono text-lg" key={result ? JSON.stringify(result) : "empty"} autoFocus />
        </div>
        <button type="submit" className="btn-primary text-lg">
          {t(k("submit"))}
        </button>
      </Form>
    </div>
  );
}
