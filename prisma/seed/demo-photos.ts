// A photo for every demo product and sales point, so the demo catalogue is not a wall of grey
// "no photo" boxes (issue #16). Each is a small illustration drawn at seed time with sharp: a
// background coloured by the product's top category, a simple shape for that category (a bowl,
// a conical hat, woven cloth, a pot, a bottle, a leaf; a shop front for sales points), varied
// by the name so neighbouring cards differ. No text, so no font is needed on the machine.
// The bytes go through the normal upload path (prepareUpload before the transaction,
// recordUpload inside), like a business's own photo. Idempotent: only demo products and
// sales points without any photo get one.
import sharp from "sharp";
import type { PrismaClient } from "../../app/generated/prisma/client";
import { discardPrepared, prepareUpload, recordUpload, type PreparedUpload } from "../../app/modules/files/uploads.server";

const WIDTH = 480;
const HEIGHT = 360;

type Motif = "bowl" | "hat" | "cloth" | "pot" | "bottle" | "leaf" | "shop";

/** Top category slug → background colour and motif. */
const CATEGORY_STYLE: Record<string, { background: string; accent: string; motif: Motif }> = {
  "nong-san-thuc-pham": { background: "#fde68a", accent: "#b45309", motif: "bowl" },
  "thu-cong-my-nghe": { background: "#fed7aa", accent: "#92400e", motif: "hat" },
  "det-may": { background: "#c7d2fe", accent: "#3730a3", motif: "cloth" },
  "do-gia-dung": { background: "#e7e5e4", accent: "#57534e", motif: "pot" },
  "do-uong": { background: "#99f6e4", accent: "#115e59", motif: "bottle" },
  "duoc-lieu": { background: "#bbf7d0", accent: "#166534", motif: "leaf" },
};
const FALLBACK_STYLE = CATEGORY_STYLE["nong-san-thuc-pham"]!;
const SHOP_STYLE = { background: "#fecaca", accent: "#a50d26", motif: "shop" as const };

/** A small stable number from a name, to vary the drawing between items of one category. */
function variation(name: string): number {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619);
  return (hash >>> 0) % 1000;
}

