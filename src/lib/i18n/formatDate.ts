/**
 * Date labels for the interface. Dates are calendar days (`YYYY-MM-DD`), never instants:
 * they are read as UTC midnight and split in UTC, so the day shown is the day written
 * whatever the reader's or the builder's time zone. The text comes from `calendarText`
 * (CLDR's tables, the same strings `Intl` prints, without its start-up cost in a browser).
 */
import type { UiLang } from '../url/sitePaths';
import {
  gregorianEnDayText, gregorianFaDayText, GREGORIAN_MONTHS_EN, GREGORIAN_MONTHS_FA, JALALI_MONTHS, jalaliDayText, persianDigits, toJalali, type CalendarDate,
} from './calendarText';

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

/** A date as the interface shows it: the reader's calendar, and the Gregorian date beside it in Persian. */
export interface DateLabel {
  primary: string;
  secondary?: string;
}

// A build labels the same few thousand days and months on tens of thousands of pages (pagers,
// month indexes, lists): each label is made once per process.
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

const parts = (day: string): CalendarDate => {
  const date = utcDay(day);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/** Solar Hijri date in Persian digits, e.g. `۲۸ شهریور ۱۴۰۲`. */
export const jalaliLabel = (day: string): string => jalaliDayText(toJalali(parts(day)));
/** Gregorian date written in Persian, e.g. `۱۹ سپتامبر ۲۰۲۳`. */
export const gregorianFaLabel = (day: string): string => gregorianFaDayText(parts(day));
/** Gregorian date in English, e.g. `19 September 2023`. */
export const gregorianEnLabel = (day: string): string => gregorianEnDayText(parts(day));

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
  const year = Number(m[1]);
  const index = Number(m[2]) - 1;
  if (!(index >= 0 && index < 12)) throw new Error(`no such month: ${month}`);
  if (lang === 'en') return { primary: `${GREGORIAN_MONTHS_EN[index]} ${year}` };
  const lastDay = new Date(Date.UTC(year, index + 1, 0)).getUTCDate();
  const first = toJalali({ year, month: index + 1, day: 1 });
  const last = toJalali({ year, month: index + 1, day: lastDay });
  const [m1, y1, m2, y2] = [JALALI_MONTHS[first.month - 1], persianDigits(first.year), JALALI_MONTHS[last.month - 1], persianDigits(last.year)];
  return {
    primary: `${GREGORIAN_MONTHS_FA[index]} ${persianDigits(year)}`,
    secondary: y1 === y2 ? `${m1} – ${m2} ${y1}` : `${m1} ${y1} – ${m2} ${y2}`,
  };
}

/** Counts are written by `calendarText` too; the interface imports them from here with the dates. */
export { formatCount } from './calendarText';
