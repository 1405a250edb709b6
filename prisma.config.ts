// Prisma 6 with the JavaScript schema engine: no native engine is downloaded (STACK.md).
// `.env` is not read when this file exists, so the default database lives here.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

process.env.DATABASE_URL ??= "file:./data/hang-viet.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! });
  },
});
