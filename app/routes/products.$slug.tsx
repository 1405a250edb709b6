import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CatalogImage } from "~/components/catalog/catalog-image";
import { CertificateList } from "~/components/catalog/certificate-list";
import { JsonLd } from "~/components/catalog/json-ld";
import { catalogMeta, excerpt } from "~/components/catalog/meta";
import { OcopStars } from "~/components/catalog/ocop-stars";
import { certificateItemView, imageData, localName, placeText, salesPointView } from "~/components/catalog/views";
import { getLanguage, getT } from "~/i18next.server";
import { absoluteUrl, getPublicProduct } from "~/modules/catalog/public.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";
import { formatVnd } from "~/utils/money";

export const meta: MetaFunction<typeof loader> = ({ data }) => catalogMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await dbReady;
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const product = await getPublicProduct(db, { slug: params.slug ?? "" }).catch((error: unknown) => {
    // Drafts, submissions, rejected and unpublished products do not exist for the public.
    throw toHttpError(error);
  });
  const url = absoluteUrl(product.url);
  const photos = product.photos.map((p, i) => imageData(p, t("catalog.products.photoAlt", { name: product.name }) + (i ? ` (${i + 1})` : "")));
  const validCertificates = product.allCertificates.filter((c) => c.valid);
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    url,
    ...(product.description ? { description: product.description } : {}),
    ...(photos.length ? { image: product.photos.map((p) => absoluteUrl(p.url)) } : {}),
    ...(product.category ? { category: product.category.nameVi } : {}),
    brand: { "@type": "Brand", name: product.producer.name },
    manufacturer: { "@type": "Organization", name: product.producer.name, url: absoluteUrl(product.producer.url) },
    ...(validCertificates.length
      ? { award: validCertificates.map((c) => `${t(`catalog.certificateKind.${c.kind}`)}${c.stars ? ` ${c.stars}★` : ""} — ${c.number}`) }
      : {}),
    ...(product.priceVnd !== null
      ? { offers: { "@type": "Offer", price: product.priceVnd, priceCurrency: "VND", url, availability: "https://schema.org/InStock" } }
      : {}),
  };
  return {
    title: product.name,
    description: excerpt(product.description) || `${product.name} — ${product.producer.name}`,
    canonicalUrl: url,
    ogImage: product.photos[0] ? absoluteUrl(product.photos[0].url) : null,
    ogType: "product" as const,
    jsonLd,
    product: {
      name: product.name,
      description: product.description,
      ingredients: product.ingredients,
      unit: product.unit,
      priceText: product.priceVnd === null ? null : formatVnd(product.priceVnd, language),
      ocopStars: product.ocopStars,
      labels: product.labels,
      category: product.category ? { slug: product.category.slug, name: localName(product.category, language) } : null,
      placeText: placeText(product.place),
      producer: product.producer,
      photos,
      certificates: product.allCertificates.map((c) =>
        certificateItemView(c, language, c.heldBy === "producer" ? t("catalog.certificate.heldByProducer") : null),
      ),
      salesPoints: product.salesPoints.map(salesPointView),
    },
  };
}

