// Turns the catalogue module's public views into what the components render, in the page's
// language (names, formatted money and dates). Called by loaders so the browser gets text.
import type { Language } from "~/i18n";
import type {
  PublicCertificate,
  PublicPhoto,
  PublicPlace,
  PublicProducerSummary,
  PublicProductSummary,
  PublicSalesPoint,
} from "~/modules/catalog/public.server";
import { formatDate } from "~/utils/dates";
import { formatVnd } from "~/utils/money";
import type { CatalogImageData } from "./catalog-image";
import type { CertificateItem } from "./certificate-list";
import type { ProducerCardData } from "./producer-card";
import type { ProductCardData } from "./product-card";

export function placeText(place: PublicPlace): string {
  return [place.commune?.name, place.province?.shortName].filter(Boolean).join(", ");
}

export function localName(item: { nameVi: string; nameEn: string } | null, language: Language): string | null {
  if (!item) return null;
  return language === "en" ? item.nameEn : item.nameVi;
}

export function imageData(photo: PublicPhoto, alt: string): CatalogImageData {
  return { url: photo.url, thumbUrl: photo.thumbUrl, width: photo.width, height: photo.height, alt: photo.alt || alt };
}

export function productCardView(p: PublicProductSummary, language: Language, photoAlt: (name: string) => string): ProductCardData {
  const cover = p.photos[0];
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    url: p.url,
    categoryName: localName(p.category, language),
    placeText: placeText(p.place),
    priceText: p.priceVnd === null ? null : formatVnd(p.priceVnd, language),
    unit: p.unit,
    ocopStars: p.ocopStars,
    labels: p.labels,
    producer: { name: p.producer.name, url: p.producer.url },
    photo: cover ? imageData(cover, photoAlt(p.name)) : null,
  };
}

export function producerCardView(p: PublicProducerSummary, logoAlt: (name: string) => string): ProducerCardData {
  return {
    slug: p.slug,
    name: p.name,
    url: p.url,
    legalForm: p.legalForm,
    placeText: placeText(p.place),
    description: p.description,
    productCount: p.productCount,
    logo: p.logo ? imageData(p.logo, logoAlt(p.name)) : null,
  };
}

export function certificateItemView(
  c: PublicCertificate & { qrSvg: string },
  language: Language,
  note: string | null = null,
): CertificateItem {
  return {
    kind: c.kind,
    title: c.title,
    number: c.number,
    issuer: c.issuer,
    issuedOn: formatDate(c.issuedOn, language),
    expiresOn: c.expiresOn ? formatDate(c.expiresOn, language) : null,
    stars: c.stars,
    year: c.year,
    state: c.state,
    valid: c.valid,
    verifyPath: c.verifyPath,
    qrSvg: c.qrSvg,
    note,
  };
}

export function salesPointView(s: PublicSalesPoint) {
  return { id: s.id, name: s.name, url: s.url, address: [s.streetAddress, placeText(s.place)].filter(Boolean).join(", ") };
}
