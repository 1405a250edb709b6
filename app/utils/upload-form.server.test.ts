// Finding 3 and 4 of issue #8: odd file names, malformed multipart and oversized posts are 4xx
// with a message, and a post is refused as soon as a limit is passed.
import { describe, expect, it } from "vitest";
import { readUploadForm, type UploadLimits } from "./upload-form.server";

const limits: UploadLimits = { maxFileBytes: 1000, maxFiles: 2, maxTotalBytes: 2500 };

function multipart(parts: { name: string; filename?: string; body: string | Buffer }[], boundary = "XyZ"): Request {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = part.filename !== undefined ? `form-data; name="${part.name}"; filename="${part.filename}"` : `form-data; name="${part.name}"`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.filename !== undefined ? "Content-Type: image/jpeg\r\n" : ""}\r\n`));
    chunks.push(Buffer.isBuffer(part.body) ? part.body : Buffer.from(part.body));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return new Request("http://x/upload", { method: "POST", headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` }, body: Buffer.concat(chunks) });
}

describe("readUploadForm", () => {
  it.each(["anh_w=800.jpg", "ảnh; mặt trước.jpg", `${"🍚".repeat(120)}.jpg`, "a%22b.jpg"])("reads the file named %s", async (filename) => {
    const result = await readUploadForm(multipart([{ name: "intent", body: "upload" }, { name: "photo", filename, body: "abc" }]), limits);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.formData.get("intent")).toBe("upload");
    const file = result.formData.get("photo") as File;
    expect(file).toBeInstanceOf(File);
    expect(await file.text()).toBe("abc");
  });

  it("refuses a file over the per-file limit with 413", async () => {
    const result = await readUploadForm(multipart([{ name: "photo", filename: "a.jpg", body: Buffer.alloc(1001) }]), limits);
    expect(result).toMatchObject({ ok: false, status: 413 });
  });

  it("refuses more files than allowed", async () => {
    const parts = [1, 2, 3].map((i) => ({ name: "photo", filename: `${i}.jpg`, body: "x" }));
    expect(await readUploadForm(multipart(parts), limits)).toMatchObject({ ok: false, status: 413 });
  });

  it("refuses a body over the total limit even when each file is small", async () => {
    const parts = [1, 2].map((i) => ({ name: "photo", filename: `${i}.jpg`, body: Buffer.alloc(900) }));
    parts.push({ name: "note", filename: undefined as unknown as string, body: Buffer.alloc(900) });
    const result = await readUploadForm(multipart(parts), limits);
    expect(result).toMatchObject({ ok: false, status: 413 });
  });

  it("refuses early on a declared Content-Length over the total", async () => {
    const request = new Request("http://x/upload", { method: "POST", headers: { "Content-Type": "multipart/form-data; boundary=a", "Content-Length": "999999" }, body: "--a--" });
    expect(await readUploadForm(request, limits)).toMatchObject({ ok: false, status: 413 });
  });

  it("answers 400 to a multipart post without a boundary", async () => {
    const request = new Request("http://x/upload", { method: "POST", headers: { "Content-Type": "multipart/form-data" }, body: "hello" });
    expect(await readUploadForm(request, limits)).toMatchObject({ ok: false, status: 400 });
  });

  it("answers 400 to a multipart body cut short", async () => {
    const request = new Request("http://x/upload", {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=XyZ" },
      body: '--XyZ\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\n\r\nabc',
    });
    expect(await readUploadForm(request, limits)).toMatchObject({ ok: false, status: 400 });
  });

  it("reads an urlencoded post to an upload route", async () => {
    const request = new Request("http://x/upload", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "intent=remove&id=1" });
    const result = await readUploadForm(request, limits);
    expect(result.ok && result.formData.get("intent")).toBe("remove");
  });
});
