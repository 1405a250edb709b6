// A PNG of a few hundred bytes whose header claims `side × side` pixels: what a decompression
// ("pixel") bomb looks like to the server before decoding. Built from a real 1×1 PNG with its
// IHDR size and checksum rewritten, so building it costs no memory.
import { crc32 } from "node:zlib";
import sharp from "sharp";

export async function pixelBombPng(side = 20_000): Promise<Buffer> {
  const png = Buffer.from(await sharp({ create: { width: 1, height: 1, channels: 3, background: "#fff" } }).png().toBuffer());
  // Signature (8) + IHDR length (4) + "IHDR" (4), then width and height, then the chunk CRC.
  png.writeUInt32BE(side, 16);
  png.writeUInt32BE(side, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}
