import { describe, expect, it } from 'vitest';
import { readReport } from '../../../src/lib/report/readReport';

const fm = (lines: string[], body = '\n## Heading\n\nText.\n') => `---\n${lines.join('\n')}\n---\n${body}`;

const only = (file: string, raw: string | Uint8Array) => {
  const r = readReport(file, raw);
  return r.problems.map((p) => ({ field: p.field, line: p.line, message: p.message }));
};

describe('readReport: a valid report', () => {
  it('reads a report without front matter: title from the first heading, date from the file name', () => {
    const r = readReport('2023-09-19-baku-operation.md', '\n\n## باکو از آغاز عملیات خبر داد\n\nوزارت دفاع آذربایجان اطلاع داد.\n');
    expect(r.problems).toEqual([]);
    expect(r.report).toMatchObject({
      id: '2023-09-19-baku-operation',
      file: '2023-09-19-baku-operation.md',
      title: 'باکو از آغاز عملیات خبر داد',
      date: '2023-09-19',
      lang: 'fa',
      bodyLine: 1,
      corrections: [],
    });
    expect(r.lexed?.blocks.map((b) => b.line)).toEqual([3, 5]);
  });

  it('reads every front-matter field and starts the body after the front matter', () => {
    const r = readReport('2023/aliyev.md', fm(['title: "Aliyev speaks"', 'date: 1402/06/28', 'source: APA', 'url: https://example.com/a', 'lang: en']));
    expect(r.problems).toEqual([]);
    expect(r.report).toMatchObject({ id: '2023/aliyev', title: 'Aliyev speaks', date: '2023-09-19', source: 'APA', url: 'https://example.com/a', lang: 'en', bodyLine: 8 });
    expect(r.lexed?.blocks[0]).toMatchObject({ kind: 'heading', line: 9 });
  });

  it('prefers the front-matter date over the file name, and never reads a date from the body', () => {
    expect(readReport('2020-01-01-x.md', fm(['date: 2023-09-19'])).report?.date).toBe('2023-09-19');
    expect(only('x.md', '## T\n\nOn 10 November 2020, 2020-11-10, an agreement was signed.')).toEqual([
      { field: 'date', line: undefined, message: 'the report has no date: no `date` field and the file name does not start with one' },
    ]);
  });

  it('accepts a BOM and CRLF line ends, with the same lines as LF', () => {
    const crlf = '\uFEFF---\r\ntitle: T\r\ndate: 2023-09-19\r\n---\r\n\r\nFirst.\r\n\r\nSecond.\r\n';
    const r = readReport('x.md', new TextEncoder().encode(crlf));
    expect(r.problems).toEqual([]);
    expect(r.report?.body).not.toContain('\r');
    expect(r.lexed?.blocks.map((b) => [b.text, b.line])).toEqual([['First.', 6], ['Second.', 8]]);
    expect(readReport('x.md', crlf).report?.title).toBe('T');
  });

  it('detects the language from the script when lang is absent', () => {
    expect(readReport('2023-01-01-a.md', '## Pashinyan said the talks went well\n').report?.lang).toBe('en');
    expect(readReport('2023-01-01-b.md', '## پاشینیان گفت مذاکرات خوب پیش رفت (Reuters)\n').report?.lang).toBe('fa');
  });

  it('shows text as display text: Arabic ي and ك become Persian ی and ک', () => {
    const r = readReport('2023-01-01-a.md', fm(['title: "سخنگوي كرملين"'], '\nمتن.\n'));
    expect(r.report?.title).toBe('سخنگوی کرملین');
  });

  it('reads corrections with their lines, a single capital as a list', () => {
    const r = readReport('2023-01-01-a.md', fm([
      'statements:',
      '  - action: add',
      '    block: 2',
      '    capital: baku',
      '    speaker: "Hikmet Hajiyev"',
      '  - { action: drop, match: "according to Reuters" }',
      '  - { action: set, block: 3, of: Zakharova, capitals: [moscow, baku], kind: direct }',
    ]));
    expect(r.problems).toEqual([]);
    expect(r.report?.corrections).toEqual([
      { action: 'add', block: 2, match: undefined, of: undefined, capitals: ['baku'], speaker: 'Hikmet Hajiyev', kind: undefined, line: 3 },
      { action: 'drop', block: undefined, match: 'according to Reuters', of: undefined, capitals: undefined, speaker: undefined, kind: undefined, line: 7 },
      { action: 'set', block: 3, match: undefined, of: 'Zakharova', capitals: ['moscow', 'baku'], speaker: undefined, kind: 'direct', line: 8 },
    ]);
  });
});

