// Test data for the sales-point tests: the programme setting, valid form fields, and a point
// taken through apply → inspect. Builds on the catalogue factories (places, businesses, users).
import { db, type Db } from "~/utils/db.server";
import { PROGRAMME_SETTING_KEY } from "./programme.server";
import type { SalesPointFields } from "./sales-point.schema";

export const PROGRAMME = {
  minVietGoodsShare: 80,
  validityMonths: 24,
  checklist: ["Tỷ lệ hàng Việt đạt yêu cầu", "Hàng có nguồn gốc rõ ràng", "Niêm yết giá đầy đủ"],
};

export async function seedProgramme(client: Db = db, programme: object = PROGRAMME) {
  const value = JSON.stringify(programme);
  await client.setting.upsert({ where: { key: PROGRAMME_SETTING_KEY }, update: { value }, create: { key: PROGRAMME_SETTING_KEY, value } });
}

let counter = 0;

export function salesPointFields(overrides: Partial<SalesPointFields> = {}): SalesPointFields {
  counter++;
  return {
    name: `Cửa hàng thử ${counter}`,
    provinceCode: "48",
    communeCode: "20791",
    streetAddress: "215 Tiểu La",
    latitude: 15.7395,
    longitude: 108.3672,
    phone: "0905123456",
    vietGoodsShare: 90,
    categoryIds: [],
    hours: [1, 2, 3, 4, 5, 6, 0].map((weekday) => ({ weekday, opensAt: 7 * 60, closesAt: 21 * 60 })),
    ...overrides,
  };
}

export const ALL_PASS = PROGRAMME.checklist.map(() => "pass" as const);
