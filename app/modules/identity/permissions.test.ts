import { describe, expect, it } from "vitest";
import {
  BUSINESS_PERMISSIONS,
  hasBusinessPermission,
  hasPermission,
  homePathFor,
  OFFICE_PERMISSIONS,
  type OfficePermission,
  type Role,
} from "./permissions";

// The expected matrix written out by hand, row by row, so a change to the grants shows here.
const expected: Record<Role, OfficePermission[]> = {
  BUSINESS: [],
  PARTNER: ["office:access", "office:reports:read", "office:waivers:confirm"],
  OFFICER: [
    "office:access",
    "office:businesses:review",
    "office:products:review",
    "office:certificates:manage",
    "office:sales-points:certify",
    "office:fairs:manage",
    "office:trips:manage",
    "office:payments:reconcile",
    "office:complaints:handle",
    "office:complaints:read-contact",
    "office:reports:read",
    "office:waivers:confirm",
    "office:news:manage",
  ],
  ADMIN: [...OFFICE_PERMISSIONS],
};

describe("role × permission matrix", () => {
  for (const role of Object.keys(expected) as Role[]) {
    for (const permission of OFFICE_PERMISSIONS) {
      const allowed = expected[role].includes(permission);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(hasPermission({ role }, permission)).toBe(allowed);
      });
    }
  }

  it("refuses everything to an anonymous visitor", () => {
    for (const permission of OFFICE_PERMISSIONS) expect(hasPermission(null, permission)).toBe(false);
  });

  it("keeps complainants' contact data from partners and businesses", () => {
    expect(hasPermission({ role: "PARTNER" }, "office:complaints:read-contact")).toBe(false);
    expect(hasPermission({ role: "BUSINESS" }, "office:complaints:read-contact")).toBe(false);
  });
});

describe("business permissions come from memberships", () => {
  const owner = { memberships: [{ businessId: "b1", role: "OWNER" as const }] };
  const staff = { memberships: [{ businessId: "b1", role: "STAFF" as const }] };

  it("gives the owner every business permission on their own business only", () => {
    for (const permission of BUSINESS_PERMISSIONS) {
      expect(hasBusinessPermission(owner, "b1", permission)).toBe(true);
      expect(hasBusinessPermission(owner, "b2", permission)).toBe(false);
    }
  });

  it("lets staff manage products but not the profile, members or payments", () => {
    expect(hasBusinessPermission(staff, "b1", "business:products:manage")).toBe(true);
    expect(hasBusinessPermission(staff, "b1", "business:profile:edit")).toBe(false);
    expect(hasBusinessPermission(staff, "b1", "business:members:manage")).toBe(false);
    expect(hasBusinessPermission(staff, "b1", "business:payments:pay")).toBe(false);
  });

  it("gives nothing without a membership", () => {
    expect(hasBusinessPermission({ memberships: [] }, "b1", "business:read")).toBe(false);
    expect(hasBusinessPermission(null, "b1", "business:read")).toBe(false);
  });
});

describe("homePathFor", () => {
  it("sends businesses to their portal and staff to the office", () => {
    expect(homePathFor({ role: "BUSINESS" })).toBe("/business");
    expect(homePathFor({ role: "OFFICER" })).toBe("/office");
    expect(homePathFor({ role: "PARTNER" })).toBe("/office");
  });
});
