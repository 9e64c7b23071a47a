#!/usr/bin/env bash
# Builds the site from the hostile corpus into dist-hostile/ (or $1), search index included,
# under the same sub-path as the main test build. Used by the hostile build test (vitest) and
# the hostile browser test (playwright, tests/e2e/hostile.config.ts).
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-dist-hostile}"
export ASTRO_TELEMETRY_DISABLED=1
export CONTENT_DIR="${CONTENT_DIR:-tests/hostile/reports}"
export BASE_PATH="${BASE_PATH:-/three-capitals/}"
export SITE_URL="${SITE_URL:-https://example.github.io}"
rm -rf "$out"
npx astro build --outDir "$out"
bash src/cli/searchIndex.sh "$out"
