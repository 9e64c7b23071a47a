import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/lib/pipeline/buildCorpus';
import { fakeExtractor } from './fakeExtractor';

const dirs: string[] = [];
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const build = (dir: string) => buildCorpus(dir, { extract: fakeExtractor, gazetteerFiles: [] });

const twoSpeakers = '## Talks\n\nAliyev said the talks were useful.\n\nThe agency said nothing new.\n\n> Pashinyan said peace is near. Zakharova said Moscow agrees.\n';

describe('buildCorpus', () => {
  it('reads every .md under the folder, recursively and in path order, ignoring other and hidden files', () => {
    const dir = folder({
      'b/2023-09-20-b.md': '## B\n',
      '2023-09-19-a.md': '## A\n',
      'notes.txt': 'not a report',
      '.drafts/2023-01-01-x.md': '## hidden\n',
      'gazetteer.yaml': 'people: []\n',
    });
    const corpus = build(dir);
    expect(corpus.problems).toEqual([]);
    expect(corpus.reports.map((r) => r.file)).toEqual(['2023-09-19-a.md', 'b/2023-09-20-b.md']);
    expect(corpus.summary.reportsRead).toBe(2);
  });

  it('builds statements with the report date, the block text and line, and one per speaker per block', () => {
    const corpus = build(folder({ '2023-09-19-talks.md': twoSpeakers }));
    expect(corpus.statements.map((s) => [s.speaker, s.capitals, s.block, s.line, s.date, s.lang, s.report])).toEqual([
      ['Aliyev', ['baku'], 2, 3, '2023-09-19', 'en', '2023-09-19-talks'],
      ['Pashinyan', ['yerevan'], 4, 7, '2023-09-19', 'en', '2023-09-19-talks'],
      ['Zakharova', ['moscow'], 4, 7, '2023-09-19', 'en', '2023-09-19-talks'],
    ]);
    expect(corpus.statements[0]!.text).toBe('Aliyev said the talks were useful.');
    expect(corpus.statements[0]!.id).toBe(`2023-09-19-talks/${corpus.statements[0]!.anchor}`);
    expect(corpus.statements[0]!.anchor).toMatch(/^s-[0-9a-f]{10}$/);
  });

  it('keeps statement ids when another paragraph of the report is edited', () => {
    const before = build(folder({ '2023-09-19-talks.md': twoSpeakers })).statements.map((s) => s.id);
    const edited = twoSpeakers.replace('The agency said nothing new.', 'A new first paragraph.\n\nThe agency, later, said nothing new at all.');
    const after = build(folder({ '2023-09-19-talks.md': edited })).statements.map((s) => s.id);
    expect(after).toEqual(before);
  });

  it('gives the same paragraph repeated with the same speaker distinct, deterministic ids', () => {
    const corpus = build(folder({ '2023-09-19-r.md': '## R\n\nAliyev said yes.\n\nAliyev said yes.\n' }));
    const [a, b] = corpus.statements.map((s) => s.anchor);
    expect(b).toBe(`${a}-2`);
  });

  it('marks statement blocks in the rendered HTML', () => {
    const [report] = build(folder({ '2023-09-19-talks.md': twoSpeakers })).reports;
    const first = report!.statements[0]!;
    expect(report!.html).toContain(`<p id="${first.anchor}" class="statement statement--baku" data-capital="baku" data-speaker="Aliyev"`);
    expect(report!.html).toContain('class="statement statement--yerevan statement--moscow" data-capital="yerevan moscow"');
  });

  it('summarises statements per capital and per speaker, and lists review candidates with file and line', () => {
    const corpus = build(folder({ '2023-09-19-talks.md': twoSpeakers, '2023-09-20-more.md': '## M\n\nAliyev said again.\n' }));
    expect(corpus.summary.byCapital).toEqual({ baku: 2, moscow: 1, yerevan: 1 });
    expect(corpus.summary.bySpeaker[0]).toEqual({ capital: 'baku', speaker: 'Aliyev', statements: 2 });
    expect(corpus.summary.candidates).toEqual([{ file: '2023-09-19-talks.md', line: 5, block: 3, snippet: 'The agency said nothing new.' }]);
  });

  it('applies corrections and reports one that matches nothing', () => {
    const dir = folder({
      '2023-09-19-a.md': `---\nstatements:\n  - { action: drop, block: 2 }\n---\n${twoSpeakers}`,
      '2023-09-19-b.md': `---\nstatements:\n  - { action: drop, block: 99 }\n---\n${twoSpeakers}`,
    });
    const corpus = build(dir);
    expect(corpus.reports.map((r) => [r.file, r.statements.map((s) => s.speaker)])).toEqual([['2023-09-19-a.md', ['Pashinyan', 'Zakharova']]]);
    expect(corpus.problems).toEqual([{ file: '2023-09-19-b.md', field: 'statements', line: 3, message: 'the correction matches no block', hint: 'check the block number' }]);
  });

  it('collects the problems of every bad file in one run and keeps the good ones', () => {
    const corpus = build(folder({
      'a.md': '## no date\n',
      '2023-02-30-b.md': '## bad date\n',
      '2023-09-19-c.md': `---\nlang: xx\n---\n## C\n`,
      '2023-09-19-good.md': '## Good\n',
    }));
    expect(corpus.problems.map((p) => [p.file, p.field])).toEqual([
      ['2023-02-30-b.md', 'date'],
      ['2023-09-19-c.md', 'lang'],
      ['a.md', 'date'],
    ]);
    expect(corpus.reports.map((r) => r.id)).toEqual(['2023-09-19-good']);
    expect(corpus.summary).toMatchObject({ reportsRead: 4, reportsValid: 1, problems: 3 });
  });

  it('reports two files that give the same page address', () => {
    const corpus = build(folder({ '2023-09-19 Baku.md': '## A\n', '2023-09-19-baku.md': '## B\n' }));
    expect(corpus.problems).toEqual([
      { file: '2023-09-19-baku.md', field: 'slug', message: 'the page address "2023-09-19-baku" is already used by 2023-09-19 Baku.md', hint: expect.stringContaining('rename') },
    ]);
  });

  it('reports a binary file as a problem instead of skipping it', () => {
    const corpus = build(folder({ '2023-09-19-x.md': new Uint8Array([0, 1, 2]) }));
    expect(corpus.problems[0]).toMatchObject({ file: '2023-09-19-x.md', field: 'file' });
  });

  it('loads the project gazetteer and the folder gazetteer when present', () => {
    const seen: string[][] = [];
    const dir = folder({ 'gazetteer.yaml': 'x: 1\n' });
    buildCorpus(dir, { extract: { ...fakeExtractor, loadGazetteer: (files) => (seen.push(files), new Map()) }, projectRoot: '/proj' });
    expect(seen).toEqual([['/proj/src/gazetteer.yaml', join(dir, 'gazetteer.yaml')]]);
  });
});

