import { describe, expect, it } from 'vitest';
import { readableExcerpt, type ExcerptPart } from '@/lib/site/readableExcerpt';

const marked = (parts: ExcerptPart[]): string => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('readableExcerpt', () => {
  it('shows the text as written, with the hit words marked (case, punctuation and letters kept)', () => {
    const text = 'Russia said on Monday that Maria Zakharova, its spokeswoman, spoke of the ceasefire.';
    expect(marked(readableExcerpt(text, ['zakharova']))).toBe('Russia said on Monday that Maria [Zakharova,] its spokeswoman, spoke of the ceasefire.');
  });

  it('matches Persian words however they are spelled (Arabic ي/ك, ZWNJ or space, digits)', () => {
    const text = 'سخنگوی وزارت خارجه روسيه گفت: «مسکو آماده‌ی کمک است» در ۱۹ سپتامبر.';
    // Search keys: ی for ي, a space for ZWNJ, ASCII digits.
    expect(marked(readableExcerpt(text, ['روسیه', 'آماده', '19']))).toBe('سخنگوی وزارت خارجه [روسيه] گفت: «مسکو [آماده‌ی] کمک است» در [۱۹] سپتامبر.');
  });

  it('picks the window with the most hits, starting three words before its first', () => {
    const filler = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
    const text = `${filler(40, 'a')} Baku said once. ${filler(40, 'b')} Baku and Baku again said Baku. ${filler(40, 'c')}`;
    const parts = readableExcerpt(text, ['baku'], 12);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Baku', 'Baku', 'Baku.']);
    expect(marked(parts)).toBe('… b37 b38 b39 [Baku] and [Baku] again said [Baku.] c0 c1 c2 …');
  });

  it('fills a window near the end of the text backwards, and shows a short text whole', () => {
    const text = Array.from({ length: 50 }, (_, i) => (i === 48 ? 'Yerevan' : `w${i}`)).join(' ');
    expect(marked(readableExcerpt(text, ['yerevan'], 10))).toBe('… w40 w41 w42 w43 w44 w45 w46 w47 [Yerevan] w49');
    expect(marked(readableExcerpt('Yerevan said no.', ['yerevan'], 10))).toBe('[Yerevan] said no.');
  });

  it('matches a hit as a prefix of three letters or more, not shorter', () => {
    expect(marked(readableExcerpt('Pashinyan spoke; pa is not a hit.', ['pashin', 'pa']))).toBe('[Pashinyan] spoke; [pa] is not a hit.');
    expect(marked(readableExcerpt('Pashinyan spoke.', ['pa']))).toBe('Pashinyan spoke.');
  });

  it('gives the beginning of the text when no word is a hit (the hit was in the title or a name spelling)', () => {
    const text = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    expect(marked(readableExcerpt(text, ['zakharova'], 5))).toBe('w0 w1 w2 w3 w4 …');
    expect(marked(readableExcerpt(text, [], 5))).toBe('w0 w1 w2 w3 w4 …');
    expect(readableExcerpt('', ['x'])).toEqual([]);
  });
});
