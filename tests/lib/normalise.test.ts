import { describe, expect, it } from 'vitest';
import { isPlainDisplayText, MatchKeyBuffer, toDisplayText, toMatchKey, toSearchKey, toAsciiDigits } from '@/lib/text/normalise';

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

describe('MatchKeyBuffer', () => {
  it('makes the same key as toMatchKey and leaves its units in `units`', () => {
    const buffer = new MatchKeyBuffer();
    for (const s of ['می‌کند', 'مي كند «ما»', 'Said “NO”', '۱۴۰۲', 'x\uD83D\uDE00y']) {
      const key = buffer.keyOf(s);
      expect(key).toBe(toMatchKey(s));
      expect(String.fromCharCode(...buffer.units.subarray(0, key.length))).toBe(key);
    }
  });
  it('notes the positions of the marked units of the key, in order, and grows past its first capacity', () => {
    const buffer = new MatchKeyBuffer('".:');
    buffer.keyOf('«الف» گفت: ب. ج');
    expect(Array.from(buffer.marks.subarray(0, buffer.markCount))).toEqual([0, 4, 9, 12]);
    const long = 'a: '.repeat(1000);
    buffer.keyOf(long);
    expect(buffer.markCount).toBe(1000);
    expect(buffer.marks[999]).toBe(2998);
    buffer.keyOf('no marks here');
    expect(buffer.markCount).toBe(0);
  });
  it('makes the key string on request after fill, from the last input filled', () => {
    const buffer = new MatchKeyBuffer('"');
    buffer.fill('اول «دوم»');
    buffer.fill('Said “NO” ي');
    expect(buffer.markCount).toBe(2);
    expect(buffer.key()).toBe(toMatchKey('Said “NO” ي'));
    buffer.fill('بدون تغییر');
    expect(buffer.key()).toBe('بدون تغییر');
  });
  it('grows its units for a long input', () => {
    const buffer = new MatchKeyBuffer();
    const long = 'ي'.repeat(10_000);
    expect(buffer.keyOf(long)).toBe('ی'.repeat(10_000));
    expect(buffer.units.length).toBeGreaterThanOrEqual(10_000);
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

describe('isPlainDisplayText (the fast path of toDisplayText)', () => {
  const plainUnits: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (isPlainDisplayText(String.fromCharCode(c))) plainUnits.push(c);

  it('lets through Persian letters, ZWNJ, Latin text and common punctuation', () => {
    expect(isPlainDisplayText('وزارت دفاع آذربایجان اعلام کرد: «می‌گوید» — Aliyev said "no", 2023.')).toBe(true);
    expect(plainUnits.length).toBeGreaterThan(1000);
  });
  it('stops at every unit toDisplayText would fold, remove or compose', () => {
    for (const s of ['آذربايجان', 'كرد', 'دفـاع', 'a\u202Eb', 'a\u200Bb', 'ﺑﺎﮐﻮ', 'a\r\nb', 'e\u0301', 'ا\u0653', 'x\u00ADy', '\u0000', '\u2000', '\uD83D\uDE00']) {
      expect(isPlainDisplayText(s)).toBe(false);
    }
  });
  it('lets in no unit that is not its own NFC or that composes with the unit before it', () => {
    // The second and later units of every canonical decomposition are the ones NFC may join to what precedes them.
    const joiners = new Set<number>();
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const nfd = String.fromCharCode(c).normalize('NFD');
      for (let k = 1; k < nfd.length; k++) joiners.add(nfd.charCodeAt(k));
    }
    for (const c of plainUnits) {
      const ch = String.fromCharCode(c);
      expect(joiners.has(c), ch).toBe(false);
      expect(ch.normalize('NFC')).toBe(ch);
    }
  });
  it('finds every pair of plain units already in NFC', () => {
    const sample = plainUnits.filter((_, k) => k % 7 === 0);
    for (const a of sample) for (const b of sample) {
      const s = String.fromCharCode(a, b);
      expect(s.normalize('NFC')).toBe(s);
    }
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
