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

/** A date as the interface shows it: the reader's calendar, and the Gregorian date beside it in Persian. */
export interface DateLabel {
  primary: string;
  secondary?: string;
}

// A build labels the same few thousand days and months on tens of thousands of pages (pagers,
// month indexes, lists), and Intl formatting is slow: each label is made once per process.
const dayLabels = new Map<string, Readonly<DateLabel>>();
const monthLabels = new Map<string, Readonly<DateLabel>>();
function remember(cache: Map<string, Readonly<DateLabel>>, key: string, make: () => DateLabel): Readonly<DateLabel> {
  let label = cache.get(key);
  if (label === undefined) {
    label = Object.freeze(make());
    cache.set(key, label);
  }
  return label;
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
export function dayLabel(day: string, lang: UiLang): Readonly<DateLabel> {
  return remember(dayLabels, `${lang}${day}`, () => (lang === 'fa' ? { primary: jalaliLabel(day), secondary: gregorianFaLabel(day) } : { primary: gregorianEnLabel(day) }));
}

/**
 * The label of a Gregorian month (`YYYY-MM`): `September 2023`; in Persian `سپتامبر ۲۰۲۳`
 * with the Solar Hijri months it spans as `secondary` (`شهریور – مهر ۱۴۰۲`).
 */
export function monthLabel(month: string, lang: UiLang): Readonly<DateLabel> {
  return remember(monthLabels, `${lang}${month}`, () => composeMonthLabel(month, lang));
}

function composeMonthLabel(month: string, lang: UiLang): DateLabel {
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

// Making an Intl.NumberFormat costs far more than using one (5 s of a 10,000-report build).
const counters: Partial<Record<UiLang, Intl.NumberFormat>> = {};

/** A count in the interface language's digits (`۱۲` in Persian), no grouping for small numbers. */
export function formatCount(n: number, lang: UiLang): string {
  return (counters[lang] ??= new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-GB')).format(n);
}
