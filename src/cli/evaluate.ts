/**
 * `npm run eval [-- DIR]`: runs the extractor over the annotated reports (default
 * tests/fixtures/reports) and prints precision, recall and F1 per capital and every miss.
 * Rule: a statement matches when block, capitals (as a set) and speaker (same gazetteer
 * actors, else same search key) agree. Exit code 1 when a capital is under the bar
 * (precision ≥ 0.97, recall ≥ 0.93).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluateFixtures, readFixtures } from '../lib/extract/evaluateCorpus';
import { loadGazetteer } from '../lib/extract/loadGazetteer';

const dir = resolve(process.argv[2] ?? 'tests/fixtures/reports');
const files = [resolve('src/gazetteer.yaml'), join(dir, 'gazetteer.yaml')].filter((f) => existsSync(f));
const result = evaluateFixtures(readFixtures(dir), loadGazetteer(files));
const pct = (x: number) => x.toFixed(3);

console.log(`Evaluated ${result.reports} reports in ${dir}`);
console.log('capital   expected  found  matched  precision  recall  F1');
for (const s of result.scores) {
  console.log(`${s.capital.padEnd(9)} ${String(s.expected).padStart(8)} ${String(s.found).padStart(6)} ${String(s.matched).padStart(8)}  ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(6)}`);
}
console.log(`kind (direct/indirect) agreement on matched statements: ${pct(result.kindAgreement)}`);
for (const e of result.errors) {
  const s = e.statement;
  console.log(`${e.type.toUpperCase()} ${e.file} block ${s.block} [${s.capitals.join('+')}] ${s.speaker} (${s.kind}): ${e.blockText.slice(0, 90)}`);
}
const failing = result.scores.filter((s) => s.precision < 0.97 || s.recall < 0.93);
if (failing.length > 0) {
  console.log(`Below the bar (P ≥ 0.97, R ≥ 0.93): ${failing.map((s) => s.capital).join(', ')}`);
  process.exitCode = 1;
}
