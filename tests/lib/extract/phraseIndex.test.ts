import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '@/lib/extract/phraseIndex';
import { toMatchKey } from '@/lib/text/normalise';

const hits = (index: PhraseIndex<string>, text: string) => index.find(toMatchKey(text)).map((h) => [text.slice(h.start, h.end), h.payloads[0]]);

describe('PhraseIndex', () => {
  const index = new PhraseIndex<string>();
  index.add('علی‌اف', 'aliyev');
  index.add('وزارت دفاع', 'mod');
  index.add('وزارت دفاع روسیه', 'ru-mod');
  index.add('گفت', 'said');

  it('matches a phrase written with ZWNJ, a space or nothing between its parts', () => {
    for (const name of ['علی‌اف', 'علی اف', 'علیاف']) expect(hits(index, `${name} گفت`)).toEqual([[name, 'aliyev'], ['گفت', 'said']]);
  });
  it('prefers the longest phrase at a position', () => {
    expect(hits(index, 'وزارت دفاع روسیه اعلام کرد')).toEqual([['وزارت دفاع روسیه', 'ru-mod']]);
  });
  it('respects word boundaries in Arabic script (no "گفت" inside "گفته" or "نگفت")', () => {
    expect(hits(index, 'به گفته او، وی نگفت')).toEqual([]);
  });
  it('returns offsets into the display text', () => {
    const text = '«ماریا» گفت';
    const [hit] = index.find(toMatchKey(text));
    expect(text.slice(hit!.start, hit!.end)).toBe('گفت');
  });
});
