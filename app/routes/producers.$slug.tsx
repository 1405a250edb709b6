import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CatalogImage } from "~/components/catalog/catalog-image";
import { CertificateList } from "~/components/catalog/certificate-list";
import { JsonLd } from "~/components/catalog/json-ld";
import { catalogMeta, excerpt } from "~/components/catalog/meta";
import { ProductCard } from "~/components/catalog/product-card";
import { certificateItemView, imageData, placeText, productCardView, salesPointView } from "~/components/catalog/views";
import { getLanguage, getT } from "~/i18next.server";
import { absoluteUrl, getPublicProducer } from "~/modules/catalog/public.server";
import { db, dbReady } from "~/utils/db.server";
import { toHttpError } from "~/utils/http.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => catalogMeta(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await dbReady;
  const [t, language] = await Promise.all([getT(request), getLanguage(request)]);
  const producer = await getPublicProducer(db, { slug: params.slug ?? "" }).catch((error: unknown) => {
    // Businesses that are not verified (draft, pending, rejected, suspended) do not exist for the public.
    throw toHttpError(error);
  });
  const url = absoluteUrl(producer.url);
  const place = placeText(producer.place);
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: producer.name,
    url,
    ...(producer.description ? { description: producer.description } : {}),
    ...(producer.logo ? { logo: absoluteUrl(producer.logo.url) } : {}),
    ...(producer.website ? { sameAs: [producer.website] } : {}),
    ...(producer.place.commune
      ? {
          address: {
            "@type": "PostalAddress",
            addressLocality: producer.place.commune.name,
            ...(producer.place.province ? { addressRegion: producer.place.province.name } : {}),
            addressCountry: "VN",
          },
        }
      : {}),
  };
  const firstPhoto = producer.products.find((p) => p.photos[0])?.photos[0];
  return {
    title: producer.name,
    description: excerpt(producer.description) || `${producer.name} — ${t(`legalForm.${producer.legalForm}`)}`,
    canonicalUrl: url,
    ogImage: producer.logo ? absoluteUrl(producer.logo.url) : firstPhoto ? absoluteUrl(firstPhoto.url) : null,
    ogType: "profile" as const,
    jsonLd,
    producer: {
      name: producer.name,
      legalForm: producer.legalForm,
      description: producer.description,
      website: producer.website && /^https?:\/\//i.test(producer.website) ? producer.website : null,
      enterpriseCode: producer.enterpriseCode,
      placeText: place,
      logo: producer.logo ? imageData(producer.logo, t("catalog.producers.logoAlt", { name: producer.name })) : null,
      products: producer.products.map((p) => productCardView(p, language, (name) => t("catalog.products.photoAlt", { name }))),
      salesPoints: producer.salesPoints.map(salesPointView),
      certificates: producer.certificates.map((c) =>
        certificateItemView(c, language, c.subject ? t("catalog.certificate.about", { subject: c.subject }) : null),
      ),
    },
  };
}

export default function ProducerPage() {
  const { producer, jsonLd } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <article className="space-y-8">
      <JsonLd data={jsonLd} />
      <nav aria-label={t("catalog.products.breadcrumb")} className="text-sm">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link to="/producers">{t("catalog.producers.title")}</Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li aria-current="page">{producer.name}</li>
        </ol>
      </nav>
      <header className="flex flex-wrap items-start gap-4">
        {producer.logo ? (
          <CatalogImage image={producer.logo} sizes="96px" eager className="h-24 w-24 flex-none rounded object-contain" />
        ) : null}
        <div className="min-w-0 flex-1 space-y-2">
          <h1 className="text-3xl font-bold">{producer.name}</h1>
          <Link to={`/complaints/new?producer=${encodeURIComponent(useParams().slug ?? "")}`}>{t("nav.reportProblem")}</Link>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">{t("catalog.producers.legalForm")}</dt>
            <dd>{t(`legalForm.${producer.legalForm}`)}</dd>
            {producer.placeText ? (
              <>
                <dt className="font-semibold">{t("catalog.producers.place")}</dt>
                <dd>{producer.placeText}</dd>
              </>
            ) : null}
            {producer.enterpriseCode ? (
              <>
                <dt className="font-semibold">{t("catalog.producers.enterpriseCode")}</dt>
                <dd>{producer.enterpriseCode}</dd>
              </>
            ) : null}
            {producer.website ? (
              <>
                <dt className="font-semibold">{t("catalog.producers.website")}</dt>
                <dd>
                  <a href={producer.website} rel="noopener nofollow">
                    {producer.website}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
        </div>
      </header>

      {producer.description ? (
        <section aria-labelledby="producer-about">
          <h2 id="producer-about" className="text-2xl font-bold">
            {t("catalog.producers.about")}
          </h2>
          <p className="mt-2 max-w-3xl whitespace-pre-line">{producer.description}</p>
        </section>
      ) : null}

      <section aria-labelledby="producer-products">
        <h2 id="producer-products" className="text-2xl font-bold">
          {t("catalog.producers.products")}
        </h2>
        {producer.products.length ? (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {producer.products.map((p) => (
              <li key={p.id}>
                <ProductCard product={p} headingLevel={3} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t("catalog.producers.noProducts")}</p>
        )}
      </section>

      <section aria-labelledby="producer-sales-points">
        <h2 id="producer-sales-points" className="text-2xl font-bold">
          {t("catalog.producers.salesPoints")}
        </h2>
        {producer.salesPoints.length ? (
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {producer.salesPoints.map((s) => (
              <li key={s.id} className="card">
                <h3 className="font-bold">
                  <Link to={s.url}>{s.name}</Link>
                </h3>
                <p className="text-sm">{s.address}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t("catalog.producers.noSalesPoints")}</p>
        )}
      </section>

      <section aria-labelledby="producer-certificates" className="space-y-3">
        <h2 id="producer-certificates" className="text-2xl font-bold">
          {t("catalog.producers.certificates")}
        </h2>
        {producer.certificates.length ? (
          <CertificateList certificates={producer.certificates} />
        ) : (
          <p>{t("catalog.producers.noCertificates")}</p>
        )}
      </section>
    </article>
  );
}
