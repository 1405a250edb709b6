import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, requestContext, requestIdFrom } from "./logger.server";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger(stream, "info") };
}

describe("the logger", () => {
  it("redacts cookies, authorization, passwords, tokens and contact data", () => {
    const { lines, logger } = capture();
    logger.info(
      { req: { headers: { cookie: "hv_session=abc", authorization: "Bearer x" } }, password: "p", body: { token: "t", email: "a@b.vn", phone: "0905" }, ok: 1 },
      "request",
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of ["hv_session=abc", "Bearer x", '"p"', '"t"', "a@b.vn", "0905"]) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ ok: 1, password: "[redacted]", body: { token: "[redacted]" } });
  });

  it("puts the request id on every line written while serving that request", async () => {
    const { lines, logger } = capture();
    await requestContext.run({ requestId: "req-12345678" }, async () => {
      logger.info("first");
      await new Promise((resolve) => setTimeout(resolve, 5));
      logger.warn("after an await");
    });
    logger.info("outside");
    expect(lines.map((l) => l.requestId)).toEqual(["req-12345678", "req-12345678", undefined]);
  });

  it("keeps a well-formed X-Request-Id and replaces anything else", () => {
    expect(requestIdFrom("trace-0001-abcd")).toBe("trace-0001-abcd");
    expect(requestIdFrom("bad\nid injected")).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
