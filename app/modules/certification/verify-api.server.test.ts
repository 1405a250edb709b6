// /api/v1/verify/:code: forgiving to type like /verify, and "genuine" only for what the office
// checked or issued — a declared certificate is answered, but never as genuine.
import { describe, expect, it } from "vitest";
import { createBusinessWithOwner, seedPlacesAndCategories } from "~/modules/catalog/test-factories";
import { loader } from "~/routes/api.v1.verify.$code";
import { db } from "~/utils/db.server";
import { generateVerificationCode } from "./verification-code";

async function certificate(checkState: "CHECKED" | "DECLARED") {
  await seedPlacesAndCategories(db);
  const { business } = await createBusinessWithOwner(db);
  return db.certificate.create({
    data: {
      kind: "OCOP",
      stars: 4,
      number: `OCOP-${checkState}`,
      issuer: "UBND thành phố Đà Nẵng",
      issuedOn: new Date("2026-01-10T00:00:00Z"),
      expiresOn: new Date("2028-01-10T00:00:00Z"),
      verificationCode: generateVerificationCode(),
      businessId: business.id,
      checkState,
      checkedAt: checkState === "CHECKED" ? new Date("2026-01-12T00:00:00Z") : null,
    },
  });
}

async function ask(code: string) {
  const response = (await loader({ params: { code }, request: new Request(`http://x/api/v1/verify/${encodeURIComponent(code)}`), context: {} })) as Response;
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; error?: string } };
}

/** How a person might type it: lower case, O for 0, I for 1, spaces and dashes. */
function mangle(code: string): string {
  return code.toLowerCase().replace(/0/g, "o").replace(/1/g, "I").replace(/(.{4})/g, "$1 - ");
}

describe("GET /api/v1/verify/:code", () => {
  it("finds a checked certificate from a mangled code and calls it genuine", async () => {
    const cert = await certificate("CHECKED");
    const { status, body } = await ask(mangle(cert.verificationCode));
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ verificationCode: cert.verificationCode, genuine: true, trust: "confirmed", stars: 4 });
  });

  it("answers a declared certificate without calling it genuine or giving its stars", async () => {
    const cert = await certificate("DECLARED");
    const { body } = await ask(cert.verificationCode);
    expect(body.data).toMatchObject({ genuine: false, trust: "declared", stars: null });
  });

  it("answers 404 with a message for an unknown code", async () => {
    const { status, body } = await ask("ZZZZ-ZZZZ");
    expect(status).toBe(404);
    expect(body.error).toBe("not_found");
  });
});
