import type { LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import en from "~/locales/en";
import vi from "~/locales/vi";
import { loader } from "./strings.$lng[.json]";

const call = (lng: string, query: string) =>
  loader({ params: { lng }, request: new Request(`http://localhost/strings/${lng}.json${query}`), context: {} } as LoaderFunctionArgs);

describe("/strings/<lng>.json", () => {
  it("answers the asked namespaces of the asked language, cacheable for good with a build version", async () => {
    const response = await call("en", "?ns=home,nav&v=abc");
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toContain("immutable");
    expect(await response.json()).toEqual({ home: en.home, nav: en.nav });
    const vietnamese = await call("vi", "?ns=catalog");
    expect(await vietnamese.json()).toEqual({ catalog: vi.catalog });
    expect(vietnamese.headers.get("Cache-Control")).toBe("public, max-age=300");
  });

  it("refuses an unknown language with 404 and unknown or missing namespaces with 400", async () => {
    expect((await call("fr", "?ns=home")).status).toBe(404);
    expect((await call("vi", "?ns=home,__proto__")).status).toBe(400);
    expect((await call("vi", "?ns=toString")).status).toBe(400);
    expect((await call("vi", "")).status).toBe(400);
  });
});
