// An owner of two businesses works on the one chosen in the switcher; the choice is re-checked
// against memberships on every request, so staff of one business can never select another.
import { createCookie } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { createSession } from "~/modules/identity/sessions.server";
import { db } from "~/utils/db.server";
import { requireBusiness } from "~/utils/session.server";
import { sitemapXml } from "./sitemap.server";
import { createBusinessWithOwner, createUser, seedPlacesAndCategories } from "./test-factories";

async function requestAs(userId: string, chosen?: string) {
  const { token } = await createSession(db, userId, "vitest");
  const cookies = [await createCookie("hv_session").serialize(token)];
  if (chosen) cookies.push(await createCookie("hv_business").serialize(chosen));
  return new Request("http://localhost/business", { headers: { Cookie: cookies.map((c) => c.split(";")[0]).join("; ") } });
}

let company = "";
let branch = "";
let ownerId = "";
let staffId = "";

beforeAll(async () => {
  await seedPlacesAndCategories(db);
  const first = await createBusinessWithOwner(db);
  company = first.business.id;
  ownerId = first.user.id;
  branch = (await createBusinessWithOwner(db)).business.id;
  await db.businessMembership.create({ data: { userId: ownerId, businessId: branch, role: "OWNER" } });
  staffId = (await createUser(db)).id;
  await db.businessMembership.create({ data: { userId: staffId, businessId: company, role: "STAFF" } });
});

describe("requireBusiness with the business switcher", () => {
  it("gives the first business without a choice, and the chosen one with it", async () => {
    expect((await requireBusiness(await requestAs(ownerId), "business:read")).businessId).toBe(company);
    const chosen = await requireBusiness(await requestAs(ownerId, branch), "business:sales-points:manage");
    expect(chosen).toMatchObject({ businessId: branch, membershipRole: "OWNER" });
  });

  it("ignores a choice the person has no membership for: staff of one never reach the other", async () => {
    const result = await requireBusiness(await requestAs(staffId, branch), "business:read");
    expect(result.businessId).toBe(company);
    expect(result.membershipRole).toBe("STAFF");
    await expect(requireBusiness(await requestAs(staffId, branch), "business:profile:edit")).rejects.toBeInstanceOf(Response);
  });
});

describe("sitemapXml", () => {
  it("is a sitemaps.org urlset with absolute, escaped locations and W3C dates", () => {
    const xml = sitemapXml(
      [
        { path: "/", lastmod: null },
        { path: "/products/a&b", lastmod: new Date("2026-05-31T17:30:00Z") },
      ],
      "https://hangviet.vn",
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<url><loc>https://hangviet.vn/</loc></url>");
    expect(xml).toContain("<url><loc>https://hangviet.vn/products/a&amp;b</loc><lastmod>2026-05-31</lastmod></url>");
    expect(xml.trim().endsWith("</urlset>")).toBe(true);
  });
});
