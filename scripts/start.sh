#!/usr/bin/env bash
# `npm start`: install if needed, create and migrate the database (only when a migration is
# pending), seed it on first run, build, and hand the process over to node serving the
# production build on PORT (default 3000). `exec node` so signals reach the server itself.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export CHECKPOINT_DISABLE=1
export DATABASE_URL="${DATABASE_URL:-file:./data/hang-viet.db}"
mkdir -p data

db_file="${DATABASE_URL#file:}"
first_run=0
[ -f "$db_file" ] || first_run=1

node scripts/migrate.mjs
if [ "$first_run" = 1 ]; then
  echo "› first run: seeding places and the demo…"
  npx tsx prisma/seed.ts
  [ -f scripts/reindex.ts ] && npx tsx scripts/reindex.ts
fi

echo "› building…"
npm run --silent build > /dev/null
export NODE_ENV=production
echo "› serving on http://localhost:${PORT:-3000}"
# V8 flags the production process runs with (server/node-flags: a larger young generation,
# so a burst of requests pays for fewer garbage collections)
# shellcheck disable=SC2046
exec node $(cat server/node-flags) "${BUILD_DIR:-build}/server.js"
