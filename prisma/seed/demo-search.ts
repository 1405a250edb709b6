// Demo products the search relevance checks need (issue #15): "Cơm cháy …" for the one-letter
// prefix ("com ch"). Idempotent: upserted by slug, approved and published like the demo's own.
import type { Prisma } from "../../app/generated/prisma/client";
import { slugify } from "../../app/utils/text";

const SEARCH_DEMO_PRODUCTS = [
  {
    business: "cong-ty-tnhh-thuc-pham-ha-lam",
    name: "Cơm cháy chà bông Hà Lam",
    category: "banh-keo",
    unit: "hộp 200 g",
    priceVnd: 55_000,
    description: "Cơm cháy gạo Bình Trung chiên giòn, rắc chà bông và mỡ hành.",
    publishedAt: new Date("2026-06-10T03:00:00Z"),
  },
] as const;

export async function seedSearchDemo(tx: Prisma.TransactionClient): Promise<void> {
  for (const p of SEARCH_DEMO_PRODUCTS) {
    const business = await tx.business.findUnique({ where: { slug: p.business }, select: { id: true, communeCode: true } });
    const category = await tx.category.findUnique({ where: { slug: p.category }, select: { id: true } });
    if (!business || !category) continue;
    await tx.product.upsert({
      where: { slug: slugify(p.name) },
      update: {},
      create: {
        slug: slugify(p.name),
        businessId: business.id,
        status: "APPROVED",
        name: p.name,
        categoryId: category.id,
        description: p.description,
        unit: p.unit,
        priceVnd: p.priceVnd,
        originCommuneCode: business.communeCode,
        submittedAt: p.publishedAt,
        publishedAt: p.publishedAt,
      },
    });
  }
}