describe('readReport: problems name the file, field and line, with a hint', () => {
  it('reports an impossible date at the line of the date field', () => {
    const [p] = readReport('fa/x.md', fm(['title: T', 'date: 1402/12/30'])).problems;
    expect(p).toMatchObject({ file: 'fa/x.md', field: 'date', line: 3 });
    expect(p!.message).toContain('1402 is not a leap year');
    expect(p!.hint).not.toBe('');
  });

  it('reports an impossible date in the file name', () => {
    expect(only('2023-02-30-x.md', '## T\n')).toEqual([{ field: 'date', line: undefined, message: '"2023-02-30" is not a real Gregorian date' }]);
  });

  it('reports an unknown lang', () => {
    expect(only('2023-01-01-x.md', fm(['lang: ru']))).toEqual([{ field: 'lang', line: 2, message: 'unknown language "ru"' }]);
  });

  it('reports an unknown field with a did-you-mean hint', () => {
    const [p] = readReport('2023-01-01-x.md', fm(['titel: T'])).problems;
    expect(p).toMatchObject({ field: 'titel', line: 2, message: 'unknown front-matter field "titel"' });
    expect(p!.hint).toContain('did you mean "title"');
  });

  it('reports a missing title when there is no title field and no heading', () => {
    expect(only('2023-01-01-x.md', 'Just a paragraph.\n')).toEqual([
      { field: 'title', line: undefined, message: 'the report has no title: no `title` field and no heading' },
    ]);
  });

  it('reports an empty title and an empty source', () => {
    expect(only('2023-01-01-x.md', fm(['title: ""', 'source:']))).toEqual([
      { field: 'title', line: 2, message: 'the title is empty or not text' },
      { field: 'source', line: 3, message: 'the source is empty or not text' },
    ]);
  });

  it('reports a url that is not http(s)', () => {
    expect(only('2023-01-01-x.md', fm(['url: "javascript:alert(1)"']))).toEqual([
      { field: 'url', line: 2, message: '"javascript:alert(1)" is not a web address' },
    ]);
    expect(only('2023-01-01-x.md', fm(['url: example.com']))[0]?.field).toBe('url');
  });

  it('reports malformed YAML at its line', () => {
    const problems = only('2023-01-01-x.md', fm(['title: T', 'date: [2023-09-19']));
    expect(problems[0]).toMatchObject({ field: 'front matter', line: 3 });
    expect(problems[0]!.message).toContain('not valid YAML');
  });

  it('reports a duplicate field', () => {
    const problems = only('2023-01-01-x.md', fm(['title: A', 'title: B']));
    expect(problems).toEqual([{ field: 'front matter', line: 3, message: 'the front matter is not valid YAML: Map keys must be unique' }]);
  });

  it('reports front matter that never closes', () => {
    expect(only('2023-01-01-x.md', '---\ntitle: T\n\n## Body\n')).toEqual([
      { field: 'front matter', line: 1, message: 'the front matter starts with `---` but never ends' },
    ]);
  });

  it('reports front matter that is not field: value lines', () => {
    expect(only('2023-01-01-x.md', fm(['- a', '- b']))[0]).toMatchObject({ field: 'front matter', line: 2 });
  });

  it('reports malformed corrections, each at its own line', () => {
    const problems = only('2023-01-01-x.md', fm([
      'statements:',
      '  - action: ad',
      '    block: 0',
      '  - { action: add, match: foo, capital: tehran }',
      '  - action: drop',
      '  - { action: drop, block: 2, capital: baku }',
      '  - { action: set, block: 1, match: x, colour: red }',
      '  - just text',
    ]));
    expect(problems).toEqual([
      { field: 'statements[0].action', line: 3, message: 'unknown action "ad"' },
      { field: 'statements[0].block', line: 4, message: '`block` must be a block number from 1, not 0' },
      { field: 'statements[1].capital', line: 5, message: 'unknown capital "tehran"' },
      { field: 'statements[1].speaker', line: 5, message: 'an `add` correction needs the speaker' },
      { field: 'statements[2].block', line: 6, message: 'the correction does not say which block it is about' },
      { field: 'statements[3].action', line: 7, message: 'a `drop` correction takes only `block`/`match` and `of`' },
      { field: 'statements[4].colour', line: 8, message: 'unknown correction field "colour"' },
      { field: 'statements[4].match', line: 8, message: 'the correction gives both `block` and `match`' },
      { field: 'statements[5]', line: 9, message: 'a correction must be a mapping with `action` and `block` or `match`' },
    ]);
  });

  it('reports statements that are not a list', () => {
    expect(only('2023-01-01-x.md', fm(['statements: drop']))).toEqual([{ field: 'statements', line: 2, message: '`statements` must be a list of corrections' }]);
  });

  it('collects every problem of a file in one run', () => {
    const problems = only('x.md', fm(['lang: de', 'url: ftp://x', 'colour: red'], 'No heading here.\n'));
    expect(problems.map((p) => p.field).sort()).toEqual(['colour', 'date', 'lang', 'title', 'url']);
  });

  it('refuses binary files and invalid UTF-8', () => {
    expect(only('2023-01-01-x.md', new Uint8Array([0x23, 0x20, 0x00, 0x41]))).toEqual([
      { field: 'file', line: undefined, message: 'the file contains NUL bytes: it is binary, not a text report' },
    ]);
    expect(only('2023-01-01-x.md', new Uint8Array([0x23, 0x20, 0xc3, 0x28]))).toEqual([
      { field: 'file', line: undefined, message: 'the file is not valid UTF-8 text' },
    ]);
    expect(only('2023-01-01-x.md', '# T\u0000')[0]?.field).toBe('file');
  });

  it('refuses a file name that cannot be a page address', () => {
    const problems = only('2023-01-01-what?.md', '## T\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'file' });
  });

  it('gives no report when there are problems', () => {
    expect(readReport('x.md', 'text').report).toBeUndefined();
  });
});