describe('buildCorpus with a broken gazetteer', () => {
  it('lists the gazetteer problems together with the reports problems', async () => {
    const { ContentError } = await import('../../../src/lib/errors');
    const dir = folder({ 'a.md': '## no date\n', '2023-09-19-ok.md': '## ok\n' });
    const corpus = buildCorpus(dir, {
      extract: {
        ...fakeExtractor,
        loadGazetteer: () => {
          throw new ContentError([{ file: 'src/gazetteer.yaml', field: 'speakers[0].capital', line: 4, message: 'unknown capital', hint: 'use baku' }]);
        },
      },
    });
    expect(corpus.problems.map((p) => [p.file, p.field])).toEqual([['src/gazetteer.yaml', 'speakers[0].capital'], ['a.md', 'date']]);
    expect(corpus.reports).toEqual([]);
  });
});

describe('buildCorpus speaker summary', () => {
  it('counts one actor named in two languages as one speaker when the extractor knows the ids', () => {
    const dir = folder({ '2023-09-19-a.md': '## A\n\nAliyev said one.\n\nPashinyan said two.\n' });
    const corpus = buildCorpus(dir, {
      extract: { ...fakeExtractor, speakerIds: (speaker) => (speaker === 'Pashinyan' ? ['aliyev'] : speaker === 'Aliyev' ? ['aliyev'] : []) },
      gazetteerFiles: [],
    });
    expect(corpus.summary.bySpeaker).toEqual([{ capital: 'baku', speaker: 'Aliyev', statements: 1 }, { capital: 'yerevan', speaker: 'Pashinyan', statements: 1 }]);
    const same = buildCorpus(folder({ '2023-09-19-b.md': '## B\n\nAliyev said one.\n\nAliyev said two.\n' }), {
      extract: { ...fakeExtractor, speakerIds: () => ['aliyev'] },
      gazetteerFiles: [],
    });
    expect(same.summary.bySpeaker).toEqual([{ capital: 'baku', speaker: 'Aliyev', statements: 2 }]);
  });
});
