import { describe, expect, test } from "vitest";
import { createBusinessWithOwner, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { db } from "~/utils/db.server";
import { searchHitDetails } from "./hit-details.server";

const file = (key: string) => db.storedFile.create({ data: { storageKey: key, mimeType: "image/webp", sizeBytes: 10, width: 480, height: 360 } });

describe("searchHitDetails", () => {
  test("gives price, unit and cover photo of products, the cover of sales points and the legal form of producers", async () => {
    await seedPlacesAndCategories(db);
    const { business } = await createBusinessWithOwner(db);
    const priced = await db.product.create({ data: { slug: "nuoc-mam-hit", businessId: business.id, name: "Nước mắm", unit: "chai 500 ml", priceVnd: 85_000 } });
    const bare = await db.product.create({ data: { slug: "banh-hit", businessId: business.id, name: "Bánh" } });
    const [second, cover, shopFile] = [await file("a/second.webp"), await file("a/cover.webp"), await file("a/shop.webp")];
    await db.productPhoto.createMany({
      data: [
        { productId: priced.id, fileId: second.id, position: 1, alt: "mặt sau" },
        { productId: priced.id, fileId: cover.id, position: 0, alt: "chai nước mắm" },
      ],
    });
    const shop = await db.salesPoint.create({
      data: { businessId: business.id, name: "Quầy", provinceCode: "48", communeCode: "20791", streetAddress: "1 Tiểu La", vietGoodsShare: 90 },
    });
    await db.salesPointPhoto.create({ data: { salesPointId: shop.id, fileId: shopFile.id } });

    const details = await searchHitDetails(db, [`product:${priced.id}`, `product:${bare.id}`, `salesPoint:${shop.id}`, `producer:${business.id}`]);

    expect(details[`product:${priced.id}`]).toEqual({
      priceVnd: 85_000,
      unit: "chai 500 ml",
      photo: { url: `/files/${cover.id}`, thumbUrl: `/files/${cover.id}?size=thumb`, width: 480, height: 360, alt: "chai nước mắm" },
    });
    expect(details[`product:${bare.id}`]).toEqual({ priceVnd: null, unit: null, photo: null });
    expect(details[`salesPoint:${shop.id}`]?.photo?.url).toBe(`/files/${shopFile.id}`);
    expect(details[`producer:${business.id}`]).toMatchObject({ legalForm: "ENTERPRISE" });
  });

  test("asks nothing for an empty page", async () => {
    expect(await searchHitDetails(db, [])).toEqual({});
  });
});
