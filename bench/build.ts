/**
 * Build time and peak memory of the project's `astro build` + Pagefind against a plain Astro
 * baseline (bench/baseline/) over the same generated Markdown, measured in the same run.
 *
 *   npx tsx bench/build.ts [--sizes 1000,10000] [--runs 1] [--seed 1] [--keep] [--only project,baseline,floor]
 *
 * Project: `CONTENT_DIR=<dir> npx astro build --config bench/astro.project.config.mjs --outDir <tmp>`
 * (the root config with its own cacheDir), then `bash src/cli/searchIndex.sh <tmp>` (Pagefind over
 * the Persian interface's report pages, one index for both interfaces) — i.e. `npm run build`.
 * Baseline: `cd bench/baseline && CONTENT_DIR=<dir> npx astro build --root . --outDir <tmp>` (+ Pagefind).
 * Floor (`--only project,baseline,floor`): `cd bench/floor && npx astro build …` writing as many
 * pages as the project's run just before wrote, each of their mean size, with nothing computed:
 * Astro's own cost for that page set, so floor ÷ baseline is the lowest ratio such a site can reach.
 * Every build is cold: out dir and content-layer cache deleted first, and Node's compile cache
 * off (NODE_DISABLE_COMPILE_CACHE=1; `--compile-cache` keeps it): Astro compiles the content store
 * as a module, and a rebuild of the same corpus would otherwise reuse that compilation, which no
 * build after a content change can. Goal (issue 6): project
 * ≤ 1.5× baseline time and ≤ 2 GB peak memory at 10,000 reports.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { HAS_GNU_TIME, measureCommand, type Measured } from './lib/measureCommand';
import { fmt, machineNote, median } from './lib/stats';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    only: { type: 'string', default: 'project,baseline' },
    /** Keep Node's module compile cache (as repeated builds of one unchanged corpus would). */
    'compile-cache': { type: 'boolean', default: false },
    /**
     * Folder the project is built from (default: this checkout). Astro 7 writes prerender chunks
     * to <root>/.astro/, which concurrent builds by other people in the same checkout overwrite
     * (a build failed that way here), so a copy of the project (src, public, configs; node_modules
     * symlinked) can be measured instead.
     */
    'project-root': { type: 'string', default: '.' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const variants = values.only.split(',') as ('project' | 'baseline' | 'floor')[];
for (const v of variants) if (!['project', 'baseline', 'floor'].includes(v)) throw new Error(`unknown variant ${v}`);
const env: Record<string, string> = { ASTRO_TELEMETRY_DISABLED: '1', ...(values['compile-cache'] ? {} : { NODE_DISABLE_COMPILE_CACHE: '1' }) };

interface Row {
  n: number;
  variant: string;
  build: Measured[];
  pagefind: Measured[];
  /** HTML pages in the output (the project writes fa + en pages, days and months; the baseline one page per report). */
  pages: number;
}

/** Number and mean size (bytes) of the .html files under dir. */
function htmlPages(dir: string): { count: number; meanBytes: number } {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
  const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  return { count: files.length, meanBytes: files.length ? bytes / files.length : 0 };
}
const rows: Row[] = [];
console.log(`# build benchmark — ${new Date().toISOString()}`);
console.log(`machine: ${await machineNote()}`);
console.log(`memory: ${HAS_GNU_TIME ? 'GNU /usr/bin/time -v max RSS (largest single process)' : 'no /usr/bin/time'} + /proc-sampled peak of the whole tree's summed RSS (every 100 ms)`);
console.log(`Node's compile cache: ${values['compile-cache'] ? 'kept' : 'off (NODE_DISABLE_COMPILE_CACHE=1)'}`);

for (const n of sizes) {
  const corpus = `/tmp/bench-corpus-${n}`;
  const old = existsSync(`${corpus}.manifest.json`) ? (JSON.parse(readFileSync(`${corpus}.manifest.json`, 'utf8')) as { count: number; seed: number }) : null;
  if (!old || old.count !== n || old.seed !== Number(values.seed)) {
    const gen = await measureCommand('npx', ['tsx', 'bench/generate.ts', '--count', String(n), '--out', corpus, '--seed', values.seed], { env });
    if (!gen.ok) throw new Error(`generator failed:\n${gen.tail}`);
  }
  const manifest = JSON.parse(readFileSync(`${corpus}.manifest.json`, 'utf8')) as { bytes: number; statements: number };
  console.log(`\nN = ${n}: ${corpus}, ${fmt(manifest.bytes / 1e6, 1)} MB, ${manifest.statements} planted statements`);
  /** The project's pages at this size (its last run), which the floor writes as many of. */
  let projectPages: { count: number; meanBytes: number } | null = null;
  for (const variant of variants) {
    const row: Row = { n, variant, build: [], pagefind: [], pages: 0 };
    rows.push(row);
    if (variant === 'floor' && !projectPages) {
      console.log('  floor: skipped (it copies the page count and size of a project run at the same N: list project first)');
      continue;
    }
    for (let r = 0; r < runs; r++) {
      const out = `/tmp/bench-dist-${variant}-${n}`;
      const cache = `/tmp/bench-astro-cache-${variant}-${n}`;
      rmSync(out, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
      if (variant !== 'project') rmSync(`bench/${variant}/.astro`, { recursive: true, force: true });
      const args = variant === 'project'
        ? ['astro', 'build', '--config', 'bench/astro.project.config.mjs', '--outDir', out]
        : ['astro', 'build', '--root', '.', '--outDir', out];
      // Astro 7 puts prerender chunks under <cwd>/.astro/.prerender: each variant builds from its own folder.
      const cwd = variant === 'project' ? values['project-root'] : `bench/${variant}`;
      // The project builds with the heap cap `npm run build` sets (src/cli/build.sh); the others with Node's default.
      const heap = variant === 'project' ? { NODE_OPTIONS: '--max-old-space-size=1536' } : {};
      const floor = variant === 'floor' && projectPages ? { FLOOR_PAGES: String(projectPages.count), FLOOR_BYTES: String(Math.round(projectPages.meanBytes)) } : {};
      const b = await measureCommand('npx', args, { env: { ...env, ...heap, ...floor, CONTENT_DIR: corpus, BENCH_CACHE_DIR: cache }, cwd });
      row.build.push(b);
      console.log(`  ${variant} build run ${r + 1}: ${b.ok ? 'ok' : `FAILED (exit ${b.exitCode})`} ${fmt(b.wallS, 1)} s wall, ${fmt(b.cpuS, 1)} s CPU, max RSS ${fmt((b.maxRssKB ?? NaN) / 1024)} MiB, tree peak ${fmt(b.treePeakKB / 1024)} MiB, load ${fmt(b.load1Before, 2)}→${fmt(b.load1After, 2)}`);
      if (!b.ok) {
        console.log(b.tail.split('\n').map((l) => `    | ${l}`).join('\n'));
        continue;
      }
      const pages = htmlPages(out);
      row.pages = pages.count;
      if (variant === 'project') projectPages = pages;
      if (variant === 'floor') {
        console.log(`  floor: ${pages.count} pages of ${fmt(pages.meanBytes / 1024, 1)} KB on average (the project's: ${fmt((projectPages?.meanBytes ?? NaN) / 1024, 1)} KB); no search index`);
        rmSync(out, { recursive: true, force: true });
        rmSync(cache, { recursive: true, force: true });
        continue;
      }
      // The project indexes as `npm run build` does (src/cli/searchIndex.sh); the baseline indexes everything.
      const p = variant === 'project'
        ? await measureCommand('bash', ['src/cli/searchIndex.sh', out], { env })
        : await measureCommand('npx', ['pagefind', '--site', out], { env });
      row.pagefind.push(p);
      console.log(`  ${variant} pagefind run ${r + 1}: ${p.ok ? 'ok' : 'FAILED'} ${fmt(p.wallS, 1)} s, max RSS ${fmt((p.maxRssKB ?? NaN) / 1024)} MiB`);
      if (!values.keep && !(variant === 'project' && r === runs - 1)) rmSync(out, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
    if (!values.keep && variant === 'baseline') rmSync(`/tmp/bench-dist-baseline-${n}`, { recursive: true, force: true });
  }
}

const med = (ms: Measured[], f: (m: Measured) => number | null): number | null => median(ms.filter((m) => m.ok).map((m) => f(m) ?? NaN));
const max = (ms: Measured[], f: (m: Measured) => number | null): number | null => {
  const xs = ms.filter((m) => m.ok).map((m) => f(m) ?? NaN).filter(Number.isFinite);
  return xs.length ? Math.max(...xs) : null;
};
console.log(`\n## Results (median of ${runs} run(s); memory = largest run)`);
console.log('| N | variant | HTML pages | astro build s | CPU s | max RSS MiB | tree peak MiB | pagefind s | pagefind max RSS MiB | build+pagefind s |');
console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
const total = (row: Row): number | null => {
  const b = med(row.build, (m) => m.wallS);
  const p = med(row.pagefind, (m) => m.wallS);
  return b != null && p != null ? b + p : null;
};
for (const row of rows) {
  console.log(`| ${row.n} | ${row.variant} | ${row.pages} | ${fmt(med(row.build, (m) => m.wallS), 1)} | ${fmt(med(row.build, (m) => m.cpuS), 1)} | ${fmt((max(row.build, (m) => m.maxRssKB) ?? NaN) / 1024)} | ${fmt((max(row.build, (m) => m.treePeakKB) ?? NaN) / 1024)} | ${fmt(med(row.pagefind, (m) => m.wallS), 1)} | ${fmt((max(row.pagefind, (m) => m.maxRssKB) ?? NaN) / 1024)} | ${fmt(total(row), 1)} |`);
}
for (const n of sizes) {
  const p = rows.find((r) => r.n === n && r.variant === 'project');
  const b = rows.find((r) => r.n === n && r.variant === 'baseline');
  if (!p || !b) continue;
  const pb = med(p.build, (m) => m.wallS);
  const bb = med(b.build, (m) => m.wallS);
  const pt = total(p);
  const bt = total(b);
  const peak = Math.max((max(p.build, (m) => m.maxRssKB) ?? 0), (max(p.pagefind, (m) => m.maxRssKB) ?? 0)) / 1024;
  const pc = med(p.build, (m) => m.cpuS);
  const bc = med(b.build, (m) => m.cpuS);
  console.log(`N=${n}: project/baseline astro build ${fmt(pb != null && bb != null ? pb / bb : null, 2)}× wall, ${fmt(pc != null && bc != null ? pc / bc : null, 2)}× CPU, build+pagefind ${fmt(pt != null && bt != null ? pt / bt : null, 2)}× (goal ≤ 1.5×); project peak single-process RSS ${fmt(peak)} MiB (goal ≤ 2048 at 10,000)`);
  const f = rows.find((r) => r.n === n && r.variant === 'floor');
  const fc = f ? med(f.build, (m) => m.cpuS) : null;
  if (fc != null && bc != null && pc != null) {
    console.log(`N=${n}: floor (Astro writing the project's ${f?.pages} pages of its mean size, nothing computed) ${fmt(fc, 1)} s CPU = ${fmt(fc / bc, 2)}× the baseline's; the project's own work beyond it ${fmt(pc - fc, 1)} s (${fmt((pc - fc) / bc, 2)}× the baseline's)`);
  }
}
for (const n of sizes) if (existsSync(`/tmp/bench-dist-project-${n}`)) console.log(`kept: /tmp/bench-dist-project-${n}`);
