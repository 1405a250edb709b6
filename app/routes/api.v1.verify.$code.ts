// Open data: check a certificate by its verification code, as the QR page does. Forgiving to
// type (O → 0, I/L → 1, spaces and dashes ignored). "genuine" is true only for a certificate
// the office checked or issued and that is in force; nothing private is returned.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { DomainError } from "~/modules/errors";
import { verifyCertificate } from "~/modules/certification/verify.server";
import { db, dbReady } from "~/utils/db.server";

const headers = { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" };

export async function loader({ params }: LoaderFunctionArgs) {
  await dbReady;
  try {
    const c = await verifyCertificate(db, { code: params.code ?? "" });
    const day = (date: Date | null) => (date ? date.toISOString() : null);
    return Response.json(
      {
        data: {
          verificationCode: c.verificationCode,
          genuine: c.trust === "confirmed" && c.state === "valid",
          trust: c.trust,
          state: c.state,
          kind: c.kind,
          title: c.title,
          stars: c.trust === "confirmed" ? c.stars : null,
          year: c.year,
          number: c.number,
          issuer: c.issuer,
          issuedOn: day(c.issuedOn),
          expiresOn: day(c.expiresOn),
          checkedOn: day(c.checkedOn),
          revokedOn: c.revocation ? day(c.revocation.on) : null,
          holder: { name: c.holder.name, place: c.holder.place },
          subject: c.subject.type === "business" ? { type: "business" } : { type: c.subject.type, name: c.subject.name },
        },
      },
      { headers },
    );
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_found") {
      return Response.json({ error: "not_found", message: "Không tìm thấy chứng nhận với mã này." }, { status: 404, headers });
    }
    throw error;
  }
}
