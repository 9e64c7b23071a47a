import { describe, expect, it } from 'vitest';
import { dayLabel, formatCount, gregorianEnLabel, jalaliLabel, monthLabel, utcDay } from '@/lib/i18n/formatDate';
import { toAsciiDigits } from '@/lib/text/normalise';

const parts = (s: string) => toAsciiDigits(s).split(/\s+/);

describe('date labels', () => {
  it('shows 2023-09-19 as 28 Shahrivar 1402 in Persian digits', () => {
    const label = jalaliLabel('2023-09-19');
    expect(label).toMatch(/^[\u06F0-\u06F9]+ \S+ [\u06F0-\u06F9]+$/);
    expect(parts(label)).toEqual(['28', 'شهریور', '1402']);
  });
  it('never shifts a day, whatever the process time zone (tests run under TZ=America/Los_Angeles too)', () => {
    for (const day of ['2020-09-27', '2020-11-10', '2023-09-19', '2024-03-20', '2024-12-31', '2021-01-01']) {
      expect(utcDay(day).toISOString().slice(0, 10)).toBe(day);
      const d = Number(day.slice(8, 10));
      expect(gregorianEnLabel(day)).toMatch(new RegExp(`^${d} `));
    }
    expect(parts(jalaliLabel('2024-03-20'))).toEqual(['1', 'فروردین', '1403']);
    expect(parts(jalaliLabel('2024-03-19'))).toEqual(['29', 'اسفند', '1402']);
  });
  it('puts the Gregorian date beside the Solar Hijri one in Persian, and only Gregorian in English', () => {
    const fa = dayLabel('2020-11-10', 'fa');
    expect(parts(fa.primary)).toEqual(['20', 'آبان', '1399']);
    expect(parts(fa.secondary ?? '')).toEqual(['10', 'نوامبر', '2020']);
    expect(dayLabel('2020-11-10', 'en')).toEqual({ primary: '10 November 2020' });
  });
  it('labels a Gregorian month, with the Solar Hijri months it spans in Persian', () => {
    expect(monthLabel('2023-09', 'en').primary).toBe('September 2023');
    const fa = monthLabel('2023-09', 'fa');
    expect(toAsciiDigits(fa.primary)).toBe('سپتامبر 2023');
    expect(toAsciiDigits(fa.secondary ?? '')).toBe('شهریور – مهر 1402');
    expect(toAsciiDigits(monthLabel('2024-03', 'fa').secondary ?? '')).toBe('اسفند 1402 – فروردین 1403');
  });
  it('rejects a date that is not a real YYYY-MM-DD day', () => {
    expect(() => utcDay('2023-02-30')).toThrow(/no such day/);
    expect(() => utcDay('19/09/2023')).toThrow(/YYYY-MM-DD/);
  });
  it('makes each label once and hands out a frozen copy, so no page can change another page\'s label', () => {
    const first = dayLabel('2021-06-01', 'fa');
    expect(dayLabel('2021-06-01', 'fa')).toBe(first);
    expect(dayLabel('2021-06-01', 'en')).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(monthLabel('2021-06', 'fa'))).toBe(true);
    expect(monthLabel('2021-06', 'en')).toEqual({ primary: 'June 2021' });
    expect(() => dayLabel('2021-02-30', 'fa')).toThrow(/no such day/);
  });
  it('writes counts in Persian digits for the Persian interface', () => {
    expect(formatCount(12, 'fa')).toBe('۱۲');
    expect(formatCount(12, 'en')).toBe('12');
  });
});
