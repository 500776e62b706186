#!/usr/bin/env bash
# Idempotent post-install steps that npm 11 does not run for dependencies:
# generate the Prisma client offline. (Embedded PostgreSQL's symlinks are restored by lib/db/embedded-postgres.ts.)
set -euo pipefail
cd "$(dirname "$0")/.."
dummy="${TMPDIR:-/tmp}/optria-no-schema-engine"
[ -e "$dummy" ] || : > "$dummy"
# The CLI only needs *a* file here to skip its engine download; generate does not use the engine.
PRISMA_SCHEMA_ENGINE_BINARY="$dummy" npx prisma generate >/dev/null
