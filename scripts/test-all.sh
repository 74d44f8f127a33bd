#!/usr/bin/env bash
# `npm test`: everything CI checks, in the order that fails fastest.
# The PostgreSQL pass of the database tests runs when TEST_DATABASE_URL is set (.ci/run sets it).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step lint;                 npm run --silent lint
step typecheck;            npm run --silent typecheck
step 'i18n catalogue';     npm run --silent check:i18n
step 'unit tests';         npm run --silent test:unit
step 'database tests (PGlite)'; npm run --silent test:db
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  step 'database tests (PostgreSQL)'; npm run --silent test:db:pg
else
  echo 'TEST_DATABASE_URL is not set: the PostgreSQL pass of the database tests is skipped.'
fi
step 'production build';   npm run --silent build
step 'end-to-end tests (Playwright, axe)'; npm run --silent test:e2e
