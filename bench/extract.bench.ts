/**
 * Extraction throughput (issue 2 "Bars"): MB of Markdown per second on one core for the project's
 * pipeline up to statements, against `marked`'s own lexing of the same text.
 *
 *   npx tsx bench/extract.bench.ts [--mb 20] [--rounds 5] [--seed 1] [--corpus-dir DIR] [--wait 0]
 *
 * A. "lex+extract": per report, `toDisplayText(body)` → PIPELINE `lexReport` → EXTRACTOR
 *    `extractStatements` (front matter split off beforehand; lang and date known), in memory.
 * B. "marked lexer": `new Marked().lexer(body)` on the same raw bodies.
 * C. "buildCorpus" (extra figure, once): the whole pipeline over the files on disk — reading,
 *    validation, extraction, HTML rendering and sanitising.
 * Bar: A ≥ 5 MB/s and A ≤ 2 × B's time. Wall time is what the bar is about; the process's own CPU
 * time is printed too because the machine is shared (CPU time is less disturbed by other work).
 */
import { existsSync, globSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Marked } from 'marked';
import { generateReport, type GeneratedReport } from './lib/corpus';
import { fmt, machineNote, median } from './lib/stats';
import { waitForFiles } from './lib/waitForFiles';
import { CAPITALS, type Capital } from '../src/lib/capitals';
import type { Block } from '../src/lib/markdown/blockTypes';
import type { ExtractedStatement } from '../src/lib/extract/statementTypes';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    'corpus-dir': { type: 'string' },
    wait: { type: 'string', default: '0' },
    'skip-build-corpus': { type: 'boolean', default: false },
    /** Time toDisplayText → lexReport only (no extraction): lexing overhead over plain marked. */
    'lex-only': { type: 'boolean', default: false },
  },
});

const LEX = 'src/lib/markdown/lexReport.ts';
const EXTRACT = 'src/lib/extract/extractStatements.ts';
const BUILD = 'src/lib/pipeline/buildCorpus.ts';
const lexOnly = values['lex-only'];
await waitForFiles(lexOnly ? [LEX] : [LEX, EXTRACT, 'src/lib/extract/loadGazetteer.ts'], Number(values.wait) * 1000);

/** The shapes of the contracts in team-brief.md, imported dynamically (the modules are written by others). */
interface LexModule {
  lexReport(body: string, bodyLine: number): { tokens: unknown; blocks: Block[] };
}
interface ExtractModule {
  extractStatements(blocks: Block[], opts: { lang: 'fa' | 'en'; gazetteer: unknown; date: string }): { statements: ExtractedStatement[]; candidates: number[] };
}
interface GazetteerModule {
  loadGazetteer(files: string[]): unknown;
}
interface CorrectionsModule {
  applyCorrections(statements: ExtractedStatement[], corrections: unknown[], blocks: Block[], file: string): unknown;
}
interface BuildModule {
  buildCorpus(dir: string, opts: { extract: unknown; projectRoot?: string }): { reports: unknown[]; statements: { capitals: Capital[] }[]; problems: unknown[] };
}
const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(resolve(file)).href)) as T;
const { lexReport } = await load<LexModule>(LEX);
const noExtract: ExtractModule = { extractStatements: () => ({ statements: [], candidates: [] }) };
const { extractStatements } = lexOnly ? noExtract : await load<ExtractModule>(EXTRACT);
const { loadGazetteer } = lexOnly ? { loadGazetteer: () => null } : await load<GazetteerModule>('src/lib/extract/loadGazetteer.ts');
const { toDisplayText } = await import('../src/lib/text/normalise');
const gazetteerFiles = globSync('src/*gazetteer*.{yaml,yml}').map((f) => resolve(f));
const gazetteer = loadGazetteer(gazetteerFiles);

// ---- corpus: generated reports until at least --mb MB of Markdown -------------------------------
const targetBytes = Number(values.mb) * 1e6;
const seed = Number(values.seed);
const reports: GeneratedReport[] = [];
let totalBytes = 0;
while (totalBytes < targetBytes) {
  const r = generateReport(reports.length, seed);
  reports.push(r);
  totalBytes += Buffer.byteLength(r.text);
}
const FRONT = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/;
const inputs = reports.map((r) => {
  const m = FRONT.exec(r.text);
  const front = m ? m[0] : '';
  return { body: r.text.slice(front.length), bodyLine: front.split('\n').length, lang: r.lang, date: r.date };
});
const bodyBytes = inputs.reduce((n, x) => n + Buffer.byteLength(x.body), 0);
const planted: Record<Capital, number> = { baku: 0, moscow: 0, yerevan: 0 };
for (const r of reports) for (const c of CAPITALS) planted[c] += r.planted[c];

// ---- timed passes -----------------------------------------------------------------------------
interface Pass {
  wallMs: number;
  cpuMs: number;
}
function timed(fn: () => void): Pass {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wallMs, cpuMs: (c.user + c.system) / 1000 };
}
const found: Record<Capital, number> = { baku: 0, moscow: 0, yerevan: 0 };
let candidates = 0;
function pipelinePass(count: boolean): void {
  for (const x of inputs) {
    const { blocks } = lexReport(toDisplayText(x.body), x.bodyLine);
    const res = extractStatements(blocks, { lang: x.lang, gazetteer, date: x.date });
    if (count) {
      for (const s of res.statements) for (const c of s.capitals) found[c] += 1;
      candidates += res.candidates.length;
    }
  }
}
function markedPass(): void {
  const marked = new Marked();
  for (const x of inputs) marked.lexer(x.body);
}

