// The printable poster page: a screen-only link back to the sales point, then the poster.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Poster, type PosterView } from "./poster";

export function PosterPage({ view, back }: { view: PosterView; back: string }) {
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <p className="no-print">
        <Link to={back}>{t("salesPoints.poster.back")}</Link>
      </p>
      <Poster view={view} />
    </div>
  );
}
