#!/usr/bin/env bash
# Serves the production build on a fresh, seeded database for the Playwright suite.
set -euo pipefail
PORT="${1:-3210}"
DB="data/e2e-$PORT.db"
mkdir -p data
rm -f "$DB" "$DB-wal" "$DB-shm"
rm -rf "data/e2e-uploads-$PORT"
export DATABASE_URL="file:./$DB" CHECKPOINT_DISABLE=1
npx prisma migrate deploy > /dev/null
npx tsx prisma/seed.ts > /dev/null
[ -f scripts/reindex.ts ] && npx tsx scripts/reindex.ts > /dev/null 2>&1 || true
export NODE_ENV=production PORT UPLOAD_DIR="data/e2e-uploads-$PORT" APP_URL="http://localhost:$PORT" \
  AUTH_RATE_LIMIT=1000 GLOBAL_RATE_LIMIT=100000 LOG_LEVEL=warn
exec npx tsx server.ts
