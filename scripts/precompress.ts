// Writes <file>.br (brotli, quality 11) and <file>.gz (gzip, level 9) next to every text asset of
// the client build, once, at build time: the server then sends them as they are
// (server/precompressed.ts) instead of compressing each response at level 6 on the fly.
// Run by `npm run build` after the Remix build.  Usage: npx tsx scripts/precompress.ts [buildDir]
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Smaller files gain nothing worth a second request path (and headers cost more). */
const MIN_BYTES = 1024;
export const PRECOMPRESSIBLE = /\.(?:js|mjs|css|svg|json|txt|xml|html|map)$/;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const assets = join(process.argv[2] ?? process.env.BUILD_DIR ?? "build", "client", "assets");
let count = 0;
let raw = 0;
let brotli = 0;
let gzip = 0;
for (const path of files(assets)) {
  if (!PRECOMPRESSIBLE.test(path)) continue;
  const source = readFileSync(path);
  if (source.length < MIN_BYTES) continue;
  const br = brotliCompressSync(source, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
  });
  const gz = gzipSync(source, { level: 9 });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gz);
  count++;
  raw += source.length;
  brotli += br.length;
  gzip += gz.length;
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`precompressed ${count} assets: ${kb(raw)} → brotli ${kb(brotli)}, gzip ${kb(gzip)}`);
