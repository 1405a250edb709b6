import { beforeAll, describe, expect, it } from "vitest";
import { actorFor, createBusinessWithOwner, createUser, officeActor, pngBytes, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { Conflict, Forbidden, Invalid, NotFound } from "~/modules/errors";
import { db } from "~/utils/db.server";
import {
  addSalesPointPhotos,
  applyForCertification,
  createSalesPoint,
  getOwnSalesPoint,
  listOwnSalesPoints,
  posterView,
  removeSalesPointPhoto,
  updateSalesPoint,
  withdrawApplication,
} from "./sales-points.server";
import { SalesPointFieldsSchema } from "./sales-point.schema";
import { salesPointFields, seedProgramme } from "./test-factories";

let places: Awaited<ReturnType<typeof seedPlacesAndCategories>>;
beforeAll(async () => {
  places = await seedPlacesAndCategories(db);
  await seedProgramme();
});

const create = (scope: { actor: Parameters<typeof createSalesPoint>[1]["actor"]; businessId: string }, overrides = {}) =>
  createSalesPoint(db, { ...scope, fields: salesPointFields(overrides) });

describe("the form schema", () => {
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(entries)) data.append(k, v);
    return data;
  };
  const base = {
    name: "Tạp hóa Hà Lam",
    provinceCode: "48",
    communeCode: "20791",
    streetAddress: "Thôn Hà Lam",
    vietGoodsShare: "90",
  };
  const hours = (rows: Array<[string, string] | "closed">) =>
    Object.fromEntries(
      rows.flatMap((row, i) => [
        [`hours[${i}].weekday`, String([1, 2, 3, 4, 5, 6, 0][i])],
        ...(row === "closed" ? [[`hours[${i}].closed`, "on"]] : [[`hours[${i}].opensAt`, row[0]], [`hours[${i}].closesAt`, row[1]]]),
      ]),
    );
  const parse = (entries: Record<string, string>) => SalesPointFieldsSchema.safeParse(Object.fromEntries(form(entries)));

  it("reads seven rows, dropping closed days and marking overnight and all-day hours", async () => {
    const { parseWithZod } = await import("@conform-to/zod");
    const result = parseWithZod(
      form({ ...base, latitude: "15.7395", longitude: "108.3672", ...hours([["07:00", "21:00"], ["18:00", "02:00"], ["00:00", "00:00"], "closed", "closed", "closed", "closed"]) }),
      { schema: SalesPointFieldsSchema },
    );
    expect(result.status).toBe("success");
    if (result.status !== "success") return;
    expect(result.value.hours).toEqual([
      { weekday: 1, opensAt: 420, closesAt: 1260 },
      { weekday: 2, opensAt: 1080, closesAt: 120 },
      { weekday: 3, opensAt: 0, closesAt: 1440 },
    ]);
    expect(result.value.latitude).toBeCloseTo(15.7395);
  });

  it("refuses coordinates outside Vietnam, half coordinates, bad times and shares", async () => {
    const { parseWithZod } = await import("@conform-to/zod");
    const seven = hours([["7:00", "21:00"], ["08:00", "08:00"], ["", "10:00"], "closed", "closed", "closed", "closed"]);
    const result = parseWithZod(form({ ...base, vietGoodsShare: "101", latitude: "48.85", longitude: "2.35", ...seven }), { schema: SalesPointFieldsSchema });
    expect(result.status).toBe("error");
    const error = result.reply().error!;
    expect(error.latitude).toEqual(["salesPoints.errors.latitude"]);
    expect(error.longitude).toEqual(["salesPoints.errors.longitude"]);
    expect(error.vietGoodsShare).toEqual(["salesPoints.errors.share"]);
    expect(error["hours[0].opensAt"]).toEqual(["salesPoints.errors.time"]);
    expect(error["hours[1].closesAt"]).toEqual(["salesPoints.errors.sameTime"]);
    expect(error["hours[2].opensAt"]).toEqual(["salesPoints.errors.timeRequired"]);
    const half = parseWithZod(form({ ...base, latitude: "15.7", ...hours(Array(7).fill("closed")) }), { schema: SalesPointFieldsSchema });
    expect(half.reply().error?.longitude).toEqual(["salesPoints.errors.bothCoordinates"]);
    expect(parse({}).success).toBe(false);
  });
});

