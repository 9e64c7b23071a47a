#!/usr/bin/env bash
# `npm test`: every test, in order: types, unit, a sub-path build, browser tests.
# Ends with one plain "N passed, N failed" line summing the runners' results.
set -uo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
export TZ=America/Los_Angeles   # a non-UTC zone, so a date that shifts by a day shows up
out=test-results
rm -rf "$out"
mkdir -p "$out"
status=0

echo "== npm audit (shipped dependencies)"
bash tests/audit.sh || status=1

echo "== astro check"
npx astro check || status=1

echo "== hostile corpus build (dist-hostile, for the hostile unit and browser tests)"
bash tests/hostile/build-hostile.sh > "$out/hostile-build.log" 2>&1 || { tail -n 60 "$out/hostile-build.log"; status=1; }
export HOSTILE_DIST=dist-hostile

echo "== unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$out/unit.json" || status=1

echo "== build under a sub-path"
export BASE_PATH=/three-capitals/
export SITE_URL=https://example.github.io
npm run build > "$out/build.log" 2>&1 || { cat "$out/build.log"; status=1; }
tail -n 30 "$out/build.log"

echo "== nothing lost in the bundled build"
BUNDLED_DIST=dist npx vitest run tests/hostile/hostile-build.test.ts \
  --reporter=default --reporter=json --outputFile.json="$out/unit-bundled.json" || status=1

if [ -x /usr/bin/chromium ]; then
  echo "== browser tests (playwright + /usr/bin/chromium)"
  npx playwright test || status=1
  echo "== browser tests over the hostile build"
  npx playwright test -c tests/e2e/hostile.config.ts || status=1
else
  echo "== browser tests: /usr/bin/chromium is missing (apt-get install -y chromium)"
  status=1
fi

node tests/summary.mjs "$out/unit.json" "$out/unit-bundled.json" "$out/e2e.json" "$out/e2e-hostile.json" || status=1
exit $status
