#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile default profile, Debian Chromium) on home, a report page and a capital
# page of a built site served from 127.0.0.1. Prints the four category scores per page.
#   bash bench/lighthouse.sh DIST [REPORT_PATH] [CAPITAL_PATH]
# DIST was built with base "/" (e.g. /tmp/bench-dist-project-1000 from bench/build.ts). Paths are
# site paths such as /reports/2020/…/ ; when omitted, the first report page and the Baku page found
# in DIST are used. JSON reports are kept in bench/out/lighthouse/. LH_RUNS=N runs each page N
# times (scores vary run to run; the last column says which runs a headless quirk held back).
set -euo pipefail
cd "$(dirname "$0")/.."
DIST="${1:?usage: bench/lighthouse.sh DIST [REPORT_PATH] [CAPITAL_PATH]}"
REPORT="${2:-}"
CAPITAL="${3:-}"
find_page() { # first index.html whose path matches $1 (excluding $2), as a site path
  local f
  f=$(cd "$DIST" && find . -path "$1" -name index.html ${2:+-not -path "$2"} | sort | head -1)
  [ -n "$f" ] && echo "${f#.}" | sed 's#index.html$##'
}
[ -n "$REPORT" ] || REPORT=$(find_page './reports/*' '' || true)
[ -n "$REPORT" ] || REPORT=$(find_page './report/*' '' || true)
[ -n "$CAPITAL" ] || CAPITAL=$(find_page '*/baku/*' './en/*' || true)
OUT=bench/out/lighthouse
mkdir -p "$OUT"
PORT=${LH_PORT:-4391}
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is already in use (set LH_PORT)" >&2; exit 1; fi
# Own session, so the whole npx → tsx → node tree is stopped at the end (killing npx alone leaves node serving).
setsid npx tsx bench/serve.ts --dist "$DIST" --port "$PORT" > "$OUT/serve.log" 2>&1 &
SERVER=$!
trap 'kill -- -"$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$PORT/" > /dev/null && break; sleep 0.2; done
export CHROME_PATH=/usr/bin/chromium
FLAGS="--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync"
echo "# lighthouse 12.2.3, mobile default profile, $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| page | path | performance | accessibility | best practices | SEO | FCP | LCP | TBT | SI | CLS | observed load → first paint |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
RUNS=${LH_RUNS:-1}
for pair in "home|/" "report|$REPORT" "capital|$CAPITAL"; do
  name=${pair%%|*}; path=${pair#*|}
  if [ -z "$path" ]; then echo "| $name | (no page found) | | | | | | | | | | |"; continue; fi
  for run in $(seq 1 "$RUNS"); do
  json="$OUT/$name.json"
  [ "$RUNS" -gt 1 ] && json="$OUT/$name-$run.json"
  if ! npx lighthouse "http://127.0.0.1:$PORT$path" --quiet --output=json --output-path="$json" \
      --only-categories=performance,accessibility,best-practices,seo --chrome-flags="$FLAGS" > "$OUT/$name.log" 2>&1; then
    echo "| $name | $path | lighthouse failed: $(tail -1 "$OUT/$name.log") | | | | | | | | | |"; continue
  fi
  npx node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const c = r.categories, a = r.audits, s = (k) => c[k] ? Math.round(c[k].score * 100) : "–";
    const d = (k) => a[k] ? a[k].displayValue.replace(/\s/g, " ") : "–";
    // The unthrottled load Lantern starts from: when it ended, and when Chromium first presented
    // the page. A gap of a second or more with an idle main thread is headless viz withholding
    // BeginFrames (GoogleChrome/lighthouse#17148), not the page; it inflates SI (and can move FCP).
    const m = a.metrics && a.metrics.details && a.metrics.details.items[0] || {};
    const gap = m.observedFirstContentfulPaint - m.observedLoad;
    const held = gap > 700 ? " (held, lighthouse#17148)" : "";
    console.log(`| ${process.argv[2]} | ${process.argv[3]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} | ${d("first-contentful-paint")} | ${d("largest-contentful-paint")} | ${d("total-blocking-time")} | ${d("speed-index")} | ${d("cumulative-layout-shift")} | ${m.observedLoad} → ${m.observedFirstContentfulPaint} ms${held} |`);
    const failed = Object.values(c).flatMap((cat) => cat.auditRefs.filter((ref) => ref.weight > 0 && a[ref.id] && a[ref.id].score !== null && a[ref.id].score < 1).map((ref) => cat.id + ":" + ref.id));
    if (failed.length) console.error(`  ${process.argv[2]} below 1: ${failed.join(", ")}`);
  ' "$json" "$name" "$path"
  done
done
