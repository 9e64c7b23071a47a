/**
 * The few shapes of date and number text the interface shows, written from CLDR's tables
 * rather than through `Intl`. Why: the first `Intl` object a page makes costs 45–96 ms of ICU
 * start-up in Chromium (whatever the locale), and the timeline's first draw needs nothing
 * else from `Intl`; at a phone's speed that is a long task of its own. The output is exactly
 * what ICU prints for these options (`fa-IR-u-ca-persian`, `fa-IR-u-ca-gregory`, `en-GB`,
 * `en`); tests/lib/i18n/calendarText.test.ts compares every day of 1990–2040 with `Intl`.
 */
import { toJalaali } from 'jalaali-js';

const FA_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** Western digits written as Persian digits (`2023` → `۲۰۲۳`); anything else is kept. */
export function persianDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (d) => FA_DIGITS[Number(d)]!);
}

/** Solar Hijri month names, Farvardin first. */
export const JALALI_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'] as const;
/** Gregorian month names in Persian as a date writes them (with the ezafe: `ژانویهٔ ۲۰۲۴`), January first. */
export const GREGORIAN_MONTHS_FA = ['ژانویهٔ', 'فوریهٔ', 'مارس', 'آوریل', 'مهٔ', 'ژوئن', 'ژوئیهٔ', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'] as const;
/** Gregorian month names in English, January first. */
export const GREGORIAN_MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
/** Short English month names (`en`, as the timeline's axis shows them), January first. */
export const GREGORIAN_MONTHS_EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A calendar date split into numbers; `month` is 1-based. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The Solar Hijri date of a Gregorian one (jalaali-js). */
export function toJalali(g: CalendarDate): CalendarDate {
  const j = toJalaali(g.year, g.month, g.day);
  return { year: j.jy, month: j.jm, day: j.jd };
}

/** `۲۸ شهریور ۱۴۰۲` for a Solar Hijri date. */
export const jalaliDayText = (j: CalendarDate): string => `${persianDigits(j.day)} ${JALALI_MONTHS[j.month - 1]} ${persianDigits(j.year)}`;
/** `۱۹ سپتامبر ۲۰۲۳` for a Gregorian date. */
export const gregorianFaDayText = (g: CalendarDate): string => `${persianDigits(g.day)} ${GREGORIAN_MONTHS_FA[g.month - 1]} ${persianDigits(g.year)}`;
/** `19 September 2023` for a Gregorian date. */
export const gregorianEnDayText = (g: CalendarDate): string => `${g.day} ${GREGORIAN_MONTHS_EN[g.month - 1]} ${g.year}`;

const GROUP = { fa: '٬', en: ',' } as const;
// The timeline's canvas writes the same few cluster counts on every frame of a gesture.
const counts = { fa: new Map<number, string>(), en: new Map<number, string>() };

/**
 * A whole count with thousands grouped, in the language's digits: `50,427` / `۵۰٬۴۲۷`, as
 * `Intl.NumberFormat('en-GB' | 'fa-IR')` prints it. Anything but a non-negative safe integer
 * (never a count) goes to `Intl`.
 */
export function formatCount(n: number, lang: 'fa' | 'en'): string {
  if (!Number.isSafeInteger(n) || n < 0) return new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en-GB').format(n);
  let text = counts[lang].get(n);
  if (text === undefined) {
    const grouped = String(n).replace(/\B(?=(\d{3})+$)/g, GROUP[lang]);
    text = lang === 'fa' ? persianDigits(grouped) : grouped;
    counts[lang].set(n, text);
  }
  return text;
}
