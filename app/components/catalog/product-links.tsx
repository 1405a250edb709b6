// A few products of a business as a row of links to their pages (fair exhibitors, trip
// participants); nothing when the business shows none.
import { Link } from "@remix-run/react";

export function ProductLinks({ products, label }: { products: { slug: string; name: string }[]; label?: string }) {
  if (!products.length) return null;
  return (
    <ul className="flex flex-wrap gap-3 text-sm" aria-label={label}>
      {products.map((product) => (
        <li key={product.slug}>
          <Link to={`/products/${product.slug}`}>{product.name}</Link>
        </li>
      ))}
    </ul>
  );
}
