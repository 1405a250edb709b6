// Product photos and logos: the 400 px thumbnail first, the original for wide screens, lazy
// loaded and with reserved space (width/height) so a slow page does not jump.
export interface CatalogImageData {
  url: string;
  thumbUrl: string;
  width: number | null;
  height: number | null;
  alt: string;
}

const THUMB_WIDTH = 400;

export function CatalogImage({
  image,
  sizes,
  className = "",
  eager = false,
}: {
  image: CatalogImageData;
  sizes: string;
  className?: string;
  eager?: boolean;
}) {
  const ratio = image.width && image.height ? image.height / image.width : 0.75;
  const srcSet = [`${image.thumbUrl} ${THUMB_WIDTH}w`, image.width && image.width > THUMB_WIDTH ? `${image.url} ${image.width}w` : null]
    .filter(Boolean)
    .join(", ");
  return (
    <img
      src={image.thumbUrl}
      srcSet={srcSet}
      sizes={sizes}
      width={THUMB_WIDTH}
      height={Math.round(THUMB_WIDTH * ratio)}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      alt={image.alt}
      className={className}
    />
  );
}