console.log(`# extraction throughput — ${new Date().toISOString()}`);
console.log(`machine: ${await machineNote()}`);
console.log(`corpus: ${reports.length} generated reports (seed ${seed}), ${fmt(totalBytes / 1e6, 1)} MB of Markdown files, ${fmt(bodyBytes / 1e6, 1)} MB of bodies`);
pipelinePass(true); // warm-up, and the statement count
markedPass();
const rounds = Number(values.rounds);
const pipe: Pass[] = [];
const mark: Pass[] = [];
for (let i = 0; i < rounds; i++) {
  mark.push(timed(markedPass));
  pipe.push(timed(() => pipelinePass(false)));
}
const mb = bodyBytes / 1e6;
const pw = median(pipe.map((p) => p.wallMs)) ?? NaN;
const pc = median(pipe.map((p) => p.cpuMs)) ?? NaN;
const mw = median(mark.map((p) => p.wallMs)) ?? NaN;
const mc = median(mark.map((p) => p.cpuMs)) ?? NaN;
console.log(`rounds: ${rounds} (medians; wall ranges pipeline ${fmt(Math.min(...pipe.map((p) => p.wallMs)))}–${fmt(Math.max(...pipe.map((p) => p.wallMs)))} ms, marked ${fmt(Math.min(...mark.map((p) => p.wallMs)))}–${fmt(Math.max(...mark.map((p) => p.wallMs)))} ms)`);
console.log('| pass | wall ms | MB/s (wall) | CPU ms | MB/s (CPU) |');
console.log('|---|---:|---:|---:|---:|');
console.log(`| ${lexOnly ? 'lex only (toDisplayText → lexReport)' : 'lex+extract (toDisplayText → lexReport → extractStatements)'} | ${fmt(pw)} | ${fmt(mb / (pw / 1000), 2)} | ${fmt(pc)} | ${fmt(mb / (pc / 1000), 2)} |`);
console.log(`| marked lexer (new Marked().lexer) | ${fmt(mw)} | ${fmt(mb / (mw / 1000), 2)} | ${fmt(mc)} | ${fmt(mb / (mc / 1000), 2)} |`);
console.log(`ratio lex+extract / marked lexer: wall ${fmt(pw / mw, 2)}×, CPU ${fmt(pc / mc, 2)}×`);
const speedOk = mb / (pw / 1000) >= 5;
const ratioOk = pw / mw <= 2;
console.log(`bar ≥ 5 MB/s: ${speedOk ? 'met' : 'NOT met'}; bar ≤ 2× marked: ${ratioOk ? 'met' : 'NOT met'}`);
const sum = (r: Record<Capital, number>): number => r.baku + r.moscow + r.yerevan;
console.log(
  `statements found / planted by the generator: ${sum(found)} / ${sum(planted)} (` +
    CAPITALS.map((c) => `${c} ${found[c]}/${planted[c]}`).join(', ') +
    `); candidate blocks ${candidates}. (Planted counts are the generator's intent, a sanity check, not an evaluation.)`,
);

// ---- C: buildCorpus over the files on disk (one timed run after a warm-up on a small folder) --------
if (lexOnly) console.log('(--lex-only: extraction skipped; the figures above are toDisplayText → lexReport only)');
if (!values['skip-build-corpus'] && !lexOnly) {
  try {
    await waitForFiles([BUILD], Number(values.wait) * 1000);
    const { buildCorpus } = await load<BuildModule>(BUILD);
    // The pipeline's own extractor object when it exists, else the three EXTRACTOR functions.
    const extract = existsSync('src/lib/pipeline/projectExtractor.ts')
      ? (await load<{ projectExtractor: unknown }>('src/lib/pipeline/projectExtractor.ts')).projectExtractor
      : { loadGazetteer, extractStatements, ...(await load<CorrectionsModule>('src/lib/extract/applyCorrections.ts')) };
    const dir = values['corpus-dir'] ? resolve(values['corpus-dir']) : join(tmpdir(), `bench-extract-corpus-${seed}`);
    rmSync(dir, { recursive: true, force: true });
    for (const r of reports) {
      mkdirSync(dirname(join(dir, r.file)), { recursive: true });
      writeFileSync(join(dir, r.file), r.text);
    }
    const small = join(tmpdir(), `bench-extract-small-${seed}`);
    rmSync(small, { recursive: true, force: true });
    for (const r of reports.slice(0, 50)) {
      mkdirSync(dirname(join(small, r.file)), { recursive: true });
      writeFileSync(join(small, r.file), r.text);
    }
    buildCorpus(small, { extract });
    let out: ReturnType<BuildModule['buildCorpus']> | undefined;
    const p = timed(() => {
      out = buildCorpus(dir, { extract });
    });
    const problems = out?.problems.length ?? 0;
    console.log(
      `buildCorpus(${reports.length} files, ${fmt(totalBytes / 1e6, 1)} MB): wall ${fmt(p.wallMs)} ms = ${fmt(totalBytes / 1e6 / (p.wallMs / 1000), 2)} MB/s, CPU ${fmt(p.cpuMs)} ms; ` +
        `${out?.reports.length ?? 0} reports, ${out?.statements.length ?? 0} statements, ${problems} problems (includes HTML rendering + sanitising)`,
    );
    if (problems > 0) console.log('first problems:', JSON.stringify(out?.problems.slice(0, 3)));
    rmSync(dir, { recursive: true, force: true });
    rmSync(small, { recursive: true, force: true });
  } catch (e) {
    console.log(`buildCorpus: not measured (${e instanceof Error ? e.message : String(e)})`);
  }
}
