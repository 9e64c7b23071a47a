/**
 * Odd but valid input builds correctly: BOM, CRLF, NFD text, emoji, Persian digits, an empty
 * body, a 2 MB report, 500 statements, file names with spaces or Persian letters. Generated
 * into a temporary folder, run through the pipeline with the project's extractor, then one
 * real site build of the same folder (nothing lost, no live markup).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/lib/pipeline/buildCorpus';
import type { BuiltReport, Corpus } from '../../src/lib/pipeline/corpusTypes';
import { projectExtractor as extract } from '../../src/lib/pipeline/projectExtractor';
import { type BuildResult, buildSite, ROOT, tempDir } from './buildSite';
import { checkNothingLost } from './nothingLost';
import { scanDist } from './scanLiveMarkup';

const STATEMENT = 'Maria Zakharova, the Russian Foreign Ministry spokeswoman, said that Moscow was in contact with Baku and Yerevan';
/** Paragraphs in the big report: about 2.1 MB of text. */
const BIG_PARAGRAPHS = 12_500;
const fm = (title: string, date = '2023-09-19', lang = 'en'): string => `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\nlang: ${lang}\n---\n\n`;

/** The odd files, by name. */
const FILES: Record<string, string | Uint8Array> = {
  'bom.md': `\uFEFF${fm('With a byte order mark')}${STATEMENT} (BOM).\n`,
  'crlf.md': `${fm('Windows line ends')}First paragraph.\n\n${STATEMENT} (CRLF).\n`.replace(/\n/g, '\r\n'),
  'nfd.md': `${fm('Cafe\u0301 re\u0301sume\u0301 \u0627\u0653\u0628')}${STATEMENT} in a cafe\u0301 (NFD).\n`,
  'emoji.md': `${fm('Flags 🇦🇿 🇷🇺 🇦🇲 and 👩‍💻')}${STATEMENT} 🕊️ (emoji).\n`,
  'persian-digits.md': `${fm('تاریخ با رقم فارسی', '۱۴۰۲/۰۶/۲۸', 'fa')}ماریا زاخارووا، سخنگوی وزارت امور خارجه روسیه، گفت که مسکو با باکو در تماس است.\n`,
  'empty-body.md': fm('Front matter and nothing else'),
  'big.md': `${fm('A two-megabyte report')}${Array.from({ length: BIG_PARAGRAPHS }, (_, i) => `Paragraph ${i} of a long report about the talks, with some ordinary text to fill the line and more words after it, and then a few more words so that the whole file is large.\n`).join('\n')}\n${STATEMENT} (big).\n`,
  'many-statements.md': `${fm('Five hundred statements')}${Array.from({ length: 500 }, (_, i) => `${STATEMENT}, item ${i + 1}.\n`).join('\n')}`,
  'with spaces in name.md': `${fm('A file name with spaces')}${STATEMENT} (spaces).\n`,
  'گزارش فارسی.md': `${fm('نام فایل فارسی', '2023-09-20', 'fa')}ماریا زاخارووا، سخنگوی وزارت امور خارجه روسیه، گفت که مسکو با ایروان در تماس است.\n`,
};

let dir: string;
let corpus: Corpus;
const byFile = (file: string): BuiltReport => {
  const r = corpus.reports.find((x) => x.file === file);
  if (!r) throw new Error(`${file} did not build: ${JSON.stringify(corpus.problems.filter((p) => p.file === file))}`);
  return r;
};

beforeAll(() => {
  dir = join(tempDir('odd'), 'content');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  corpus = buildCorpus(dir, { extract, projectRoot: ROOT });
});

describe('odd but valid reports through the pipeline', () => {
  it('are all valid', () => {
    expect(corpus.problems).toEqual([]);
    expect(corpus.reports.map((r) => r.file).sort()).toEqual(Object.keys(FILES).sort());
  });

  it('BOM and CRLF: same title and statement as plain LF, lines counted right', () => {
    expect(byFile('bom.md').title).toBe('With a byte order mark');
    expect(byFile('bom.md').statements).toHaveLength(1);
    const crlf = byFile('crlf.md');
    expect(crlf.statements).toHaveLength(1);
    expect(crlf.statements[0]!.line).toBe(9);
    expect(crlf.html).not.toContain('\r');
  });

  it('NFD text is shown composed (NFC)', () => {
    expect(byFile('nfd.md').title).toBe('Café résumé \u0622ب');
    expect(byFile('nfd.md').statements[0]!.text).toContain('café');
  });

  it('emoji survive in title and text', () => {
    expect(byFile('emoji.md').title).toBe('Flags 🇦🇿 🇷🇺 🇦🇲 and 👩‍💻');
    expect(byFile('emoji.md').statements[0]!.text).toContain('🕊️');
  });

  it('a Solar Hijri date in Persian digits becomes its Gregorian date', () => {
    expect(byFile('persian-digits.md').date).toBe('2023-09-19');
    expect(byFile('persian-digits.md').statements[0]!.capitals).toEqual(['moscow']);
  });

  it('an empty body with valid front matter is a report with no statements', () => {
    expect(byFile('empty-body.md').statements).toEqual([]);
  });

  it('a 2 MB report is read whole', () => {
    expect(Buffer.byteLength(FILES['big.md'] as string)).toBeGreaterThan(2 * 1024 * 1024);
    const big = byFile('big.md');
    expect(big.blockCount).toBe(BIG_PARAGRAPHS + 1);
    expect(big.statements).toHaveLength(1);
  });

  it('a report with 500 statements keeps all 500, with distinct ids', () => {
    const many = byFile('many-statements.md');
    expect(many.statements).toHaveLength(500);
    expect(new Set(many.statements.map((s) => s.id)).size).toBe(500);
  });

  it('file names with spaces or Persian letters get distinct, usable ids', () => {
    expect(byFile('with spaces in name.md').id).not.toMatch(/\s/);
    const fa = byFile('گزارش فارسی.md');
    expect(fa.id).not.toMatch(/\s/);
    expect(fa.id).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('odd but valid reports through a real build', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite(dir, join(tempDir('odd-build'), 'dist'), true);
  }, 600_000);

  it('builds, loses nothing and has no live markup', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const result = checkNothingLost(build.outDir);
    expect(result.reports).toBe(Object.keys(FILES).length);
    expect(result.statements).toBe(corpus.statements.length);
    expect(result.missing).toEqual([]);
    expect(scanDist(build.outDir).findings).toEqual([]);
  });
});
