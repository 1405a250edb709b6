// Test data for the catalogue tests: a province and commune, a category tree, businesses with
// members, office users, and small valid images and PDFs. Each test file has an empty DB.
import sharp from "sharp";
import type { Actor, MembershipRole, Role } from "~/modules/identity/permissions";
import type { Db } from "~/utils/db.server";

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function seedPlacesAndCategories(db: Db) {
  await db.province.upsert({
    where: { code: "48" },
    update: {},
    create: { code: "48", name: "Thành phố Đà Nẵng", shortName: "Đà Nẵng", slug: "da-nang", placeType: "Thành phố Trung Ương" },
  });
  for (const [code, name] of [
    ["20791", "Xã Thăng Bình"],
    ["20794", "Xã Thăng An"],
  ] as const) {
    await db.commune.upsert({ where: { code }, update: {}, create: { code, name, folded: name.toLowerCase(), provinceCode: "48" } });
  }
  const food = await db.category.upsert({
    where: { slug: "nong-san-thuc-pham" },
    update: {},
    create: { slug: "nong-san-thuc-pham", nameVi: "Nông sản và thực phẩm", nameEn: "Food" },
  });
  const sauce = await db.category.upsert({
    where: { slug: "nuoc-mam-gia-vi" },
    update: {},
    create: { slug: "nuoc-mam-gia-vi", nameVi: "Nước mắm và gia vị", nameEn: "Fish sauce", parentId: food.id },
  });
  const sweets = await db.category.upsert({
    where: { slug: "banh-keo" },
    update: {},
    create: { slug: "banh-keo", nameVi: "Bánh và kẹo", nameEn: "Sweets", parentId: food.id },
  });
  return { food, sauce, sweets, communes: { thangBinh: "20791", thangAn: "20794" } };
}

export async function createUser(db: Db, role: Role = "BUSINESS") {
  const id = next();
  return db.user.create({ data: { email: `u-${id}@example.vn`, name: `Người dùng ${id}`, role, passwordHash: "x" } });
}

export function actorFor(
  user: { id: string; name: string; email: string; role: Role },
  memberships: { businessId: string; role: MembershipRole }[] = [],
): Actor {
  return { userId: user.id, name: user.name, email: user.email, role: user.role, memberships };
}

export async function createBusinessWithOwner(
  db: Db,
  { status = "VERIFIED", communeCode = "20791", memberRole = "OWNER" }: { status?: "DRAFT" | "PENDING" | "VERIFIED" | "REJECTED" | "SUSPENDED"; communeCode?: string; memberRole?: MembershipRole } = {},
) {
  const id = next();
  const user = await createUser(db);
  const business = await db.business.create({
    data: {
      slug: `doanh-nghiep-${id}`,
      legalForm: "ENTERPRISE",
      name: `Doanh nghiệp ${id}`,
      status,
      provinceCode: "48",
      communeCode,
      email: `lienhe-${id}@example.vn`,
      memberships: { create: { userId: user.id, role: memberRole } },
    },
  });
  return { business, user, actor: actorFor(user, [{ businessId: business.id, role: memberRole }]) };
}

export async function officeActor(db: Db, role: Role = "OFFICER") {
  return actorFor(await createUser(db, role));
}

export async function pngBytes(color = "#c0392b", side = 24): Promise<Buffer> {
  return sharp({ create: { width: side, height: side, channels: 3, background: color } })
    .png()
    .toBuffer();
}

/** A minimal valid one-page PDF. */
export function pdfBytes(): Buffer {
  return Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    "latin1",
  );
}
