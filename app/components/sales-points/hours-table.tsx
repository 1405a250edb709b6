// The week's opening hours, Monday first as Vietnamese calendars print it. A shift that closes
// after midnight reads "18:00 – 02:00 (hôm sau)" on the day it starts.
import { useTranslation } from "react-i18next";

export interface HoursRowData {
  weekday: number;
  opens: string;
  closes: string;
  overnight: boolean;
}

const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

export function HoursTable({ rows, today }: { rows: HoursRowData[]; today: number }) {
  const { t } = useTranslation();
  return (
    <table className="w-full max-w-md border-collapse text-left">
      <caption className="sr-only">{t("publicSalesPoints.detail.hoursTitle")}</caption>
      <thead>
        <tr className="border-b border-stone-300">
          <th scope="col" className="py-1 pr-4">
            {t("publicSalesPoints.detail.weekday")}
          </th>
          <th scope="col" className="py-1">
            {t("publicSalesPoints.detail.hours")}
          </th>
        </tr>
      </thead>
      <tbody>
        {WEEK_ORDER.map((weekday) => {
          const shifts = rows.filter((r) => r.weekday === weekday);
          const isToday = weekday === today;
          return (
            <tr key={weekday} className={`border-b border-stone-200 ${isToday ? "bg-amber-50 font-semibold" : ""}`}>
              <th scope="row" className="py-1 pr-4 font-semibold">
                {t(`publicSalesPoints.weekdays.${weekday}`)}
                {isToday ? ` ${t("publicSalesPoints.detail.today")}` : null}
              </th>
              <td className="py-1">
                {shifts.length
                  ? shifts
                      .map((s) => `${s.opens} – ${s.closes}${s.overnight ? ` ${t("publicSalesPoints.detail.nextDay")}` : ""}`)
                      .join(", ")
                  : t("publicSalesPoints.detail.closed")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
