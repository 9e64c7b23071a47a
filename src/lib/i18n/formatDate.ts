/**
 * Date labels for the interface. Dates are calendar days (`YYYY-MM-DD`), never instants:
 * they are read as UTC midnight and always formatted with `timeZone: 'UTC'`, so the day
 * shown is the day written whatever the reader's or the builder's time zone.
 */
import type { UiLang } from '../url/sitePaths';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** UTC midnight of a `YYYY-MM-DD` day; throws on anything else (a bad date must not print as "Invalid Date"). */
export function utcDay(day: string): Date {
  const m = ISO_DAY.exec(day);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(day)}`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.toISOString().slice(0, 10) !== day) throw new Error(`no such day: ${day}`);
  return date;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

const LONG: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };

/** Solar Hijri date in Persian digits, e.g. `۲۸ شهریور ۱۴۰۲`. */
export const jalaliLabel = (day: string): string => formatter('fa-IR-u-ca-persian', LONG).format(utcDay(day));
/** Gregorian date written in Persian, e.g. `۱۹ سپتامبر ۲۰۲۳`. */
export const gregorianFaLabel = (day: string): string => formatter('fa-IR-u-ca-gregory', LONG).format(utcDay(day));
/** Gregorian date in English, e.g. `September 19, 2023`. */
export const gregorianEnLabel = (day: string): string => formatter('en-GB', LONG).format(utcDay(day));

/**
 * The label of a day in the interface language: `primary` is what the reader's calendar
 * says (Solar Hijri for Persian, Gregorian for English); `secondary` is the Gregorian date in
 * Persian beside it, or `undefined` in English.
 */
export function dayLabel(day: string, lang: UiLang): { primary: string; secondary?: string } {
  if (lang === 'fa') return { primary: jalaliLabel(day), secondary: gregorianFaLabel(day) };
  return { primary: gregorianEnLabel(day) };
}

/**
 * The label of a Gregorian month (`YYYY-MM`): `September 2023`; in Persian `سپتامبر ۲۰۲۳`
 * with the Solar Hijri months it spans as `secondary` (`شهریور – مهر ۱۴۰۲`).
 */
export function monthLabel(month: string, lang: UiLang): { primary: string; secondary?: string } {
  const m = ISO_MONTH.exec(month);
  if (!m) throw new Error(`not a YYYY-MM month: ${JSON.stringify(month)}`);
  const first = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  if (lang === 'en') return { primary: formatter('en-GB', MONTH).format(first) };
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0));
  // Persian month+year formats put the year first; compose "month year" from parts instead.
  const jalali = formatter('fa-IR-u-ca-persian', MONTH);
  const part = (d: Date, type: string) => jalali.formatToParts(d).find((p) => p.type === type)?.value ?? '';
  const [m1, y1, m2, y2] = [part(first, 'month'), part(first, 'year'), part(last, 'month'), part(last, 'year')];
  const faGregorian = formatter('fa-IR-u-ca-gregory', MONTH);
  const gPart = (type: string) => faGregorian.formatToParts(first).find((p) => p.type === type)?.value ?? '';
  return {
    primary: `${gPart('month')} ${gPart('year')}`,
    secondary: y1 === y2 ? `${m1} – ${m2} ${y1}` : `${m1} ${y1} – ${m2} ${y2}`,
  };
}

/** A count in the interface language's digits (`۱۲` in Persian), no grouping for small numbers. */
export function formatCount(n: number, lang: UiLang): string {
  return new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-GB').format(n);
}
