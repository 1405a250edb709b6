// Office news: drafts stay private until published; the cover is re-encoded before the
// transaction and a non-image is refused with nothing saved; partners may not write news.
import { describe, expect, it } from "vitest";
import { actorFor, createUser, pdfBytes, pngBytes } from "~/modules/catalog/test-factories";
import { UploadRejected } from "~/modules/files/uploads.server";
import { getPublishedNews, latestNews } from "~/modules/reports/public-stats.server";
import { db } from "~/utils/db.server";
import { newsBlocks } from "./news.schema";
import { createNews, setNewsPublished, updateNews } from "./news.server";

const fields = { title: "Hội chợ hàng Việt tháng 12", summary: "Mời các cơ sở đăng ký gian hàng.", body: "Đoạn một.\n\n- Gian tiêu chuẩn\n- Gian góc" };

describe("office news", () => {
  it("keeps a draft private and publishes it with a cover photo", async () => {
    const officer = actorFor(await createUser(db, "OFFICER"));
    const item = await createNews({ actor: officer, fields, cover: { bytes: await pngBytes(), name: "ảnh bìa; hội chợ.png" } });
    expect(item.slug).toBe("hoi-cho-hang-viet-thang-12");
    expect(await getPublishedNews(db, item.slug)).toBeNull();
    await setNewsPublished({ actor: officer, id: item.id, published: true, now: new Date(Date.now() - 1000) });
    const published = await getPublishedNews(db, item.slug);
    expect(published).toMatchObject({ title: fields.title });
    const cover = await db.storedFile.findUniqueOrThrow({ where: { id: published!.coverFileId! } });
    expect(cover.mimeType).toBe("image/webp");
    expect((await latestNews(db)).map((n) => n.slug)).toContain(item.slug);
    await setNewsPublished({ actor: officer, id: item.id, published: false });
    expect(await getPublishedNews(db, item.slug)).toBeNull();
  });

  it("refuses a cover that is not an image and saves nothing", async () => {
    const officer = actorFor(await createUser(db, "OFFICER"));
    const before = await db.news.count();
    await expect(createNews({ actor: officer, fields: { ...fields, title: "Khác" }, cover: { bytes: pdfBytes(), name: "a.png" } })).rejects.toBeInstanceOf(UploadRejected);
    expect(await db.news.count()).toBe(before);
  });

  it("lets only office news editors write", async () => {
    const partner = actorFor(await createUser(db, "PARTNER"));
    await expect(createNews({ actor: partner, fields, cover: null })).rejects.toThrow();
    const officer = actorFor(await createUser(db, "OFFICER"));
    await expect(updateNews({ actor: officer, id: "missing", fields, cover: null })).rejects.toThrow();
  });

  it("turns the plain body into paragraphs and lists", () => {
    expect(newsBlocks("Một\ndòng\n\n- a\n- b\n\n\nHai")).toEqual([
      { kind: "paragraph", text: "Một dòng" },
      { kind: "list", items: ["a", "b"] },
      { kind: "paragraph", text: "Hai" },
    ]);
  });
});
