process.env.DATABASE_URL = "file:/tmp/b10.db";
const { db } = await import("~/utils/db.server");
const { EmbeddedSearchEngine } = await import("~/modules/search/embedded-engine.server");
const { normalizeSearchQuery } = await import("~/modules/search/query");
const e = new EmbeddedSearchEngine({ db, databaseUrl: process.env.DATABASE_URL! });
let t = performance.now(); e.warmUp(); console.log("warm", performance.now() - t);
for (const q of ["bánh", "mắm", "nước mắm", "banh tr", "banh trnag"]) {
  for (let i = 0; i < 5; i++) await e.search(normalizeSearchQuery({ q }));
  const times: number[] = [];
  for (let i = 0; i < 30; i++) { t = performance.now(); await e.search(normalizeSearchQuery({ q })); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(q, times[15]!.toFixed(2), times[28]!.toFixed(2));
}
