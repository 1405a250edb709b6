// "Gần tôi": with JavaScript, asks the browser for its location, writes it into the `near`
// field and submits the filter form. Without JavaScript it is not rendered; the typed
// coordinates and "near commune" fields do the same job.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useHydrated } from "./use-hydrated";

export function NearMeButton({ inputId }: { inputId: string }) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const [status, setStatus] = useState<"idle" | "locating" | "denied">("idle");
  if (!hydrated || typeof navigator === "undefined" || !("geolocation" in navigator)) return null;
  const locate = () => {
    setStatus("locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const input = document.getElementById(inputId) as HTMLInputElement | null;
        if (!input) return;
        input.value = `${position.coords.latitude.toFixed(5)},${position.coords.longitude.toFixed(5)}`;
        setStatus("idle");
        input.form?.requestSubmit();
      },
      () => setStatus("denied"),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };
  return (
    <span className="flex flex-wrap items-center gap-2">
      <button type="button" className="btn-secondary" onClick={locate} disabled={status === "locating"}>
        <span aria-hidden="true">◎</span> {t("publicSalesPoints.filters.nearMe")}
      </button>
      <span role="status" className="text-sm">
        {status === "locating" ? t("publicSalesPoints.filters.locating") : null}
        {status === "denied" ? t("publicSalesPoints.filters.locationDenied") : null}
      </span>
    </span>
  );
}
