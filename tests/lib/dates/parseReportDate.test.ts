import { describe, expect, it } from 'vitest';
import { dateFromFileName, parseReportDate } from '../../../src/lib/dates/parseReportDate';

const ok = (value: unknown) => {
  const r = parseReportDate(value);
  if (!r.ok) throw new Error(`expected a date, got: ${r.message}`);
  return r.date;
};
const problem = (value: unknown) => {
  const r = parseReportDate(value);
  if (r.ok) throw new Error(`expected a problem, got ${r.date}`);
  return r;
};

describe('parseReportDate', () => {
  it('reads an ISO date as written', () => {
    expect(ok('2023-09-19')).toBe('2023-09-19');
    expect(ok(' 2020-11-10 ')).toBe('2020-11-10');
    expect(ok('2023/9/1')).toBe('2023-09-01');
  });

  it('converts a Solar Hijri date in Latin digits, with / or -', () => {
    expect(ok('1402/06/28')).toBe('2023-09-19');
    expect(ok('1402-06-28')).toBe('2023-09-19');
    expect(ok('1399/08/20')).toBe('2020-11-10');
  });

  it('converts a Solar Hijri date in Persian and in Arabic-Indic digits', () => {
    expect(ok('۱۴۰۲/۰۶/۲۸')).toBe('2023-09-19');
    expect(ok('١٤٠٢/٠٦/٢٨')).toBe('2023-09-19');
    expect(ok('۱۴۰۲-۶-۲۸')).toBe('2023-09-19');
  });

  it('rejects impossible Gregorian dates', () => {
    expect(problem('2023-02-30').message).toContain('"2023-02-30" is not a real Gregorian date');
    expect(problem('2023-13-01').message).toContain('not a real Gregorian date');
    expect(problem('2023-04-31').message).toContain('not a real Gregorian date');
  });

  it('rejects impossible Solar Hijri dates', () => {
    expect(problem('1402/13/01').message).toContain('"1402/13/01" is not a real Solar Hijri date');
    expect(problem('1402/07/31').message).toContain('not a real Solar Hijri date');
    expect(problem('1402/00/10').message).toContain('not a real Solar Hijri date');
  });

  it('follows Gregorian leap years: 2024 and 2000 yes, 2023 and 1900 no', () => {
    expect(ok('2024-02-29')).toBe('2024-02-29');
    expect(ok('2000-02-29')).toBe('2000-02-29');
    expect(problem('2023-02-29').ok).toBe(false);
    expect(problem('1900-02-29').ok).toBe(false);
  });

  it('follows Solar Hijri leap years: 1403 has Esfand 30, 1402 does not', () => {
    expect(ok('1403/12/30')).toBe('2025-03-20');
    expect(ok('1399/12/30')).toBe('2021-03-20');
    const r = problem('1402/12/30');
    expect(r.message).toContain('1402 is not a leap year');
    expect(r.hint).toContain('Esfand');
  });

  it('reads a YAML Date object in UTC, without a time-zone shift', () => {
    expect(ok(new Date(Date.UTC(2023, 8, 19)))).toBe('2023-09-19');
    expect(ok(new Date('2023-09-19'))).toBe('2023-09-19');
    expect(ok(new Date('2020-01-01T00:00:00Z'))).toBe('2020-01-01');
  });

  it('rejects an invalid Date object, numbers, empty values and free text with a hint', () => {
    expect(problem(new Date('nope')).hint).toContain('2023-09-19');
    expect(problem(20230919).message).toContain('number 20230919');
    expect(problem(null).message).toContain('empty');
    expect(problem('19 September 2023').message).toContain('not a date in a form the site reads');
    expect(problem('2023-09-19T10:00').ok).toBe(false);
  });
});

describe('dateFromFileName', () => {
  it('reads the date a file name starts with', () => {
    expect(dateFromFileName('2023-09-19-baku-operation.md')).toMatchObject({ ok: true, date: '2023-09-19' });
    expect(dateFromFileName('2023/sub/2023-09-19.md')).toMatchObject({ ok: true, date: '2023-09-19' });
  });

  it('returns undefined when the name does not start with a date', () => {
    expect(dateFromFileName('baku-operation.md')).toBeUndefined();
    expect(dateFromFileName('2023-09-baku.md')).toBeUndefined();
    expect(dateFromFileName('report-2023-09-19.md')).toBeUndefined();
  });

  it('reports an impossible date in the file name instead of ignoring it', () => {
    expect(dateFromFileName('2023-02-30-x.md')).toMatchObject({ ok: false });
  });

  it('refuses a Solar Hijri year in a file name: file names are Gregorian', () => {
    const r = dateFromFileName('1402-06-28-x.md');
    expect(r).toMatchObject({ ok: false });
  });
});
