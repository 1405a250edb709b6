// News and announcements written by the office: drafts, publish, unpublish, a cover photo.
// Only published articles (publishedAt set and not in the future) are public — the public
// pages read them through `getPublishedNews`/`latestNews`. Every change is audited.
import { recordAudit } from "~/modules/audit/audit.server";
import { NotFound, Forbidden } from "~/modules/errors";
import { discardPrepared, prepareUpload, recordUpload, type PreparedUpload } from "~/modules/files/uploads.server";
import { hasPermission, type Actor } from "~/modules/identity/permissions";
import { uniqueSlug } from "~/modules/slugs.server";
import { db as defaultDb, type Db } from "~/utils/db.server";
import type { NewsFields } from "./news.schema";
import { formatDateTime } from "~/utils/dates";
import { env } from "~/utils/env.server";

function requireNewsEditor(actor: Actor) {
  if (!hasPermission(actor, "office:news:manage")) throw new Forbidden();
}

export function listNewsForOffice(client: Db, { actor }: { actor: Actor }) {
  requireNewsEditor(actor);
  return client.news.findMany({
    orderBy: [{ updatedAt: "desc" }],
    select: { id: true, slug: true, title: true, publishedAt: true, updatedAt: true },
    take: 200,
  });
}

export async function getNewsForEdit(client: Db, { actor, id }: { actor: Actor; id: string }) {
  requireNewsEditor(actor);
  const item = await client.news.findUnique({
    where: { id },
    select: { id: true, slug: true, title: true, summary: true, body: true, publishedAt: true, coverFileId: true },
  });
  if (!item) throw new NotFound();
  return item;
}

type Cover = { bytes: Buffer; name: string } | null;

async function prepareCover(cover: Cover): Promise<PreparedUpload | null> {
  return cover ? prepareUpload({ bytes: cover.bytes, kind: "image", name: cover.name }) : null;
}

/** Creates a draft. The cover is re-encoded before the transaction; UploadRejected if it is not an image. */
export async function createNews({ actor, fields, cover, client = defaultDb }: { actor: Actor; fields: NewsFields; cover: Cover; client?: Db }) {
  requireNewsEditor(actor);
  const prepared = await prepareCover(cover);
  try {
    return await client.$transaction(async (tx) => {
      const slug = await uniqueSlug(fields.title, async (candidate) => (await tx.news.count({ where: { slug: candidate } })) > 0);
      const file = prepared ? await recordUpload(tx, prepared, { uploadedById: actor.userId }) : null;
      const item = await tx.news.create({ data: { ...fields, slug, authorId: actor.userId, coverFileId: file?.id ?? null } });
      await recordAudit(tx, { actorId: actor.userId, action: "news.create", entityType: "News", entityId: item.id, data: { title: item.title } });
      return item;
    });
  } catch (error) {
    if (prepared) await discardPrepared([prepared]);
    throw error;
  }
}

export async function updateNews({ actor, id, fields, cover, client = defaultDb }: { actor: Actor; id: string; fields: NewsFields; cover: Cover; client?: Db }) {
  requireNewsEditor(actor);
  const prepared = await prepareCover(cover);
  try {
    return await client.$transaction(async (tx) => {
      const existing = await tx.news.findUnique({ where: { id }, select: { id: true } });
      if (!existing) throw new NotFound();
      const file = prepared ? await recordUpload(tx, prepared, { uploadedById: actor.userId }) : null;
      const item = await tx.news.update({ where: { id }, data: { ...fields, ...(file ? { coverFileId: file.id } : {}) } });
      await recordAudit(tx, { actorId: actor.userId, action: "news.update", entityType: "News", entityId: id });
      return item;
    });
  } catch (error) {
    if (prepared) await discardPrepared([prepared]);
    throw error;
  }
}

export async function setNewsPublished({ actor, id, published, now = new Date(), client = defaultDb }: { actor: Actor; id: string; published: boolean; now?: Date; client?: Db }) {
  requireNewsEditor(actor);
  return client.$transaction(async (tx) => {
    const { count } = await tx.news.updateMany({ where: { id }, data: { publishedAt: published ? now : null } });
    if (!count) throw new NotFound();
    await recordAudit(tx, { actorId: actor.userId, action: published ? "news.publish" : "news.unpublish", entityType: "News", entityId: id });
  });
}

export async function removeNewsCover({ actor, id, client = defaultDb }: { actor: Actor; id: string; client?: Db }) {
  requireNewsEditor(actor);
  return client.$transaction(async (tx) => {
    const { count } = await tx.news.updateMany({ where: { id }, data: { coverFileId: null } });
    if (!count) throw new NotFound();
    await recordAudit(tx, { actorId: actor.userId, action: "news.remove_cover", entityType: "News", entityId: id });
  });
}

/**
 * A draft announcing a fair, for the office to edit before saving: its name, dates (Vietnam
 * time), venue and public page. Nothing is saved until the officer presses "Save".
 */
export async function newsDraftForFair(client: Db, { actor, fairId }: { actor: Actor; fairId: string }): Promise<NewsFields | null> {
  requireNewsEditor(actor);
  const fair = await client.fair.findUnique({
    where: { id: fairId },
    select: { name: true, slug: true, venue: true, startsAt: true, endsAt: true, description: true, commune: { select: { name: true } } },
  });
  if (!fair) return null;
  const dates = `${formatDateTime(fair.startsAt)} – ${formatDateTime(fair.endsAt)}`;
  return {
    title: fair.name,
    summary: `${dates}, ${fair.venue}${fair.commune ? `, ${fair.commune.name}` : ""}.`,
    body: [fair.description ?? "", `Thời gian: ${dates}.`, `Địa điểm: ${fair.venue}${fair.commune ? `, ${fair.commune.name}` : ""}.`, `Sơ đồ gian hàng và danh sách đơn vị tham gia: ${env().APP_URL}/fairs/${fair.slug}`]
      .filter(Boolean)
      .join("\n\n"),
  };
}
