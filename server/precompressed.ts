// Serves the .br / .gz files that scripts/precompress.ts wrote next to the fingerprinted assets,
// when the browser accepts that encoding (brotli first): no compression work per request and
// smaller files than on-the-fly level 6. Anything else (no such file, an old browser, a Range
// request) falls through to express.static, with compression() doing it on the fly.
import { existsSync, readdirSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import type { NextFunction, Request, RequestHandler, Response } from "express";

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

/** Which encodings the Accept-Encoding header allows (q=0 refuses one). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    if (q && Number(q.slice(2)) === 0) continue;
    accepted.add(name);
  }
  return accepted;
}

function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

/**
 * Mount where the assets are served: `app.use("/assets", precompressedAssets(dir))`. The list of
 * precompressed files is read once: the build does not change under a running server.
 */
export function precompressedAssets(dir: string): RequestHandler {
  const available = new Set(listFiles(dir));
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || req.headers.range) return next();
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(req.path)).replace(/^[/\\]+/, "");
    } catch {
      return next();
    }
    if (relative.startsWith("..") || relative.includes(`${sep}..`)) return next();
    const contentType = CONTENT_TYPES[extname(relative)];
    if (!contentType || !available.has(relative)) return next();
    res.vary("Accept-Encoding");
    const accepted = acceptedEncodings(req.headers["accept-encoding"]);
    const encoding = ENCODINGS.find(({ name, suffix }) => accepted.has(name) && available.has(relative + suffix));
    if (!encoding) return next();
    res.sendFile(
      relative + encoding.suffix,
      {
        root: dir,
        maxAge: "1y",
        immutable: true,
        headers: { "Content-Type": contentType, "Content-Encoding": encoding.name },
      },
      (error) => {
        if (error) next(error);
      },
    );
  };
}
