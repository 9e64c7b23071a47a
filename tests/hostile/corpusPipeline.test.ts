/**
 * The hostile corpus through the pipeline alone (no site build, fast): every hostile report
 * is valid, its rendered HTML has no live markup even when every block is marked as a
 * statement with a hostile speaker, and every invalid case is refused with its own problem.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Capital } from '../../src/lib/capitals';
import type { ExtractedStatement } from '../../src/lib/extract/statementTypes';
import type { Block } from '../../src/lib/markdown/blockTypes';
import { buildCorpus } from '../../src/lib/pipeline/buildCorpus';
import type { Extractor } from '../../src/lib/pipeline/corpusTypes';
import { scanHtml } from './scanLiveMarkup';

const REPORTS = join(__dirname, 'reports');
const INVALID = join(__dirname, 'invalid');
const HOSTILE_SPEAKER = '"><img src=x onerror=window.__pwned=1>\u202E';

/** An extractor that finds nothing: isolates reading and rendering from extraction. */
const none: Extractor<null> = {
  loadGazetteer: () => null,
  extractStatements: () => ({ statements: [], candidates: [] }),
  applyCorrections: (statements) => ({ statements, problems: [] }),
};

/** An extractor that marks every block as a statement by a speaker whose name is a payload. */
const everyBlock: Extractor<null> = {
  ...none,
  extractStatements: (blocks: Block[]) => ({
    statements: blocks.map(
      (b, i): ExtractedStatement => ({ block: b.index, capitals: [(['baku', 'moscow', 'yerevan'] as Capital[])[i % 3]!], speaker: HOSTILE_SPEAKER, kind: 'indirect' }),
    ),
    candidates: [],
  }),
};

const mdFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.md'));

describe('hostile corpus through the pipeline', () => {
  it('has at least 40 reports, and every one is valid', () => {
    const corpus = buildCorpus(REPORTS, { extract: none });
    expect(corpus.problems).toEqual([]);
    expect(mdFiles(REPORTS).length).toBeGreaterThanOrEqual(40);
    expect(corpus.reports.length).toBe(mdFiles(REPORTS).length);
  });

  it('renders no live markup from any report', () => {
    const corpus = buildCorpus(REPORTS, { extract: none });
    const findings = corpus.reports.flatMap((r) => scanHtml(r.html, r.file, false));
    expect(findings).toEqual([]);
  });

  it('renders no live markup when every block is a statement with a hostile speaker', () => {
    const corpus = buildCorpus(REPORTS, { extract: everyBlock });
    expect(corpus.statements.length).toBeGreaterThan(100);
    const findings = corpus.reports.flatMap((r) => scanHtml(r.html, r.file, false));
    expect(findings).toEqual([]);
    const marked = corpus.reports.find((r) => r.statements.length > 0)!;
    expect(marked.html).toContain('class="statement statement--');
    expect(marked.html).not.toContain('"><img');
  });

  it('keeps bidi controls and zero-width characters out of titles', () => {
    const corpus = buildCorpus(REPORTS, { extract: none });
    for (const r of corpus.reports) expect(r.title, r.file).not.toMatch(/[\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
  });

  it('refuses every invalid case it can see without the extractor, naming the file', () => {
    const corpus = buildCorpus(INVALID, { extract: none });
    const files = new Set(corpus.problems.map((p) => p.file));
    // The two duplicate-slug files share one problem, reported on the second of them; a
    // correction that matches nothing is the real extractor's to find (see invalid-build test).
    const expected = mdFiles(INVALID).filter((f) => f !== 'dup slug.md' && f !== 'correction-no-match.md');
    for (const file of expected) expect([...files], file).toContain(file);
    expect(corpus.problems.find((p) => p.file === 'url-javascript.md')?.field).toBe('url');
    expect(corpus.reports.map((r) => r.file)).toEqual(['correction-no-match.md', 'dup slug.md']);
  });
});
