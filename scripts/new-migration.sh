#!/usr/bin/env bash
# `npm run db:new-migration -- <name>`: generates the next migration from the change to
# prisma/schema.prisma since HEAD, into prisma/migrations/<timestamp>_<name>/migration.sql, and
# checks it by applying every migration to a scratch database. `prisma migrate dev` cannot be
# used here (P3006 in the shadow database once a migration holds hand-written SQL; ADR 0011).
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:-}"
if [ "$name" = "--check" ]; then CHECK_ONLY=1; else CHECK_ONLY=0; fi
if [ "$CHECK_ONLY" = 0 ] && [[ ! "$name" =~ ^[a-z0-9_]+$ ]]; then
  echo "usage: scripts/new-migration.sh <name>   (lower case, digits and _; e.g. fair_booths)" >&2
  exit 2
fi
export CHECKPOINT_DISABLE=1
base="$(mktemp -d)"
trap 'rm -rf "$base"' EXIT
git show HEAD:prisma/schema.prisma > "$base/schema.prisma"

check() {
  local scratch="$base/scratch.db"
  rm -f "$scratch"
  DATABASE_URL="file:$scratch" npx prisma migrate deploy > "$base/deploy.log" 2>&1 || { cat "$base/deploy.log"; echo "Applying the migrations to a scratch database failed (output above)." >&2; exit 1; }
  local drift
  drift="$(npx prisma migrate diff --from-url "file:$scratch" --to-schema-datamodel prisma/schema.prisma --script 2>/dev/null | grep -v '^--' | grep -v '^\s*$' || true)"
  if [ -n "$drift" ]; then
    echo "$drift"
    echo "The migrations do not produce prisma/schema.prisma: the statements above are missing." >&2
    exit 1
  fi
  echo "› all migrations apply to a fresh database and match prisma/schema.prisma"
}
if [ "$CHECK_ONLY" = 1 ]; then check; exit 0; fi

folder="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_$name"
mkdir -p "$folder"
npx prisma migrate diff --from-schema-datamodel "$base/schema.prisma" --to-schema-datamodel prisma/schema.prisma --script > "$folder/migration.sql"
echo "› wrote $folder/migration.sql ($(grep -vc '^--' "$folder/migration.sql" || true) statements from the schema change)"
echo "› append the hand-written SQL the schema cannot state (CHECKs by table rebuild, partial unique"
echo "  indexes, triggers) to that file, then run this check again: bash scripts/new-migration.sh --check"

check
