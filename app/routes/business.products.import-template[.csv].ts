// The CSV import template: UTF-8 with a BOM so Excel shows the Vietnamese text, a header row and two examples.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { productCsvTemplate } from "~/modules/catalog/csv-import.server";
import { requireBusiness } from "~/utils/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireBusiness(request, "business:products:manage");
  return new Response(productCsvTemplate(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mau-nhap-san-pham.csv"',
      "Cache-Control": "private, max-age=3600",
    },
  });
}
