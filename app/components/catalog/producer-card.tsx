// One producer in the list: name (the link), legal form, place and how many products it shows.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CatalogImage, type CatalogImageData } from "./catalog-image";

export interface ProducerCardData {
  slug: string;
  name: string;
  url: string;
  legalForm: string;
  placeText: string;
  description: string | null;
  productCount: number;
  logo: CatalogImageData | null;
}

export function ProducerCard({ producer }: { producer: ProducerCardData }) {
  const { t } = useTranslation();
  return (
    <article className="card flex h-full gap-4">
      {producer.logo ? (
        <CatalogImage image={producer.logo} sizes="80px" className="h-20 w-20 flex-none rounded object-contain" />
      ) : null}
      <div className="min-w-0 space-y-1">
        <h3 className="text-lg font-bold leading-snug">
          <Link to={producer.url}>{producer.name}</Link>
        </h3>
        <p className="text-sm font-semibold">{t(`legalForm.${producer.legalForm}`)}</p>
        {producer.placeText ? <p className="text-sm text-stone-700">{producer.placeText}</p> : null}
        {producer.description ? <p className="line-clamp-3 text-sm">{producer.description}</p> : null}
        <p className="text-sm">{t("catalog.producers.productCount", { count: producer.productCount })}</p>
      </div>
    </article>
  );
}
