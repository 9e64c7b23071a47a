import { describe, expect, it } from 'vitest';
import { persianDigits } from '@/lib/i18n/calendarText';
import { dayLabel, formatCount, monthLabel } from '@/lib/i18n/formatDate';

// The tables must print exactly what ICU prints: every day and month of 1990–2040 is checked.
const intl = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
const LONG: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('calendar text without Intl', () => {
  it('labels every day of 1990–2040 as Intl does, in both calendars and both languages', () => {
    const jalali = intl('fa-IR-u-ca-persian', LONG);
    const faGregorian = intl('fa-IR-u-ca-gregory', LONG);
    const en = intl('en-GB', LONG);
    let days = 0;
    const mismatches: string[] = [];
    for (let t = Date.UTC(1990, 0, 1); t <= Date.UTC(2040, 11, 31); t += 86_400_000, days++) {
      const date = new Date(t);
      const fa = dayLabel(iso(date), 'fa');
      if (fa.primary !== jalali.format(date) || fa.secondary !== faGregorian.format(date) || dayLabel(iso(date), 'en').primary !== en.format(date)) {
        mismatches.push(iso(date));
      }
    }
    expect(days).toBe(18_628);
    expect(mismatches).toEqual([]);
  });
  it('labels every month of 1990–2040 as Intl does', () => {
    const month = intl('fa-IR-u-ca-gregory', { year: 'numeric', month: 'long' });
    const part = (f: Intl.DateTimeFormat, d: Date, type: string) => f.formatToParts(d).find((p) => p.type === type)?.value;
    const jalali = intl('fa-IR-u-ca-persian', { year: 'numeric', month: 'long' });
    for (let y = 1990; y <= 2040; y++) {
      for (let m = 1; m <= 12; m++) {
        const key = `${y}-${String(m).padStart(2, '0')}`;
        const first = new Date(Date.UTC(y, m - 1, 1));
        const last = new Date(Date.UTC(y, m, 0));
        expect(monthLabel(key, 'en').primary).toBe(intl('en-GB', { year: 'numeric', month: 'long' }).format(first));
        const fa = monthLabel(key, 'fa');
        expect(fa.primary).toBe(`${part(month, first, 'month')} ${part(month, first, 'year')}`);
        const [m1, y1, m2, y2] = [part(jalali, first, 'month'), part(jalali, first, 'year'), part(jalali, last, 'month'), part(jalali, last, 'year')];
        expect(fa.secondary).toBe(y1 === y2 ? `${m1} – ${m2} ${y1}` : `${m1} ${y1} – ${m2} ${y2}`);
      }
    }
    expect(() => monthLabel('2023-13', 'en')).toThrow(/no such month/);
  });
  it('groups counts as Intl.NumberFormat does, in Persian and English digits', () => {
    const fa = new Intl.NumberFormat('fa-IR');
    const en = new Intl.NumberFormat('en-GB');
    const samples = [0, 1, 9, 10, 99, 100, 999, 1000, 1234, 9999, 10_000, 50_427, 999_999, 1_000_000, 123_456_789, Number.MAX_SAFE_INTEGER];
    for (let n = 0; n < 3000; n += 7) samples.push(n * 37);
    for (const n of samples) {
      expect(formatCount(n, 'fa')).toBe(fa.format(n));
      expect(formatCount(n, 'en')).toBe(en.format(n));
    }
    // Not a count: left to Intl.
    expect(formatCount(-1234, 'en')).toBe(en.format(-1234));
    expect(formatCount(1.5, 'fa')).toBe(fa.format(1.5));
  });
  it('writes Persian digits and keeps everything else', () => {
    expect(persianDigits('2023-09 a')).toBe('۲۰۲۳-۰۹ a');
  });
});