function motifSvg(motif: Motif, accent: string, v: number): string {
  const tilt = (v % 21) - 10;
  const cx = 240 + ((v % 7) - 3) * 8;
  switch (motif) {
    case "bowl":
      return `<g transform="rotate(${tilt / 2} ${cx} 200)">
        ${Array.from({ length: 5 + (v % 4) }, (_, i) => `<ellipse cx="${cx - 60 + i * 24}" cy="${150 - (i % 2) * 12}" rx="14" ry="9" fill="#fffbeb"/>`).join("")}
        <path d="M${cx - 110} 160 h220 a110 90 0 0 1 -220 0z" fill="${accent}"/>
        <rect x="${cx - 40}" y="245" width="80" height="14" rx="6" fill="${accent}"/></g>`;
    case "hat":
      return `<g transform="rotate(${tilt} ${cx} 200)">
        <path d="M${cx} 80 L${cx + 140} 240 Q${cx} 275 ${cx - 140} 240 Z" fill="#fef3c7" stroke="${accent}" stroke-width="6"/>
        ${[1, 2, 3].map((i) => `<path d="M${cx - 35 * i} ${80 + 40 * i} Q${cx} ${90 + 44 * i} ${cx + 35 * i} ${80 + 40 * i}" fill="none" stroke="${accent}" stroke-width="3"/>`).join("")}</g>`;
    case "cloth":
      return `<g transform="rotate(${tilt} 240 180)">
        <rect x="110" y="80" width="260" height="200" rx="10" fill="#eef2ff"/>
        ${Array.from({ length: 6 }, (_, i) => `<rect x="110" y="${92 + i * 32}" width="260" height="12" fill="${i % 2 ? accent : "#db2777"}"/>`).join("")}
        ${Array.from({ length: 5 }, (_, i) => `<path d="M${140 + i * 50} 90 l14 14 l-14 14 l-14 -14z" fill="#facc15" transform="translate(0 ${(v % 3) * 60})"/>`).join("")}</g>`;
    case "pot":
      return `<g transform="rotate(${tilt / 2} ${cx} 200)">
        <rect x="${cx - 100}" y="130" width="200" height="120" rx="30" fill="${accent}"/>
        <rect x="${cx - 120}" y="118" width="240" height="22" rx="10" fill="#44403c"/>
        <rect x="${cx - 20}" y="96" width="40" height="22" rx="8" fill="#44403c"/>
        <rect x="${cx - 150}" y="150" width="34" height="14" rx="7" fill="#44403c"/><rect x="${cx + 116}" y="150" width="34" height="14" rx="7" fill="#44403c"/></g>`;
    case "bottle":
      return `<g transform="rotate(${tilt} ${cx} 200)">
        <rect x="${cx - 14}" y="60" width="28" height="50" rx="6" fill="${accent}"/>
        <path d="M${cx - 14} 110 q-46 20 -46 70 v100 a14 14 0 0 0 14 14 h92 a14 14 0 0 0 14 -14 v-100 q0 -50 -46 -70z" fill="${accent}"/>
        <rect x="${cx - 42}" y="190" width="84" height="60" rx="6" fill="#f0fdfa"/></g>`;
    case "leaf":
      return `<g transform="rotate(${tilt * 2} ${cx} 190)">
        <path d="M${cx} 60 C${cx + 130} 110 ${cx + 90} 270 ${cx} 300 C${cx - 90} 270 ${cx - 130} 110 ${cx} 60z" fill="${accent}"/>
        <path d="M${cx} 80 V290" stroke="#dcfce7" stroke-width="5"/>
        ${[0, 1, 2, 3].map((i) => `<path d="M${cx} ${120 + i * 40} l${i % 2 ? 50 : -50} -30" stroke="#dcfce7" stroke-width="4"/>`).join("")}</g>`;
    case "shop":
      return `<g>
        <rect x="100" y="140" width="280" height="160" fill="#fff7ed" stroke="${accent}" stroke-width="6"/>
        ${Array.from({ length: 7 }, (_, i) => `<path d="M${90 + i * 43} 90 h43 v50 a21.5 21.5 0 0 1 -43 0z" fill="${i % 2 ? "#ffffff" : accent}"/>`).join("")}
        <rect x="140" y="190" width="80" height="110" fill="${accent}"/>
        <rect x="250" y="190" width="100" height="60" fill="#bae6fd" stroke="${accent}" stroke-width="4"/>
        <path d="M${300 + (v % 3) * 10} 60 l7 14 l15 2 l-11 10 l3 15 l-14 -7 l-14 7 l3 -15 l-11 -10 l15 -2z" fill="#ffcd00"/></g>`;
  }
}

/** The illustration as a JPEG, ready for prepareUpload (which re-encodes it like any upload). */
export async function demoIllustration(name: string, style: { background: string; accent: string; motif: Motif }): Promise<Buffer> {
  const v = variation(name);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
    <rect width="${WIDTH}" height="${HEIGHT}" fill="${style.background}"/>
    <circle cx="${60 + (v % 360)}" cy="${40 + (v % 5) * 10}" r="${70 + (v % 30)}" fill="#ffffff" opacity="0.35"/>
    <rect y="${HEIGHT - 50}" width="${WIDTH}" height="50" fill="${style.accent}" opacity="0.18"/>
    ${motifSvg(style.motif, style.accent, v)}
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 78 }).toBuffer();
}

type PhotoJob = { kind: "product" | "salesPoint"; ownerId: string; businessId: string; name: string; style: typeof SHOP_STYLE | typeof FALLBACK_STYLE };

export async function seedDemoPhotos(client: PrismaClient, demoBusinessSlugs: readonly string[]): Promise<number> {
  const business = { slug: { in: [...demoBusinessSlugs] } };
  const [products, salesPoints] = await Promise.all([
    client.product.findMany({
      where: { business, photos: { none: {} } },
      select: { id: true, name: true, businessId: true, category: { select: { slug: true, parent: { select: { slug: true } } } } },
    }),
    client.salesPoint.findMany({ where: { business, photos: { none: {} } }, select: { id: true, name: true, businessId: true } }),
  ]);
  const jobs: PhotoJob[] = [
    ...products.map((p) => ({
      kind: "product" as const,
      ownerId: p.id,
      businessId: p.businessId,
      name: p.name,
      style: CATEGORY_STYLE[p.category?.parent?.slug ?? p.category?.slug ?? ""] ?? FALLBACK_STYLE,
    })),
    ...salesPoints.map((s) => ({ kind: "salesPoint" as const, ownerId: s.id, businessId: s.businessId, name: s.name, style: SHOP_STYLE })),
  ];
  if (!jobs.length) return 0;

  // Draw and store the bytes before the transaction (ADR 0009: no slow work inside it).
  const prepared: PreparedUpload[] = [];
  try {
    for (const job of jobs) {
      const bytes = await demoIllustration(job.name, job.style);
      prepared.push(await prepareUpload({ bytes, kind: "image", name: `${job.kind}-${variation(job.name)}.jpg` }));
    }
    await client.$transaction(async (tx) => {
      for (const [index, job] of jobs.entries()) {
        const file = await recordUpload(tx, prepared[index]!, { businessId: job.businessId });
        if (job.kind === "product") await tx.productPhoto.create({ data: { productId: job.ownerId, fileId: file.id, position: 0, alt: job.name } });
        else await tx.salesPointPhoto.create({ data: { salesPointId: job.ownerId, fileId: file.id, position: 0 } });
      }
    });
  } catch (error) {
    await discardPrepared(prepared);
    throw error;
  }
  return jobs.length;
}
