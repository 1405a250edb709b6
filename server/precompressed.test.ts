import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import compression from "compression";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptedEncodings, precompressedAssets } from "./precompressed";

const source = `export const answer = ${JSON.stringify("x".repeat(4000))};\n`;
let server: Server;
let port = 0;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "precompressed-"));
  writeFileSync(join(dir, "app-abc123.js"), source);
  writeFileSync(join(dir, "app-abc123.js.br"), brotliCompressSync(source));
  writeFileSync(join(dir, "app-abc123.js.gz"), gzipSync(source));
  // Only a gzip copy: a brotli browser gets it compressed on the fly instead.
  mkdirSync(join(dir, "sub"));
  writeFileSync(join(dir, "sub", "plain-abc123.js"), source);
  const app = express();
  app.use(compression());
  app.use("/assets", precompressedAssets(dir));
  app.use("/assets", express.static(dir, { immutable: true, maxAge: "1y" }));
  server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest({ port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("precompressed assets", () => {
  it("sends the brotli file to a browser that accepts brotli, with type, Vary and a year of immutable caching", async () => {
    const response = await get("/assets/app-abc123.js", { "Accept-Encoding": "gzip, deflate, br, zstd" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(response.headers.vary).toContain("Accept-Encoding");
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(brotliDecompressSync(response.body).toString()).toBe(source);
  });

  it("sends the gzip file when brotli is not accepted or refused with q=0", async () => {
    for (const accept of ["gzip", "br;q=0, gzip;q=0.8"]) {
      const response = await get("/assets/app-abc123.js", { "Accept-Encoding": accept });
      expect(response.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(response.body).toString()).toBe(source);
    }
  });

  it("falls back to the file itself, compressed on the fly or not at all", async () => {
    const onTheFly = await get("/assets/sub/plain-abc123.js", { "Accept-Encoding": "gzip" });
    expect(onTheFly.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(onTheFly.body).toString()).toBe(source);
    const identity = await get("/assets/app-abc123.js", { "Accept-Encoding": "identity" });
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(identity.body.toString()).toBe(source);
    expect(identity.headers.vary).toContain("Accept-Encoding");
  });

  it("answers 404 for a path out of the folder and for an unknown file", async () => {
    expect((await get("/assets/..%2F..%2Fetc%2Fpasswd", { "Accept-Encoding": "br" })).status).toBe(404);
    expect((await get("/assets/missing-abc123.js", { "Accept-Encoding": "br" })).status).toBe(404);
  });

  it("reads Accept-Encoding with q-values", () => {
    expect([...acceptedEncodings("gzip, deflate, br;q=1.0, zstd")]).toEqual(["gzip", "deflate", "br", "zstd"]);
    expect([...acceptedEncodings("br;q=0, gzip")]).toEqual(["gzip"]);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
  });
});
