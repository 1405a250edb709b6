// Who may do what. Platform roles grant office permissions; business permissions come from
// a membership in that business (owner or staff). Every loader and action checks one of
// these: a layout never protects its children.

export const ROLES = ["BUSINESS", "OFFICER", "PARTNER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];
export const MEMBERSHIP_ROLES = ["OWNER", "STAFF"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const OFFICE_PERMISSIONS = [
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
  "office:settings:manage",
  "admin:users:manage",
  "admin:outbox:read",
] as const;
export type OfficePermission = (typeof OFFICE_PERMISSIONS)[number];

export const BUSINESS_PERMISSIONS = [
  "business:read",
  "business:profile:edit",
  "business:products:manage",
  "business:sales-points:manage",
  "business:events:register",
  "business:payments:pay",
  "business:complaints:answer",
  "business:members:manage",
] as const;
export type BusinessPermission = (typeof BUSINESS_PERMISSIONS)[number];

const officer: OfficePermission[] = [
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
];

/** The role × permission matrix for platform roles. */
export const ROLE_PERMISSIONS: Record<Role, readonly OfficePermission[]> = {
  BUSINESS: [],
  OFFICER: officer,
  // Partners read reports and confirm fee waivers for poor and near-poor households.
  PARTNER: ["office:access", "office:reports:read", "office:waivers:confirm"],
  ADMIN: [...officer, "office:settings:manage", "admin:users:manage", "admin:outbox:read"],
};

export const MEMBERSHIP_PERMISSIONS: Record<MembershipRole, readonly BusinessPermission[]> = {
  OWNER: [...BUSINESS_PERMISSIONS],
  STAFF: [
    "business:read",
    "business:products:manage",
    "business:sales-points:manage",
    "business:events:register",
    "business:complaints:answer",
  ],
};

export interface Actor {
  userId: string;
  name: string;
  email: string;
  role: Role;
  memberships: { businessId: string; role: MembershipRole }[];
}

export function hasPermission(actor: Pick<Actor, "role"> | null, permission: OfficePermission): boolean {
  return actor !== null && ROLE_PERMISSIONS[actor.role].includes(permission);
}

export function hasBusinessPermission(
  actor: Pick<Actor, "memberships"> | null,
  businessId: string,
  permission: BusinessPermission,
): boolean {
  const membership = actor?.memberships.find((m) => m.businessId === businessId);
  return membership !== undefined && MEMBERSHIP_PERMISSIONS[membership.role].includes(permission);
}

/** Where a freshly logged-in user lands. */
export function homePathFor(actor: Pick<Actor, "role">): string {
  return actor.role === "BUSINESS" ? "/business" : "/office";
}
