#!/usr/bin/env bash
# `npm test`: install what the tests need (dependencies, Debian's Chromium), then type check,
# unit and integration tests, the production build and the Playwright suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  echo "› installing Debian's Chromium for Playwright…"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium > /dev/null
fi

step() { echo; echo "━━ $1"; }
step "type check (tsc)"
npx tsc -p . --noEmit
# The build comes first: the server, process and fuzz tests run the compiled server.
step "production build (Remix + server.js)"
npm run --silent build
step "unit and integration tests (vitest, incl. the fuzz test against the built server)"
npx vitest run
step "end-to-end tests (playwright, chromium)"
npx playwright test
