// Previous/next links that keep the current filters: plain links, so paging works without JavaScript.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function pageHref(pathname: string, search: string, page: number): string {
  const params = new URLSearchParams(search);
  if (page <= 1) params.delete("page");
  else params.set("page", String(page));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export function Pagination({ page, pages, pathname, search }: { page: number; pages: number; pathname: string; search: string }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("catalog.pagination.label")} className="mt-6 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link to={pageHref(pathname, search, page - 1)} rel="prev" className="btn-secondary">
          ← {t("catalog.pagination.previous")}
        </Link>
      ) : (
        <span />
      )}
      <p>{t("catalog.pagination.pageOf", { page, pages })}</p>
      {page < pages ? (
        <Link to={pageHref(pathname, search, page + 1)} rel="next" className="btn-secondary">
          {t("catalog.pagination.next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
