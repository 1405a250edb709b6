// One sales point in the public list: everything a shopper needs at a glance, in words (the
// certified badge and opening state are text, colour only repeats them).
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export interface SalesPointListItemData {
  id: string;
  name: string;
  url: string;
  addressText: string;
  distanceText: string | null;
  hasHours: boolean;
  openNow: boolean;
  certified: boolean;
  expiringSoon: boolean;
  categories: string[];
}

export function CertifiedBadge({ certified, expiringSoon }: { certified: boolean; expiringSoon: boolean }) {
  const { t } = useTranslation();
  if (!certified) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className="rounded-full border border-green-800 bg-green-50 px-2 py-0.5 text-sm font-semibold text-green-900">
        <span aria-hidden="true">✓ </span>
        {t("publicSalesPoints.list.certified")}
      </span>
      {expiringSoon ? (
        <span className="rounded-full border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-900">
          {t("publicSalesPoints.list.expiringSoon")}
        </span>
      ) : null}
    </span>
  );
}

export function OpenState({ hasHours, openNow }: { hasHours: boolean; openNow: boolean }) {
  const { t } = useTranslation();
  if (!hasHours) return <span className="text-stone-700">{t("publicSalesPoints.list.noHours")}</span>;
  return openNow ? (
    <span className="font-semibold text-green-900">
      <span aria-hidden="true">● </span>
      {t("publicSalesPoints.list.openNow")}
    </span>
  ) : (
    <span className="font-semibold text-stone-800">
      <span aria-hidden="true">○ </span>
      {t("publicSalesPoints.list.closedNow")}
    </span>
  );
}

export function SalesPointListItem({ point }: { point: SalesPointListItemData }) {
  const { t } = useTranslation();
  return (
    <article className="card h-full space-y-1" aria-labelledby={`sp-${point.id}`}>
      <h3 id={`sp-${point.id}`} className="text-lg font-bold">
        <Link to={point.url}>{point.name}</Link>
      </h3>
      <p>
        <span className="sr-only">{t("publicSalesPoints.list.address")}: </span>
        {point.addressText}
      </p>
      {point.distanceText ? (
        <p className="font-semibold" data-testid="distance">
          {t("publicSalesPoints.list.distance", { distance: point.distanceText })}
        </p>
      ) : null}
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <OpenState hasHours={point.hasHours} openNow={point.openNow} />
        <CertifiedBadge certified={point.certified} expiringSoon={point.expiringSoon} />
      </p>
      {point.categories.length ? (
        <p className="text-sm text-stone-800">
          {t("publicSalesPoints.list.categories")}: {point.categories.join(", ")}
        </p>
      ) : null}
    </article>
  );
}
