import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/lib/security/plainText';

describe('plainText', () => {
  it('removes bidi overrides, embeddings and isolates so nothing is reordered', () => {
    expect(plainText('invoice\u202Egpj.exe\u202C')).toBe('invoicegpj.exe');
    expect(plainText('\u202Aa\u202B b\u202C \u2066c\u2067d\u2068e\u2069 \u200Ef\u200F\u061C')).toBe('a b cde f');
  });

  it('removes zero-width and other invisible characters, keeping ZWNJ and ZWJ', () => {
    expect(plainText('Zero\u200Bwidth\uFEFF\u2060join\u00AD')).toBe('Zerowidthjoin');
    expect(plainText('می\u200Cکند')).toBe('می\u200Cکند');
    expect(plainText('👩\u200D💻')).toBe('👩\u200D💻');
    expect(plainText('tag\u{E0041}\u{E0042}s')).toBe('tags');
    expect(plainText('filler\u3164\u115F')).toBe('filler');
  });

  it('removes control characters that XML feeds cannot carry and folds line breaks', () => {
    expect(plainText('a\u0001b\u0008c\u007Fd\u0085e')).toBe('abcde');
    expect(plainText(' line\u2028one\r\nline\ttwo \u2029 ')).toBe('line one line two');
  });

  it('keeps markup characters as text: escaping is the output writer’s job', () => {
    expect(plainText('<script>alert(1)</script> & "q"')).toBe('<script>alert(1)</script> & "q"');
  });

  it('normalises Arabic letter forms like the rest of the display text', () => {
    expect(plainText('علي')).toBe('علی');
  });
});
