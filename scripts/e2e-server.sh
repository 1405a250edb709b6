#!/usr/bin/env bash
# Serves the production build on a fresh, seeded database for the Playwright suite and the
# server tests. Expects the Remix build (`npx remix vite:build`); compiles server.ts into it
# when the compiled server is missing or older than its sources.
set -euo pipefail
PORT="${1:-3210}"
DB="data/e2e-$PORT.db"
BUILD_DIR="${BUILD_DIR:-build}"
mkdir -p data
rm -f "$DB" "$DB-wal" "$DB-shm"
rm -rf "data/e2e-uploads-$PORT" "data/e2e-mail-$PORT"
# The seed stores the demo photos where the server will read them.
export DATABASE_URL="file:./$DB" CHECKPOINT_DISABLE=1 BUILD_DIR UPLOAD_DIR="data/e2e-uploads-$PORT"
npx prisma migrate deploy > /dev/null
npx tsx prisma/seed.ts > /dev/null
[ -f scripts/reindex.ts ] && npx tsx scripts/reindex.ts > /dev/null 2>&1 || true
if [ ! -f "$BUILD_DIR/server.js" ] || [ -n "$(find server.ts server app/utils -newer "$BUILD_DIR/server.js" -name '*.ts' -print -quit)" ]; then
  npm run --silent build:server
fi
export NODE_ENV=production PORT UPLOAD_DIR="data/e2e-uploads-$PORT" APP_URL="http://localhost:$PORT" \
  AUTH_RATE_LIMIT=1000 GLOBAL_RATE_LIMIT=100000 LOG_LEVEL=warn SESSION_SECRET_FILE="data/e2e-session-secret" \
  MAIL_DROP_DIR="data/e2e-mail-$PORT"
# The browser tests run offline: no tile server, the map draws its own outlines (ADR 0022).
export MAP_TILE_URL="${MAP_TILE_URL:-off}"
# shellcheck disable=SC2046
exec node $(cat server/node-flags) "$BUILD_DIR/server.js"