export default function ProductPage() {
  const { product, jsonLd } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const [cover, ...morePhotos] = product.photos;
  return (
    <article className="space-y-8">
      <JsonLd data={jsonLd} />
      <nav aria-label={t("catalog.products.breadcrumb")} className="text-sm">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link to="/products">{t("catalog.products.title")}</Link>
            <span aria-hidden="true"> ›</span>
          </li>
          {product.category ? (
            <li>
              <Link to={`/products?category=${product.category.slug}`}>{product.category.name}</Link>
              <span aria-hidden="true"> ›</span>
            </li>
          ) : null}
          <li aria-current="page">{product.name}</li>
        </ol>
      </nav>

      <div className="grid gap-6 md:grid-cols-2">
        <div>
          {cover ? (
            <CatalogImage image={cover} sizes="(min-width: 768px) 50vw, 100vw" eager className="w-full rounded-lg object-cover" />
          ) : (
            <div className="flex aspect-[4/3] w-full items-center justify-center rounded-lg bg-stone-100 text-stone-700">
              {t("catalog.products.noPhoto")}
            </div>
          )}
          {morePhotos.length ? (
            <ul aria-label={t("catalog.products.photos")} className="mt-3 grid grid-cols-3 gap-2">
              {morePhotos.map((photo) => (
                <li key={photo.url}>
                  <a href={photo.url}>
                    <CatalogImage image={photo} sizes="150px" className="aspect-square w-full rounded object-cover" />
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="space-y-3">
          <h1 className="text-3xl font-bold">{product.name}</h1>
          <Link to={`/complaints/new?product=${encodeURIComponent(useParams().slug ?? "")}`}>{t("nav.reportProblem")}</Link>
          {product.ocopStars || product.labels.hvnclc ? (
            <p className="flex flex-wrap gap-2">
              <OcopStars stars={product.ocopStars} />
              {product.labels.hvnclc ? (
                <span className="rounded bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-800">{t("catalog.labels.hvnclc")}</span>
              ) : null}
            </p>
          ) : null}
          <p className="text-2xl font-bold">
            {product.priceText ?? <span className="text-base font-normal">{t("catalog.products.priceUnknown")}</span>}
            {product.priceText && product.unit ? <span className="text-base font-normal"> / {product.unit}</span> : null}
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">{t("catalog.products.producer")}</dt>
            <dd>
              <Link to={product.producer.url}>{product.producer.name}</Link>
            </dd>
            {product.placeText ? (
              <>
                <dt className="font-semibold">{t("catalog.products.place")}</dt>
                <dd>{product.placeText}</dd>
              </>
            ) : null}
            {product.category ? (
              <>
                <dt className="font-semibold">{t("catalog.products.category")}</dt>
                <dd>{product.category.name}</dd>
              </>
            ) : null}
            {product.unit ? (
              <>
                <dt className="font-semibold">{t("catalog.products.unit")}</dt>
                <dd>{product.unit}</dd>
              </>
            ) : null}
          </dl>
          {product.description ? (
            <section aria-labelledby="product-description">
              <h2 id="product-description" className="text-xl font-bold">
                {t("catalog.products.description")}
              </h2>
              <p className="whitespace-pre-line">{product.description}</p>
            </section>
          ) : null}
          {product.ingredients ? (
            <section aria-labelledby="product-ingredients">
              <h2 id="product-ingredients" className="text-xl font-bold">
                {t("catalog.products.ingredients")}
              </h2>
              <p className="whitespace-pre-line">{product.ingredients}</p>
            </section>
          ) : null}
        </div>
      </div>

      <section aria-labelledby="product-certificates" className="space-y-3">
        <h2 id="product-certificates" className="text-2xl font-bold">
          {t("catalog.products.certificates")}
        </h2>
        {product.certificates.length ? (
          <>
            <p>{t("catalog.products.certificatesLead")}</p>
            <CertificateList certificates={product.certificates} />
          </>
        ) : (
          <p>{t("catalog.products.noCertificates")}</p>
        )}
      </section>

      <section aria-labelledby="product-where" className="space-y-3">
        <h2 id="product-where" className="text-2xl font-bold">
          {t("catalog.products.whereToBuy")}
        </h2>
        {product.salesPoints.length ? (
          <>
            <p>{t("catalog.products.whereToBuyLead")}</p>
            <ul className="grid gap-3 sm:grid-cols-2">
              {product.salesPoints.map((s) => (
                <li key={s.id} className="card">
                  <h3 className="font-bold">
                    <Link to={s.url}>{s.name}</Link>
                  </h3>
                  <p className="text-sm">{s.address}</p>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t("catalog.products.noSalesPoints")}</p>
        )}
        <p>
          <Link to={product.producer.url} className="btn-secondary">
            {t("catalog.products.viewProducer", { name: product.producer.name })}
          </Link>
        </p>
      </section>
    </article>
  );
}
