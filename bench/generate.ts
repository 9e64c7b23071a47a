/**
 * Writes N generated reports (synthetic test data, `source: "generated"`, never published).
 *   npx tsx bench/generate.ts --count N --out DIR [--seed S]
 * Also writes DIR/../<basename>.manifest.json with the statements planted per capital, outside
 * DIR so that the content loader only sees Markdown.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateReport } from './lib/corpus';

const { values } = parseArgs({
  options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
if (!values.count || !values.out) {
  console.error('usage: npx tsx bench/generate.ts --count N --out DIR [--seed S]');
  process.exit(2);
}
const count = Number(values.count);
const seed = Number(values.seed);
const out = resolve(values.out);
rmSync(out, { recursive: true, force: true });
const planted = { baku: 0, moscow: 0, yerevan: 0 };
const langs = { fa: 0, en: 0 };
let bytes = 0;
for (let i = 0; i < count; i++) {
  const r = generateReport(i, seed);
  const path = join(out, r.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, r.text);
  bytes += Buffer.byteLength(r.text);
  langs[r.lang] += 1;
  for (const c of ['baku', 'moscow', 'yerevan'] as const) planted[c] += r.planted[c];
}
const manifest = { generated: true, count, seed, bytes, langs, planted, statements: planted.baku + planted.moscow + planted.yerevan };
writeFileSync(join(dirname(out), `${basename(out)}.manifest.json`), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`generated ${count} reports (${langs.fa} fa, ${langs.en} en), ${(bytes / 1e6).toFixed(1)} MB, ${manifest.statements} planted statements → ${out}`);
