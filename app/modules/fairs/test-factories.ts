// Test data for the fairs tests: a fair open for registration with one booth type and N booths,
// built straight in the database (the office use cases have their own tests).
import type { Db } from "~/utils/db.server";

let counter = 0;
const HOUR = 3_600_000;

export async function createOpenFair(
  db: Db,
  { booths = 10, feeVnd = 1_500_000, holdHours = 48, status = "PUBLISHED", now = new Date(), prefix = "A", ...overrides }: {
    booths?: number;
    feeVnd?: number;
    holdHours?: number;
    status?: "DRAFT" | "PUBLISHED" | "CLOSED" | "FINISHED" | "CANCELLED";
    now?: Date;
    prefix?: string;
    allowBoothChoice?: boolean;
    ocopPriority?: boolean;
    ownCommunePriority?: boolean;
  } = {},
) {
  counter++;
  const fair = await db.fair.create({
    data: {
      slug: `hoi-cho-thu-${counter}-${Date.now().toString(36)}`,
      name: `Hội chợ thử ${counter}`,
      venue: "Nhà văn hóa xã",
      provinceCode: "48",
      communeCode: "20791",
      startsAt: new Date(now.getTime() + 10 * 24 * HOUR),
      endsAt: new Date(now.getTime() + 12 * 24 * HOUR),
      registrationOpensAt: new Date(now.getTime() - 24 * HOUR),
      registrationClosesAt: new Date(now.getTime() + 5 * 24 * HOUR),
      status,
      holdHours,
      planWidth: 400,
      planDepth: 40,
      ...overrides,
    },
  });
  const type = await db.boothType.create({ data: { fairId: fair.id, name: "Gian tiêu chuẩn 3×3 m", widthM: 3, depthM: 3, feeVnd } });
  await db.booth.createMany({
    data: Array.from({ length: booths }, (_, i) => ({ fairId: fair.id, boothTypeId: type.id, code: `${prefix}${String(i + 1).padStart(2, "0")}`, x: i * 3, y: 2 })),
  });
  const boothRows = await db.booth.findMany({ where: { fairId: fair.id }, orderBy: { code: "asc" } });
  return { fair, type, booths: boothRows };
}
