import { describe, expect, it } from 'vitest';
import { translate } from '@/lib/i18n/translate';
import { dirOf } from '@/lib/i18n/direction';
import fa from '@/i18n/fa.json';
import en from '@/i18n/en.json';

describe('translate', () => {
  it('fills placeholders and throws on a missing key instead of showing it', () => {
    expect(translate({ a: '{n} of {m}' }, 'a', { n: 1, m: 'x' })).toBe('1 of x');
    expect(() => translate({}, 'nope')).toThrow(/nope/);
    expect(translate({}, 'k', {}, { k: 'fallback' })).toBe('fallback');
  });
  it('has the same keys in the Persian and English dictionaries', () => {
    expect(Object.keys(fa).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('dirOf', () => {
  it('is rtl for Persian and ltr for English', () => {
    expect(dirOf('fa')).toBe('rtl');
    expect(dirOf('fa-IR')).toBe('rtl');
    expect(dirOf('en')).toBe('ltr');
  });
});