describe("business sales points", () => {
  it("creates, reads, lists and updates its own sales point", async () => {
    const a = await createBusinessWithOwner(db);
    const point = await create({ actor: a.actor, businessId: a.business.id }, { categoryIds: [places.sauce.id, places.sweets.id] });
    expect(point.status).toBe("DRAFT");
    const read = await getOwnSalesPoint(db, { actor: a.actor, businessId: a.business.id, salesPointId: point.id });
    expect(read.hours).toHaveLength(7);
    expect(read.categories.map((c) => c.categoryId).sort()).toEqual([places.sauce.id, places.sweets.id].sort());
    expect(read.phone).toBe("0905123456");

    await updateSalesPoint(db, {
        actor: a.actor,
        businessId: a.business.id,
        salesPointId: point.id,
        fields: salesPointFields({ name: "Đổi tên", communeCode: "20794", categoryIds: [], hours: [{ weekday: 5, opensAt: 1080, closesAt: 60 }] }),
      });
    const updated = await getOwnSalesPoint(db, { actor: a.actor, businessId: a.business.id, salesPointId: point.id });
    expect(updated.name).toBe("Đổi tên");
    expect(updated.communeCode).toBe("20794");
    expect(updated.hours.map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt }))).toEqual([{ weekday: 5, opensAt: 1080, closesAt: 60 }]);
    expect(updated.categories).toEqual([]);
    const list = await listOwnSalesPoints(db, { actor: a.actor, businessId: a.business.id });
    expect(list.map((p) => p.name)).toEqual(["Đổi tên"]);
    const audit = await db.auditLog.findMany({ where: { entityId: point.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((r) => r.action)).toEqual(["salesPoint.create", "salesPoint.update"]);
  });

  it("refuses a commune of another province, unknown categories and overlapping overnight hours", async () => {
    const a = await createBusinessWithOwner(db);
    await db.province.upsert({ where: { code: "01" }, update: {}, create: { code: "01", name: "Thành phố Hà Nội", shortName: "Hà Nội", slug: "ha-noi", placeType: "Thành phố Trung Ương" } });
    const error = await create({ actor: a.actor, businessId: a.business.id }, {
      provinceCode: "01",
      categoryIds: ["no-such-category"],
      hours: [
        { weekday: 5, opensAt: 1080, closesAt: 180 },
        { weekday: 6, opensAt: 120, closesAt: 600 },
      ],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fieldErrors).toEqual({
      communeCode: ["salesPoints.errors.commune"],
      categoryIds: ["errors.invalidChoice"],
      hours: ["salesPoints.errors.hoursOverlap"],
    });
  });

  it("keeps business A away from business B's sales points (NotFound), and non-members out (Forbidden)", async () => {
    const a = await createBusinessWithOwner(db);
    const b = await createBusinessWithOwner(db);
    const pointOfB = await create({ actor: b.actor, businessId: b.business.id });
    const asA = { actor: a.actor, businessId: a.business.id, salesPointId: pointOfB.id };
    await expect(getOwnSalesPoint(db, asA)).rejects.toBeInstanceOf(NotFound);
    await expect(updateSalesPoint(db, { ...asA, fields: salesPointFields() })).rejects.toBeInstanceOf(NotFound);
    await expect(applyForCertification(db, asA)).rejects.toBeInstanceOf(NotFound);
    await expect(addSalesPointPhotos(db, { ...asA, files: [{ bytes: Buffer.from("x") }] })).rejects.toBeInstanceOf(NotFound);
    await expect(posterView(db, { ...asA, appUrl: "http://x", language: "vi" })).rejects.toBeInstanceOf(NotFound);
    // A's actor naming B's business id is not a member of B.
    await expect(getOwnSalesPoint(db, { actor: a.actor, businessId: b.business.id, salesPointId: pointOfB.id })).rejects.toBeInstanceOf(Forbidden);
    const stranger = actorFor(await createUser(db));
    await expect(listOwnSalesPoints(db, { actor: stranger, businessId: b.business.id })).rejects.toBeInstanceOf(Forbidden);
    expect(await db.salesPoint.findUniqueOrThrow({ where: { id: pointOfB.id } })).toMatchObject({ status: "DRAFT" });
  });

  it("lets staff manage sales points", async () => {
    const staff = await createBusinessWithOwner(db, { memberRole: "STAFF" });
    const point = await create({ actor: staff.actor, businessId: staff.business.id });
    expect(point.businessId).toBe(staff.business.id);
  });

  it("stores photos as public images and removes them", async () => {
    const a = await createBusinessWithOwner(db);
    const point = await create({ actor: a.actor, businessId: a.business.id });
    const scope = { actor: a.actor, businessId: a.business.id, salesPointId: point.id };
    const bytes = await pngBytes();
    await addSalesPointPhotos(db, { ...scope, files: [{ bytes, name: "cua-hang.png" }] });
    const photos = await db.salesPointPhoto.findMany({ where: { salesPointId: point.id }, include: { file: true } });
    expect(photos).toHaveLength(1);
    expect(photos[0]!.file.isPrivate).toBe(false);
    expect(photos[0]!.file.mimeType).toBe("image/webp");
    const bad = await addSalesPointPhotos(db, { ...scope, files: [{ bytes: Buffer.from("not an image") }] }).catch((e: unknown) => e);
    expect((bad as Invalid).fieldErrors.photos).toEqual(["salesPoints.errors.upload_unsupported_type"]);
    await removeSalesPointPhoto(db, { ...scope, photoId: photos[0]!.id });
    expect(await db.salesPointPhoto.count({ where: { salesPointId: point.id } })).toBe(0);
  });
});

