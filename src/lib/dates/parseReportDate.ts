/**
 * A report's date from its front matter or file name, as a Gregorian `YYYY-MM-DD`.
 * Accepts ISO dates and Solar Hijri (Jalali) dates in Latin, Persian or Arabic-Indic digits;
 * a year below 1700 is read as Jalali and converted with the maintained `jalaali-js`.
 * Never guesses: anything else is a problem with a hint.
 */
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import { toAsciiDigits } from '../text/normalise';

/** A parsed date, or why the value is not one. */
export type DateResult =
  | { ok: true; date: string; calendar: 'gregorian' | 'jalali' }
  | { ok: false; message: string; hint: string };

/** First year read as Gregorian; anything lower is a Solar Hijri year (1402 = 2023/24). */
export const FIRST_GREGORIAN_YEAR = 1700;

const HINT = 'write the date as 2023-09-19 (Gregorian) or 1402/06/28 (Solar Hijri), in quotes or not';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` from numbers already known to be a valid Gregorian date. */
const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** True when y-m-d exists in the (proleptic) Gregorian calendar, e.g. not 2023-02-30. */
export function isValidGregorianDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** Year, month, day in any digit set, separated by `-` or `/`. */
const DATE_SHAPE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

function fromParts(y: number, m: number, d: number, written: string): DateResult {
  if (y >= FIRST_GREGORIAN_YEAR) {
    if (!isValidGregorianDate(y, m, d)) {
      return { ok: false, message: `"${written}" is not a real Gregorian date`, hint: `check the month (1–12) and the day for that month; ${HINT}` };
    }
    return { ok: true, date: iso(y, m, d), calendar: 'gregorian' };
  }
  if (!isValidJalaaliDate(y, m, d)) {
    const leapNote = m === 12 && d === 30 ? ` (${y} is not a leap year in the Solar Hijri calendar, so Esfand has 29 days)` : '';
    return {
      ok: false,
      message: `"${written}" is not a real Solar Hijri date${leapNote}`,
      hint: `months 1–6 have 31 days, 7–11 have 30, Esfand (12) 29 or 30 in a leap year; ${HINT}`,
    };
  }
  const g = toGregorian(y, m, d);
  return { ok: true, date: iso(g.gy, g.gm, g.gd), calendar: 'jalali' };
}

/**
 * Parses a front-matter `date`.
 * @param value A string (`2023-09-19`, `1402/06/28`, `1402-06-28`, `۱۴۰۲/۰۶/۲۸`, `١٤٠٢/٠٦/٢٨`)
 *   or a `Date` that a YAML 1.1 reader made of an unquoted date (read in UTC, so no day shift).
 * @returns The Gregorian `YYYY-MM-DD`, or a message and hint.
 */
export function parseReportDate(value: unknown): DateResult {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, message: 'the date is not a valid date', hint: HINT };
    // YAML timestamps without a time are midnight UTC: read them in UTC, never local time.
    return { ok: true, date: iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()), calendar: 'gregorian' };
  }
  if (typeof value !== 'string') {
    const shown = value === null || value === undefined ? 'empty' : `${typeof value} ${JSON.stringify(value)}`;
    return { ok: false, message: `the date is ${shown}, not a date`, hint: HINT };
  }
  const written = value.trim();
  const match = DATE_SHAPE.exec(toAsciiDigits(written));
  if (!match) return { ok: false, message: `"${written}" is not a date in a form the site reads`, hint: HINT };
  return fromParts(Number(match[1]), Number(match[2]), Number(match[3]), written);
}

/** A file name that starts with a date: `2023-09-19-baku-operation.md`. */
const FILE_DATE = /^(\d{4}-\d{2}-\d{2})(?:[-_.\s]|$)/;

/**
 * The date a file name starts with (`YYYY-MM-DD-…`), if any.
 * @param fileName The file's base name (directories are ignored if present).
 * @returns `undefined` when the name does not start with a date; otherwise the parsed date,
 *   which may be a problem (`2023-02-30-x.md`).
 */
export function dateFromFileName(fileName: string): DateResult | undefined {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const match = FILE_DATE.exec(toAsciiDigits(base));
  if (!match) return undefined;
  const result = parseReportDate(match[1]);
  if (result.ok && result.calendar !== 'gregorian') {
    return { ok: false, message: `the file name starts with "${match[1]}", which is not a Gregorian date`, hint: 'start the file name with the Gregorian date (2023-09-19-…) or give `date:` in the front matter' };
  }
  return result;
}
