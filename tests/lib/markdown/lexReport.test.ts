import { describe, expect, it } from 'vitest';
import { lexReport } from '../../../src/lib/markdown/lexReport';
import { isKnownPlainDisplayText, toDisplayText } from '../../../src/lib/text/normalise';

const body = [
  '', // line 10
  '## سرخط *خبر*', // 11
  '',
  'وزارت دفاع آذربایجان اطلاع داد', // 13
  'که **عملیات** آغاز شد [منبع](https://example.com).', // 14
  '',
  '> زاخارووا گفت: «ما در تماس هستیم».', // 16
  '>',
  '> بند دوم نقل قول', // 18
  '',
  '- first item', // 20
  '- second `code` item', // 21
  '',
  '  its second paragraph',
  '',
  '1. outer', // 25
  '   > quoted in item', // 26
  '   - nested item', // 27
  '',
  '```',
  'code is not a block',
  '```',
  '',
  '<div>raw html is not a block</div>',
  '',
  'Last &amp; final paragraph.', // 35
].join('\n');

describe('lexReport', () => {
  const { blocks, tokens } = lexReport(body, 10);

  it('numbers headings, paragraphs, quotes and list items from 1 in document order', () => {
    expect(blocks.map((b) => [b.index, b.kind])).toEqual([
      [1, 'heading'],
      [2, 'paragraph'],
      [3, 'quote'],
      [4, 'quote'],
      [5, 'item'],
      [6, 'item'],
      [7, 'item'],
      [8, 'quote'],
      [9, 'item'],
      [10, 'paragraph'],
    ]);
  });

  it('gives each block the file line of its first line', () => {
    expect(blocks.map((b) => b.line)).toEqual([11, 13, 16, 18, 20, 21, 25, 26, 27, 35]);
  });

  it('strips Markdown syntax and keeps the words as written, soft breaks as spaces', () => {
    expect(blocks[0]!.text).toBe('سرخط خبر');
    expect(blocks[1]!.text).toBe('وزارت دفاع آذربایجان اطلاع داد که عملیات آغاز شد منبع.');
    expect(blocks[2]!.text).toBe('زاخارووا گفت: «ما در تماس هستیم».');
    expect(blocks[5]!.text).toBe('second code item its second paragraph');
    expect(blocks[9]!.text).toBe('Last & final paragraph.');
  });

  it('does not count code, raw HTML or blank lines as blocks', () => {
    expect(blocks.some((b) => b.text.includes('code is not'))).toBe(false);
    expect(blocks.some((b) => b.text.includes('raw html'))).toBe(false);
  });

  it('returns the marked tokens for rendering', () => {
    expect(tokens.map((t) => t.type)).toContain('blockquote');
  });

  it('counts lines from bodyLine so front matter is accounted for', () => {
    expect(lexReport('one\n\ntwo', 1).blocks.map((b) => b.line)).toEqual([1, 3]);
    expect(lexReport('one\n\ntwo', 7).blocks.map((b) => b.line)).toEqual([7, 9]);
  });

  it('reads the seed report shape: a heading, then paragraphs', () => {
    const seed = '\n\n\n\n## باکو از آغاز عملیات خبر داد\n\nپاراگراف اول.\n\nپاراگراف دوم.';
    const lexed = lexReport(seed, 1).blocks;
    expect(lexed.map((b) => [b.kind, b.line])).toEqual([
      ['heading', 5],
      ['paragraph', 7],
      ['paragraph', 9],
    ]);
  });

  it('returns no blocks for an empty body', () => {
    expect(lexReport('', 1).blocks).toEqual([]);
  });
});

describe('lexReport on a body toDisplayText has just found plain', () => {
  const bodies = [
    '## وزارت دفاع\n\nوزارت دفاع آذربایجان اعلام کرد: «ما آماده‌ایم.»\n\n> پاشینیان گفت\n> که **صلح** ممکن است.\n\n- مورد `کد` و [پیوند](https://example.org)\n',
    'Aliyev said the talks were "over".\n\nA line with a hard  \nbreak and an image ![alt text](x.png).\n',
  ];
  it.each(bodies)('gives the same blocks as when nothing is known of the body: %s', (body) => {
    const known = lexReport(toDisplayText(body), 3).blocks;
    expect(isKnownPlainDisplayText(body)).toBe(true);
    toDisplayText('another text'); // something else last: the body is no longer known plain
    expect(isKnownPlainDisplayText(body)).toBe(false);
    expect(lexReport(body, 3).blocks).toEqual(known);
  });
  it('still folds what an entity brings back when the body holds one', () => {
    const body = 'سخنگو&#x200F; گفت: آذربايجان &#x64A;\u200C';
    expect(isKnownPlainDisplayText(toDisplayText(body))).toBe(false);
    expect(lexReport(toDisplayText(body), 1).blocks[0]!.text).toBe('سخنگو گفت: آذربایجان ی\u200C');
  });
});
