#!/usr/bin/env bash
# Sets up everything the tests need on this machine, then runs them all:
#   1. host services: Docker Engine, Compose v2, Redis (installed and started if missing)
#   2. npm dependencies (npm ci when package-lock.json changed) and the build
#   3. test images, built once per machine (test/images/build.sh)
#   4. npm test: typecheck, lint, format check, vitest
# Ends with the line "N passed, N failed" from vitest's own counts.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '[wharf test] %s\n' "$*"; }

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "[wharf test] error: Node.js 20 or newer is needed (found $(node --version 2>/dev/null || echo none))" >&2
  exit 2
fi

WHARF_TEST_TOOLS=1 bash scripts/install-host.sh

lock_hash=$(sha256sum package-lock.json | cut -c1-16)
if [ "$(cat node_modules/.wharf-lock-hash 2>/dev/null || true)" != "$lock_hash" ]; then
  say "installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.wharf-lock-hash
else
  say "npm dependencies up to date"
fi
say "building"
npm run --silent build

bash test/images/build.sh

mkdir -p test-results
rm -f test-results/vitest.json
say "running the tests"
status=0
npm test --silent -- --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=$?
node scripts/test-summary.mjs test-results/vitest.json || [ "$status" != 0 ] || status=1
exit "$status"
