#!/usr/bin/env bash
# `npm test`: everything CI checks, in the order that fails fastest.
# The PostgreSQL pass of the database tests runs when TEST_DATABASE_URL is set (.ci/run sets it).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step 'standalone repository'; node scripts/check-standalone.mjs
step lint;                 npm run --silent lint
step typecheck;            npm run --silent typecheck
step 'i18n catalogue';     npm run --silent check:i18n
step 'unit tests';         npm run --silent test:unit
step 'database tests (PGlite)'; npm run --silent test:db
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  # The fuzz suite's 9,000 inputs ran on PGlite just above; here a share, for PostgreSQL's own errors.
  step 'database tests (PostgreSQL)'; FUZZ_RUNS=2000 npm run --silent test:db:pg
else
  echo 'TEST_DATABASE_URL is not set: the PostgreSQL pass of the database tests is skipped.'
fi

# Tests must pass on any date and in any time zone: the unit and database suites again with the
# test clock (test/clock.ts) at awkward instants, each read from a machine in another zone.
# On PostgreSQL when there is one: the same suites run there in a third of PGlite's time, and
# both databases have just passed at the real clock (this saves CI about five minutes).
clock_db=()
if [ -n "${TEST_DATABASE_URL:-}" ]; then clock_db=(env DB_TEST_TARGET=postgres); fi
for run in 'Asia/Kolkata 2027-08-15T12:00:00-04:00' \
           'Pacific/Kiritimati 2030-01-02T09:00:00-05:00' \
           'America/Los_Angeles 2027-06-30T23:59:00-04:00'; do
  set -- $run
  step "unit and database tests at $2 (TZ=$1)"
  # The fuzz suite (test/fuzz) ran in full above; here a twentieth of it, at the odd date.
  "${clock_db[@]}" env TZ=$1 TEST_CLOCK=$2 FUZZ_RUNS=450 npx vitest run --project unit --project db --reporter=dot
done

# The build opens no database and reads no configuration (lib/env.ts refuses during the build):
# DATABASE_URL points where nothing listens and DATA_DIR must still not exist afterwards.
step 'production build (with the end-to-end test hooks compiled in)'
build_data=$(mktemp -d)/must-not-exist
DATABASE_URL=postgres://build:none@127.0.0.1:9/none DATA_DIR=$build_data npm run --silent build:e2e
if [ -e "$build_data" ]; then echo "next build created $build_data: it opened the database"; exit 1; fi

# Crash safety (scripts/chaos.mts): writers submit through the web form and Open311 while the
# server (this build) is killed with SIGKILL and restarted; nothing lost, nothing doubled. The
# short form here (4 kills per database); PostgreSQL too when TEST_DATABASE_URL is set.
step 'crash test (short: SIGKILL under load)'; npm run --silent test:chaos -- --short

# Speed budgets on the same build (scripts/check-budgets.mjs, about 20 s: most of it the
# server's first start): first-load JavaScript of every resident page within 20 KB gzip of the
# bare-page floor, no table of the transparency pages repeated in their payload, and a reason
# for every client component.
step 'speed budgets (first-load JavaScript, payload, client components)'; npm run --silent budgets

step 'end-to-end tests (Playwright, axe)'; npm run --silent test:e2e
