import { describe, expect, it } from "vitest";
import { addDays, fromVnLocal, vnDateKey } from "~/utils/dates";
import { certificatePublicState, ocopDefaultExpiry } from "./certificate-state";

const expiryDay = "2026-11-22";
const expiresOn = fromVnLocal(expiryDay);
const active = { status: "ACTIVE" as const, expiresOn };

describe("certificatePublicState", () => {
  it("stays valid through the whole expiry day in Vietnam", () => {
    expect(certificatePublicState(active, fromVnLocal(expiryDay, 23 * 60 + 59))).toBe("expiring_soon");
    expect(certificatePublicState(active, new Date(fromVnLocal(expiryDay, 1440).getTime() - 1))).toBe("expiring_soon");
  });
  it("is expired from 00:00 Vietnam time the next day, though still the expiry day in UTC", () => {
    const nextMidnight = fromVnLocal(addDays(expiryDay, 1));
    expect(nextMidnight.toISOString()).toBe("2026-11-22T17:00:00.000Z");
    expect(certificatePublicState(active, nextMidnight)).toBe("expired");
  });
  it("is expiring soon exactly 30 days before and valid 31 days before", () => {
    expect(certificatePublicState(active, fromVnLocal(addDays(expiryDay, -30), 8 * 60))).toBe("expiring_soon");
    expect(certificatePublicState(active, fromVnLocal(addDays(expiryDay, -31), 23 * 60 + 59))).toBe("valid");
    expect(certificatePublicState(active, fromVnLocal(addDays(expiryDay, -31)), 31)).toBe("expiring_soon");
  });
  it("is valid forever without an expiry date", () => {
    expect(certificatePublicState({ status: "ACTIVE", expiresOn: null }, new Date("2099-01-01T00:00:00Z"))).toBe("valid");
  });
  it("follows the stored status: revoked first, then expired, then suspended", () => {
    const early = fromVnLocal("2026-01-01");
    const late = fromVnLocal("2027-01-01");
    expect(certificatePublicState({ status: "REVOKED", expiresOn }, early)).toBe("revoked");
    expect(certificatePublicState({ status: "REVOKED", expiresOn }, late)).toBe("revoked");
    expect(certificatePublicState({ status: "EXPIRED", expiresOn }, early)).toBe("expired");
    expect(certificatePublicState({ status: "EXPIRED", expiresOn: null }, early)).toBe("expired");
    expect(certificatePublicState({ status: "SUSPENDED", expiresOn }, early)).toBe("suspended");
    expect(certificatePublicState({ status: "SUSPENDED", expiresOn }, fromVnLocal(expiryDay, 600))).toBe("suspended");
    expect(certificatePublicState({ status: "SUSPENDED", expiresOn }, late)).toBe("expired");
    expect(certificatePublicState({ status: "SUSPENDED", expiresOn: null }, late)).toBe("suspended");
  });
});

describe("ocopDefaultExpiry", () => {
  it("is the same VN calendar day 36 months on, as the start of that day", () => {
    const expiry = ocopDefaultExpiry(fromVnLocal("2026-11-22", 14 * 60));
    expect(expiry.toISOString()).toBe(fromVnLocal("2029-11-22").toISOString());
  });
  it("uses the VN issue day even when the UTC day differs", () => {
    // 20:00 UTC on 14 Jan is 03:00 on 15 Jan in Vietnam.
    expect(vnDateKey(ocopDefaultExpiry(new Date("2026-01-14T20:00:00Z")))).toBe("2029-01-15");
  });
  it("clamps 29 February to the 28th", () => {
    expect(vnDateKey(ocopDefaultExpiry(fromVnLocal("2028-02-29")))).toBe("2031-02-28");
  });
});
