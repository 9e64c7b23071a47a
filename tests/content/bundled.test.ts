/**
 * The bundled reports in `content/` are the project's demo and its largest end-to-end fixture:
 * the real pipeline must read every one of them, find exactly the statements its author meant
 * (the hand-checked `tests/content/<year>/<name>.expected.json`), and leave nothing to review.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAPITALS, type Capital } from '../../src/lib/capitals';
import { loadGazetteer } from '../../src/lib/extract/loadGazetteer';
import { sameSpeaker, speakerIds } from '../../src/lib/extract/speakerIdentity';
import type { Gazetteer } from '../../src/lib/extract/gazetteerTypes';
import type { ExtractedStatement } from '../../src/lib/extract/statementTypes';
import { buildCorpus, gazetteerFilesFor } from '../../src/lib/pipeline/buildCorpus';
import type { Corpus } from '../../src/lib/pipeline/corpusTypes';
import { projectExtractor } from '../../src/lib/pipeline/projectExtractor';
import { splitFrontMatter } from '../../src/lib/report/splitFrontMatter';

const CONTENT = 'content';
const EXPECTED = 'tests/content';

let corpus: Corpus;
let gazetteer: Gazetteer;

beforeAll(() => {
  corpus = buildCorpus(CONTENT, { extract: projectExtractor });
  gazetteer = loadGazetteer(gazetteerFilesFor(CONTENT));
});

/** `2023/2023-09-19-x.md` → `tests/content/2023/2023-09-19-x.expected.json`. */
const expectedPathFor = (file: string): string => join(EXPECTED, file.replace(/\.md$/i, '.expected.json'));

function readExpected(file: string): ExtractedStatement[] {
  return (JSON.parse(readFileSync(expectedPathFor(file), 'utf8')) as { statements: ExtractedStatement[] }).statements;
}

function listExpectedFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return listExpectedFiles(full);
    return e.name.endsWith('.expected.json') ? [relative(EXPECTED, full).split('\\').join('/')] : [];
  });
}

const sameCapitals = (a: readonly Capital[], b: readonly Capital[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Expected statements the pipeline did not produce, and produced ones nobody expected. */
function compare(found: ExtractedStatement[], expected: ExtractedStatement[], date: string) {
  const unmatched = [...found];
  const missing: ExtractedStatement[] = [];
  for (const want of expected) {
    const i = unmatched.findIndex(
      (got) => got.block === want.block && got.kind === want.kind && sameCapitals(got.capitals, want.capitals) && sameSpeaker(got.speaker, want.speaker, gazetteer, date),
    );
    if (i === -1) missing.push(want);
    else unmatched.splice(i, 1);
  }
  return { missing, unexpected: unmatched };
}

describe('the bundled content', () => {
  it('is read without a single problem', () => {
    expect(corpus.problems).toEqual([]);
    expect(corpus.reports.length).toBe(corpus.summary.reportsRead);
  });

  it('leaves no block with a saying verb for review', () => {
    expect(corpus.summary.candidates).toEqual([]);
  });

  it('has an expected file for every report and a report for every expected file', () => {
    const reports = corpus.reports.map((r) => r.file.replace(/\.md$/i, '.expected.json')).sort();
    expect(listExpectedFiles(EXPECTED).sort()).toEqual(reports);
  });

  it('gives each report exactly the statements its author meant', () => {
    type Mismatch = { file: string; missing: ExtractedStatement[] | 'expected file'; unexpected?: ExtractedStatement[] };
    const mismatches = corpus.reports.flatMap((report): Mismatch[] => {
      if (!existsSync(expectedPathFor(report.file))) return [{ file: report.file, missing: 'expected file' }];
      const found = report.statements.map(({ block, capitals, speaker, kind }) => ({ block, capitals, speaker, kind }));
      const { missing, unexpected } = compare(found, readExpected(report.file), report.date);
      return missing.length + unexpected.length > 0 ? [{ file: report.file, missing, unexpected }] : [];
    });
    expect(mismatches).toEqual([]);
  });

  it('has at least 40 reports, about two thirds of them Persian, from November 2020 to 2024', () => {
    const { reports } = corpus;
    expect(reports.length).toBeGreaterThanOrEqual(40);
    const persian = reports.filter((r) => r.lang === 'fa').length / reports.length;
    expect(persian).toBeGreaterThan(0.55);
    expect(persian).toBeLessThan(0.75);
    const dates = reports.map((r) => r.date).sort();
    expect(dates[0]).toBe('2020-11-10');
    expect(dates.at(-1)! >= '2024-06-01' && dates.at(-1)! <= '2024-12-31').toBe(true);
    for (const year of ['2020', '2021', '2022', '2023', '2024']) expect(dates.some((d) => d.startsWith(year))).toBe(true);
  });

  it('gives every capital at least a quarter of all statements, as a participant and as the primary capital', () => {
    const total = corpus.statements.length;
    for (const capital of CAPITALS) {
      const any = corpus.statements.filter((s) => s.capitals.includes(capital)).length;
      const primary = corpus.statements.filter((s) => s.capitals[0] === capital).length;
      expect(any / total, capital).toBeGreaterThanOrEqual(0.25);
      expect(primary / total, capital).toBeGreaterThanOrEqual(0.25);
    }
  });

  it('lets several speakers talk for each capital', () => {
    for (const capital of CAPITALS) {
      const actors = new Set(
        corpus.statements.filter((s) => s.capitals.length === 1 && s.capitals[0] === capital).flatMap((s) => speakerIds(s.speaker, gazetteer, s.date)),
      );
      expect(actors.size, capital).toBeGreaterThanOrEqual(4);
    }
  });

  it('uses both calendars and file-name dates, direct and indirect speech, quotes and lists', () => {
    const raw = corpus.reports.map((r) => ({ report: r, text: readFileSync(join(CONTENT, r.file), 'utf8') }));
    const dateField = (text: string) => /^date:\s*(.+)$/m.exec(splitFrontMatter(text).yaml ?? '')?.[1]?.trim();
    expect(raw.some(({ text }) => /^[۰-۹]{4}\//.test(dateField(text) ?? ''))).toBe(true);
    expect(raw.some(({ text }) => /^1[34]\d\d\//.test(dateField(text) ?? ''))).toBe(true);
    expect(raw.some(({ text }) => dateField(text) === undefined)).toBe(true);
    expect(corpus.statements.some((s) => s.kind === 'direct')).toBe(true);
    expect(raw.some(({ text }) => /^> /m.test(text))).toBe(true);
    expect(raw.some(({ text }) => /^- /m.test(splitFrontMatter(text).body))).toBe(true);
    expect(raw.some(({ text }) => text.includes('«')) && raw.some(({ text }) => /"[^"\n]+"/.test(splitFrontMatter(text).body))).toBe(true);
  });
});
