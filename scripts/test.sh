#!/usr/bin/env bash
# `npm test`: every check, in order of speed, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export CI="${CI:-1}"
start=$(date +%s)
step() { printf '\n\033[1m== %s\033[0m (%ss)\n' "$1" "$(( $(date +%s) - start ))"; }

step "prepare (prisma client)";   bash scripts/prepare.sh
step "lint";                      npx eslint . --max-warnings=0 && npx prettier --check . >/dev/null
step "type check";                npx tsc --noEmit -p .
step "migration lint";            npx tsx scripts/lint-migrations.ts
step "unit tests";                npx jest --selectProjects unit
step "mqtt broker";               bash scripts/ensure-mosquitto.sh
step "integration tests";         npx tsx scripts/with-database.ts --ephemeral -- npx jest --selectProjects integration
step "production build";          npx next build
step "browser";                   bash scripts/ensure-browser.sh
step "end-to-end tests";          npx tsx scripts/with-database.ts --ephemeral -- npx playwright test
step "smoke test (npm start)";    npx tsx scripts/smoke-test-e2e.ts
step "all checks passed"
