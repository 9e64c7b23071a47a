import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CAPITALS } from '../../../src/lib/capitals';
import { csvField, toStatementsCsv } from '../../../src/lib/export/toStatementsCsv';
import { toStatementsJson } from '../../../src/lib/export/toStatementsJson';
import { buildCorpus } from '../../../src/lib/pipeline/buildCorpus';
import { fakeExtractor } from '../pipeline/fakeExtractor';

const dir = mkdtempSync(join(tmpdir(), 'export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, '2023-09-20-later.md'), '---\ntitle: Later, "quoted"\nsource: APA\nurl: https://example.com/x\n---\nZakharova said: "no, never",\nthen left.\n');
writeFileSync(join(dir, '2023-09-19-talks.md'), '## Talks\n\nAliyev said =SUM(A1) is fine.\n\nPashinyan said peace.\n');
const corpus = buildCorpus(dir, { extract: fakeExtractor, gazetteerFiles: [] });
const BASE = '/three-capitals/';

/** Checks the documented schema (README.md, "Open data") key by key, type by type. */
function assertSchema(data: unknown): void {
  const d = data as Record<string, unknown>;
  expect(Object.keys(d)).toEqual(['version', 'reports', 'statements']);
  expect(d['version']).toBe(1);
  for (const r of d['reports'] as Record<string, unknown>[]) {
    expect(Object.keys(r)).toEqual(['id', 'file', 'title', 'date', 'lang', 'source', 'url', 'path']);
    for (const k of ['id', 'file', 'title', 'date', 'lang', 'path']) expect(typeof r[k]).toBe('string');
    for (const k of ['source', 'url']) expect(r[k] === null || typeof r[k] === 'string').toBe(true);
    expect(r['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(['fa', 'en']).toContain(r['lang']);
  }
  for (const s of d['statements'] as Record<string, unknown>[]) {
    expect(Object.keys(s)).toEqual(['id', 'report', 'date', 'capitals', 'capital', 'speaker', 'text', 'kind', 'lang', 'path']);
    const capitals = s['capitals'] as unknown[];
    expect(capitals.length).toBeGreaterThan(0);
    for (const c of capitals) expect(CAPITALS).toContain(c);
    expect(s['capital']).toBe(capitals[0]);
    expect(['direct', 'indirect']).toContain(s['kind']);
    expect(String(s['id']).startsWith(`${String(s['report'])}/s-`)).toBe(true);
  }
}

/** The keys listed, in order, in the README table under the heading `#### \`name\``. */
function readmeKeys(name: string): string[] {
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
  const section = readme.split(`#### \`${name}\``)[1]?.split(/\n#{2,4} /)[0] ?? '';
  return [...section.matchAll(/^\| `([a-z]+)` \|/gm)].map((m) => m[1]!);
}

describe('toStatementsJson', () => {
  const data = toStatementsJson(corpus, BASE);

  it('emits exactly the keys the README documents, in the documented order', () => {
    expect(readmeKeys('reports[]')).toEqual(Object.keys(data.reports[0]!));
    expect(readmeKeys('statements[]')).toEqual(Object.keys(data.statements[0]!));
  });

  it('follows the documented schema exactly, after a JSON round trip', () => {
    assertSchema(JSON.parse(JSON.stringify(data)));
  });

  it('lists reports by date with their file, null for absent source and url, and the page path with the base', () => {
    expect(data.reports).toEqual([
      { id: '2023-09-19-talks', file: '2023-09-19-talks.md', title: 'Talks', date: '2023-09-19', lang: 'en', source: null, url: null, path: '/three-capitals/reports/2023-09-19-talks/' },
      { id: '2023-09-20-later', file: '2023-09-20-later.md', title: 'Later, "quoted"', date: '2023-09-20', lang: 'en', source: 'APA', url: 'https://example.com/x', path: '/three-capitals/reports/2023-09-20-later/' },
    ]);
  });

  it('gives statements their report, date, capital and a path to their anchor', () => {
    const [first] = data.statements;
    const anchor = corpus.statements[0]!.anchor;
    expect(first).toEqual({
      id: `2023-09-19-talks/${anchor}`,
      report: '2023-09-19-talks',
      date: '2023-09-19',
      capitals: ['baku'],
      capital: 'baku',
      speaker: 'Aliyev',
      text: 'Aliyev said =SUM(A1) is fine.',
      kind: 'indirect',
      lang: 'en',
      path: `/three-capitals/reports/2023-09-19-talks/#${anchor}`,
    });
    expect(data.statements.map((s) => s.speaker)).toEqual(['Aliyev', 'Pashinyan', 'Zakharova']);
  });

  it('uses the root base when the site is served at /', () => {
    expect(toStatementsJson(corpus, '/').reports[0]!.path).toBe('/reports/2023-09-19-talks/');
    expect(toStatementsJson(corpus, '/sub').reports[0]!.path).toBe('/sub/reports/2023-09-19-talks/');
  });
});

describe('toStatementsCsv', () => {
  const csv = toStatementsCsv(corpus, BASE);

  it('starts with a UTF-8 BOM and a header row, and ends rows with CRLF', () => {
    expect(csv.startsWith('\uFEFFid,report,date,capitals,capital,speaker,text,kind,lang,path\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(1 + 3 + 1);
  });

  it('quotes fields with commas, quotes or line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csv).toContain('"Zakharova said: ""no, never"", then left."');
  });

  it('defuses values a spreadsheet would run as a formula', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('+1')).toBe("'+1");
  });

  it('has one row per statement with the JSON values', () => {
    const row = csv.split('\r\n')[1]!;
    expect(row.startsWith(`2023-09-19-talks/${corpus.statements[0]!.anchor},2023-09-19-talks,2023-09-19,baku,baku,Aliyev,`)).toBe(true);
  });
});
