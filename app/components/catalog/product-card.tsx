// One product in a grid: photo, name, producer, place, OCOP stars, labels and price. The name
// is the card's link; everything else is plain text so screen readers hear one link per card.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CatalogImage, type CatalogImageData } from "./catalog-image";
import { OcopStars } from "./ocop-stars";

export interface ProductCardData {
  id: string;
  slug: string;
  name: string;
  url: string;
  categoryName: string | null;
  placeText: string;
  priceText: string | null;
  unit: string | null;
  ocopStars: number | null;
  labels: { ocop: boolean; hvnclc: boolean };
  producer: { name: string; url: string };
  photo: CatalogImageData | null;
}

export function ProductCard({ product, headingLevel = 2 }: { product: ProductCardData; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card flex h-full flex-col gap-2 p-0">
      {product.photo ? (
        <CatalogImage
          image={product.photo}
          sizes="(min-width: 1024px) 280px, (min-width: 640px) 45vw, 100vw"
          className="aspect-[4/3] w-full rounded-t-lg object-cover"
        />
      ) : (
        <div className="flex aspect-[4/3] w-full items-center justify-center rounded-t-lg bg-stone-100 text-sm text-stone-700">
          {t("catalog.products.noPhoto")}
        </div>
      )}
      <div className="flex flex-1 flex-col gap-1 px-4 pb-4">
        <Heading className="text-lg font-bold leading-snug">
          <Link to={product.url}>{product.name}</Link>
        </Heading>
        <p className="text-sm">
          {t("catalog.products.producer")}: {product.producer.name}
        </p>
        {product.placeText ? <p className="text-sm text-stone-700">{product.placeText}</p> : null}
        {product.ocopStars || product.labels.hvnclc ? (
          <p className="flex flex-wrap gap-1">
            <OcopStars stars={product.ocopStars} />
            {product.labels.hvnclc ? (
              <span className="rounded bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-800">{t("catalog.labels.hvnclc")}</span>
            ) : null}
          </p>
        ) : null}
        <p className="mt-auto font-semibold">
          {product.priceText ? (
            <>
              {product.priceText}
              {product.unit ? <span className="font-normal text-stone-700"> / {product.unit}</span> : null}
            </>
          ) : (
            <span className="font-normal text-stone-700">{t("catalog.products.priceUnknown")}</span>
          )}
        </p>
      </div>
    </article>
  );
}
