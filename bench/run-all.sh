#!/usr/bin/env bash
# Every benchmark in order (what `npm run bench` runs); prints figures and keeps a log per step in
# bench/out/. About 25–35 min on the 2-core machine. Smaller: BENCH_SIZES=200,1000 BENCH_RUNS=1.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out
mkdir -p "$OUT"
SIZES=${BENCH_SIZES:-1000,10000}
RUNS=${BENCH_RUNS:-1}
TL_RUNS=${BENCH_TIMELINE_RUNS:-3}
BIG=${SIZES##*,}
export ASTRO_TELEMETRY_DISABLED=1
status=0
step() { # name, command…
  local name=$1; shift
  echo; echo "=== $name ($(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg))"
  if ! "$@" 2>&1 | tee "$OUT/$name.txt"; then status=1; fi
  [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "!!! $name failed"; status=1; }
}
step extract npx tsx bench/extract.bench.ts --mb 20 --rounds 5
step build npx tsx bench/build.ts --sizes "$SIZES" --runs "$RUNS" --only project,baseline,floor
for n in ${SIZES//,/ }; do
  [ -d "/tmp/bench-dist-project-$n" ] && step "weight-$n" npx tsx bench/weight.ts --dist "/tmp/bench-dist-project-$n"
done
step timeline npx tsx bench/timeline.bench.ts --dist "/tmp/bench-dist-project-$BIG" --sizes 1000,10000,30000 --runs "$TL_RUNS"
# The home page on a site of its own ≈ 10,000 statements: the server-rendered view's paint too.
step build-2000 npx tsx bench/build.ts --sizes 2000 --runs 1 --only project
step timeline-own npx tsx bench/timeline.bench.ts --dist /tmp/bench-dist-project-2000 --sizes all --runs "$TL_RUNS" --libs project,tc
step layout npx tsx bench/layout.bench.ts --dist /tmp/bench-dist-project-2000 --pages /,/en/ --runs "$TL_RUNS"
step lighthouse bash bench/lighthouse.sh "/tmp/bench-dist-project-$BIG"
echo; echo "logs: $OUT/*.txt"
exit $status
