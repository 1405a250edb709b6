#!/usr/bin/env bash
# Shared first steps of `npm start` and `npm test`: dependencies, Prisma client, database.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1

# npm ci fails offline here (the lock file lacks some non-Linux optional binaries): npm install.
stamp="node_modules/.hang-viet-install-stamp"
if [ ! -d node_modules ] || [ ! -f "$stamp" ] || [ package.json -nt "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "› installing dependencies (npm install)…"
  npm install --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
# the server's route work done once per build, not on every request (ADR 0030); a no-op once done
node scripts/patch-remix-server.mjs

if [ ! -f app/generated/prisma/client.ts ] || [ prisma/schema.prisma -nt app/generated/prisma/client.ts ]; then
  echo "› generating the Prisma client…"
  npx prisma generate > /dev/null
fi