describe("applying", () => {
  it("submits an application and marks the point APPLIED; withdrawing returns it to DRAFT", async () => {
    const a = await createBusinessWithOwner(db);
    const point = await create({ actor: a.actor, businessId: a.business.id });
    const scope = { actor: a.actor, businessId: a.business.id, salesPointId: point.id };
    const application = await applyForCertification(db, scope);
    expect(application.status).toBe("SUBMITTED");
    expect((await db.salesPoint.findUniqueOrThrow({ where: { id: point.id } })).status).toBe("APPLIED");
    await expect(applyForCertification(db, scope)).rejects.toMatchObject({ message: "salesPoints.errors.alreadyApplied" });
    await withdrawApplication(db, scope);
    expect((await db.salesPoint.findUniqueOrThrow({ where: { id: point.id } })).status).toBe("DRAFT");
    expect((await db.salesPointApplication.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("WITHDRAWN");
    await expect(withdrawApplication(db, scope)).rejects.toBeInstanceOf(Conflict);
  });

  it("refuses a share below the programme minimum, a point without location and an unverified business", async () => {
    const a = await createBusinessWithOwner(db);
    const low = await create({ actor: a.actor, businessId: a.business.id }, { vietGoodsShare: 79 });
    const error = await applyForCertification(db, { actor: a.actor, businessId: a.business.id, salesPointId: low.id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    expect((error as Conflict).message).toBe("salesPoints.errors.shareBelowMinimum");
    const unlocated = await create({ actor: a.actor, businessId: a.business.id }, { latitude: null, longitude: null });
    await expect(
      applyForCertification(db, { actor: a.actor, businessId: a.business.id, salesPointId: unlocated.id }),
    ).rejects.toMatchObject({ message: "salesPoints.errors.locationRequired" });
    const pending = await createBusinessWithOwner(db, { status: "PENDING" });
    const point = await create({ actor: pending.actor, businessId: pending.business.id });
    await expect(
      applyForCertification(db, { actor: pending.actor, businessId: pending.business.id, salesPointId: point.id }),
    ).rejects.toMatchObject({ message: "salesPoints.errors.businessNotVerified" });
    expect(await db.salesPointApplication.count({ where: { salesPointId: { in: [low.id, unlocated.id, point.id] } } })).toBe(0);
  });

  it("office users cannot use the business functions", async () => {
    const a = await createBusinessWithOwner(db);
    const officer = await officeActor(db);
    await expect(create({ actor: officer, businessId: a.business.id })).rejects.toBeInstanceOf(Forbidden);
  });
});
