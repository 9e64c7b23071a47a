import { describe, expect, it } from 'vitest';
import { toDisplayText, toMatchKey, toSearchKey, toAsciiDigits } from '@/lib/text/normalise';

describe('toMatchKey', () => {
  it('folds ZWNJ, space and Arabic letter forms to one spelling', () => {
    expect(toMatchKey('می‌کند')).toBe('می کند');
    expect(toMatchKey('مي كند')).toBe('می کند');
    expect(toMatchKey('رئیس‌جمهور')).toBe('رییس جمهور');
    expect(toMatchKey('تأکید')).toBe('تاکید');
  });
  it('maps every quote mark to " and Persian and Arabic-Indic digits to ASCII', () => {
    expect(toMatchKey('«ما»')).toBe('"ما"');
    expect(toMatchKey('۱۴۰۲/۰۶/۲۸')).toBe('1402/06/28');
    expect(toMatchKey('١٤٠٢')).toBe('1402');
  });
  it('keeps the length of its input, so offsets carry over to the display text', () => {
    for (const s of ['می‌کند', 'بیانیهٔ «سه‌جانبه»', 'دفـــاع', 'Said “no”']) {
      expect(toMatchKey(s)).toHaveLength(s.length);
    }
  });
});

describe('toDisplayText', () => {
  it('turns Arabic ي and ك into Persian letters and drops tatweel', () => {
    expect(toDisplayText('آذربايجان كرد دفـــاع')).toBe('آذربایجان کرد دفاع');
  });
  it('removes bidi controls and zero-width spaces but keeps ZWNJ', () => {
    expect(toDisplayText('a\u202Eb\u200Bc\u200Fd')).toBe('abcd');
    expect(toDisplayText('می‌کند')).toBe('می‌کند');
  });
  it('folds presentation forms pasted from PDFs and CRLF line ends', () => {
    expect(toDisplayText('ﺑﺎﮐﻮ\r\nx\ry')).toBe('باکو\nx\ny');
  });
});

describe('toSearchKey', () => {
  it('makes variants of the same phrase equal', () => {
    expect(toSearchKey('سرزمين‌هاي  ۱۴۰۲')).toBe(toSearchKey('سرزمین های 1402'));
  });
  it('converts digits with toAsciiDigits', () => {
    expect(toAsciiDigits('۲۸ و ٤')).toBe('28 و 4');
  });
});
