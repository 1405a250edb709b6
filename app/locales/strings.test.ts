import { describe, expect, it } from "vitest";
import { jsonForScript, pageStringsJson, pickNamespaces, type StringTable } from "./strings";

const table = { common: { save: "Lưu" }, fairs: { title: "Hội chợ </script>" }, trips: { title: "Chuyến hàng" } } as unknown as StringTable;

describe("pageStringsJson", () => {
  it("is the inline script's JSON for the language and the page's namespaces, safe inside <script>", () => {
    const json = pageStringsJson("vi", table, ["common", "fairs"]);
    expect(json).toBe(jsonForScript({ language: "vi", strings: pickNamespaces(table, ["common", "fairs"]) }));
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json)).toEqual({ language: "vi", strings: { common: { save: "Lưu" }, fairs: { title: "Hội chợ </script>" } } });
  });

  it("on the server, serialises each language and set of namespaces once", () => {
    const first = pageStringsJson("en", table, ["common", "trips"]);
    // the server's table for a language never changes: a second render reuses the first JSON
    const changed = { ...table, trips: { title: "changed" } } as unknown as StringTable;
    expect(pageStringsJson("en", changed, ["common", "trips"])).toBe(first);
    // another set of namespaces or another language is its own
    expect(pageStringsJson("en", changed, ["common"])).not.toBe(first);
    expect(JSON.parse(pageStringsJson("vi", changed, ["common", "trips"])).strings.trips.title).toBe("changed");
  });
});
