import { mkdtempSync, readdirSync, rmSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { InvalidFileKey, LocalFileStore } from "./file-store.server";

const base = mkdtempSync(path.join(tmpdir(), "hang-viet-store-"));
const root = path.join(base, "uploads");
const store = new LocalFileStore(root);

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("LocalFileStore", () => {
  test("put creates the shard folders, get returns the bytes, remove deletes them", async () => {
    const key = "ab/cd/abcd1234-0000.webp";
    await store.put(key, Buffer.from("first"), "image/webp");
    expect(await store.get(key)).toEqual(Buffer.from("first"));

    await store.put(key, Buffer.from("second"), "image/webp");
    expect(await store.get(key)).toEqual(Buffer.from("second"));
    // Atomic write: no temp file is left beside the target.
    expect(readdirSync(path.join(root, "ab/cd"))).toEqual(["abcd1234-0000.webp"]);

    await store.remove(key);
    expect(await store.get(key)).toBeNull();
    await expect(store.remove(key)).resolves.toBeUndefined(); // removing twice is fine
  });

  test("get of a missing key is null", async () => {
    expect(await store.get("zz/zz/missing.pdf")).toBeNull();
  });

  test.each([
    "../outside.txt",
    "ab/../../outside.txt",
    "ab/./cd.txt",
    "/etc/passwd",
    "ab\\..\\outside.txt",
    "ab//cd.txt",
    ".hidden",
    "ab/cd/",
    "",
    "ab/c\u0000d.txt",
    "ab/%2e%2e/x",
  ])("refuses the key %j", async (key) => {
    await expect(store.put(key, Buffer.from("x"), "text/plain")).rejects.toBeInstanceOf(InvalidFileKey);
    await expect(store.get(key)).rejects.toBeInstanceOf(InvalidFileKey);
    await expect(store.remove(key)).rejects.toBeInstanceOf(InvalidFileKey);
  });

  test("a traversal attempt touches nothing outside the root", async () => {
    const outside = path.join(base, "outside.txt");
    writeFileSync(outside, "keep me");
    await expect(store.remove("../outside.txt")).rejects.toBeInstanceOf(InvalidFileKey);
    await expect(store.put("../outside.txt", Buffer.from("overwritten"), "text/plain")).rejects.toThrow();
    expect(existsSync(outside)).toBe(true);
  });
});
