// What a search result card shows beyond the index: the price, unit and cover photo of a
// product, the cover photo of a sales point and the legal form of a producer (the index holds
// it in Vietnamese words). Read in batched queries for the page of hits, never one per hit.
import { photoUrls } from "~/modules/catalog/public.server";
import type { Tx } from "~/utils/db.server";
import type { SearchDocumentId } from "./search.types";

export interface HitDetails {
  /** a producer's legal form, so the page names it in its own language */
  legalForm?: string;
  priceVnd: number | null;
  unit: string | null;
  photo: { url: string; thumbUrl: string; width: number | null; height: number | null; alt: string | null } | null;
}

const coverSelect = {
  orderBy: { position: "asc" as const },
  take: 1,
  select: { file: { select: { id: true, width: true, height: true } } },
};

export async function searchHitDetails(client: Tx, ids: readonly SearchDocumentId[]): Promise<Record<string, HitDetails>> {
  const idsOf = (type: string) => ids.filter((id) => id.startsWith(`${type}:`)).map((id) => id.slice(type.length + 1));
  const productIds = idsOf("product");
  const salesPointIds = idsOf("salesPoint");
  const producerIds = idsOf("producer");
  const [products, salesPoints, producers] = await Promise.all([
    productIds.length
      ? client.product.findMany({
          where: { id: { in: productIds } },
          select: { id: true, priceVnd: true, unit: true, photos: { ...coverSelect, select: { alt: true, ...coverSelect.select } } },
        })
      : [],
    salesPointIds.length
      ? client.salesPoint.findMany({ where: { id: { in: salesPointIds } }, select: { id: true, photos: coverSelect } })
      : [],
    producerIds.length ? client.business.findMany({ where: { id: { in: producerIds } }, select: { id: true, legalForm: true } }) : [],
  ]);
  const photo = (cover: { file: { id: string; width: number | null; height: number | null }; alt?: string | null } | undefined) =>
    cover ? { ...photoUrls(cover.file.id), width: cover.file.width, height: cover.file.height, alt: cover.alt ?? null } : null;
  const details: Record<string, HitDetails> = {};
  for (const p of products) details[`product:${p.id}`] = { priceVnd: p.priceVnd, unit: p.unit, photo: photo(p.photos[0]) };
  for (const s of salesPoints) details[`salesPoint:${s.id}`] = { priceVnd: null, unit: null, photo: photo(s.photos[0]) };
  for (const b of producers) details[`producer:${b.id}`] = { legalForm: b.legalForm, priceVnd: null, unit: null, photo: null };
  return details;
}
