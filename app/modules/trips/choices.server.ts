// Choices the trip pages offer: categories as one flat list (sub-categories under their parent).
import { listCategoryChoices } from "~/modules/sales-points/sales-points.server";
import type { Db } from "~/utils/db.server";

export async function tripCategoryChoices(db: Db, language: string) {
  const tree = await listCategoryChoices(db);
  const name = (c: { nameVi: string; nameEn: string }) => (language === "en" ? c.nameEn : c.nameVi);
  return tree.flatMap((top) => [{ id: top.id, name: name(top) }, ...top.children.map((c) => ({ id: c.id, name: `— ${name(c)}` }))]);
}
