import { describe, expect, it } from 'vitest';
import { toAsciiJson } from '@/lib/export/toAsciiJson';

describe('toAsciiJson', () => {
  const value = {
    speakers: ['ماریا زاخارووا', 'Ilham Aliyev', 'Никол Пашинян'],
    odd: ['line\u2028separator', 'para\u2029graph', 'emoji 😀', 'nbsp\u00a0here', 'zwnj\u200cjoined', 'quote " back \\ slash', 'tab\there', '\u007f'],
    numbers: [0, -1, 1.5e-7, 16437],
    nested: { a: null, b: true },
  };

  it('is all ASCII and parses back to the same value', () => {
    const json = toAsciiJson(value);
    expect(/^[\x00-\x7f]*$/.test(json)).toBe(true);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('leaves ASCII-only JSON exactly as JSON.stringify wrote it', () => {
    const ascii = { a: [1, 2, 'x "y" \\ z'], b: 'plain' };
    expect(toAsciiJson(ascii)).toBe(JSON.stringify(ascii));
  });

  it('writes each UTF-16 unit of a character outside the BMP as its own escape', () => {
    expect(toAsciiJson('😀')).toBe('"\\ud83d\\ude00"');
    expect(toAsciiJson('ی')).toBe('"\\u06cc"');
  });
});
