import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../../bench/lib/corpus';
import { markdown } from '../../../src/lib/markdown/markdownInstance';
import { isPlainInlineText, plainInlineText } from '../../../src/lib/markdown/plainInlineText';

/** marked as it comes, with the project's options: what the shortcut must agree with. */
const reference = new Marked({ gfm: true, async: false });
/** The shortcut alone, so a difference is the shortcut's and not the renderer's. */
const shortcut = new Marked({ gfm: true, async: false }, plainInlineText);

const tokensOf = (m: Marked, src: string): string => JSON.stringify(m.lexer(src));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(dir, f));
}

/** Small deterministic PRNG (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces of prose, and of every inline construct GFM has, to be strung together at random. */
const PROSE = [
  'زاخارووا گفت',
  ' که ',
  'وزارت دفاع',
  '«ما در تماس هستیم»',
  'می‌کند',
  '۱۴۰۲/۰۶/۲۸',
  'Nikol Pashinyan said',
  ' the ministry ',
  '"quoted"',
  ': ',
  '. ',
  '، ',
  '\n',
  '  \n',
  '\\\n',
  '   ',
];
const SYNTAX = [
  '*',
  '**bold**',
  '_',
  '_em_',
  'snake_case',
  '~',
  '~~struck~~',
  '`code`',
  '``',
  '[link](https://example.com)',
  '[ref]',
  '![img](x.png)',
  '<b>',
  '<pre>',
  '</pre>',
  '<https://a.example>',
  'https://example.com/a',
  'HTTP://EXAMPLE.COM',
  'www.example.com',
  'ftp://files.example',
  'mail@example.com',
  'mailto:x@example.com',
  'xmpp:someone',
  '&amp;',
  '&#1587;',
  '&#x200F;',
  '&',
  '\\*',
  '!',
  ']',
  '>',
  '@',
  'http',
  'www',
];

describe('plainInlineText (marked tokenizer shortcut)', () => {
  it('answers only for runs with no inline syntax', () => {
    expect(isPlainInlineText('زاخارووا گفت: «ما در تماس هستیم».')).toBe(true);
    expect(isPlainInlineText('The ministry said, "we are in contact".\nA second line.')).toBe(true);
    expect(isPlainInlineText('')).toBe(true);
    for (const syntax of ['a*b', 'a_b', 'a~b', 'a`b', '[a]', 'a]', '!a', 'a\\b', '<a>', 'a>b', 'a@b', 'a&amp;b']) {
      expect(isPlainInlineText(syntax), syntax).toBe(false);
    }
    // Upper case only, and a hard break between Persian words (no Latin letter at all).
    for (const word of ['see https', 'HTTP', 'ftp: x', 'WWW.EXAMPLE.COM', 'MAILTO: x', 'xmpp:x', 'line  \nbreak', 'باکو  \nایروان']) {
      expect(isPlainInlineText(word), word).toBe(false);
    }
    // One space before a newline is a soft break, not a hard one.
    expect(isPlainInlineText('line \nsoft')).toBe(true);
  });

  it('gives the tokens marked gives, on every report the project has', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const files = [
      ...markdownFiles(join(root, 'content')),
      ...markdownFiles(join(root, 'tests/fixtures')),
      ...markdownFiles(join(root, 'tests/hostile')),
      resolve(root, '../shared/seeds/000_65ce791c34499a62.txt'),
    ];
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const src = readFileSync(file, 'utf8');
      expect(tokensOf(shortcut, src), file).toBe(tokensOf(reference, src));
      expect(tokensOf(markdown, src), file).toBe(tokensOf(reference, src));
    }
  });

  it('gives the tokens marked gives, on generated reports', () => {
    for (let i = 0; i < 300; i++) {
      const src = generateReport(i, 7).text;
      expect(tokensOf(shortcut, src), `report ${i}`).toBe(tokensOf(reference, src));
    }
  });

  it('gives the tokens marked gives, on random strings of prose and inline syntax', () => {
    const next = random(20261127);
    let shortcutTaken = 0;
    for (let c = 0; c < 4000; c++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(next() * 12);
      // Three pieces of prose to one of syntax, so that both paths are taken often.
      for (let p = 0; p < count; p++) {
        const pieces = next() < 0.75 ? PROSE : SYNTAX;
        parts.push(pieces[Math.floor(next() * pieces.length)]!);
      }
      // Mostly paragraphs; sometimes a heading, a list item or a quote around them.
      const wrap = ['', '## ', '- ', '> ', '1. '][Math.floor(next() * 5)]!;
      const src = wrap + parts.join('');
      if (isPlainInlineText(parts.join(''))) shortcutTaken++;
      expect(tokensOf(shortcut, src), JSON.stringify(src)).toBe(tokensOf(reference, src));
    }
    // Both paths are exercised.
    expect(shortcutTaken).toBeGreaterThan(400);
    expect(shortcutTaken).toBeLessThan(3800);
  });
});
