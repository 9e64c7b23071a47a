/**
 * Axis ticks in the reader's calendar: Gregorian (d3-time's UTC intervals) for English,
 * Solar Hijri for Persian (year and month boundaries from jalaali-js, since d3 only knows the
 * Gregorian calendar). Dates are UTC midnights, so a tick never moves by a day in the reader's
 * time zone. Labels are written from `calendarText`'s tables, not `Intl`, whose first use costs
 * the page 45–96 ms of ICU start-up; they are what `Intl` prints (tests/scripts/timeline/timeTicks.test.ts).
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js';
import { GREGORIAN_MONTHS_EN_SHORT, JALALI_MONTHS, persianDigits } from '../../lib/i18n/calendarText';

/** One tick: its instant (UTC midnight), its label, and whether it starts a year. */
export interface TimeTick {
  date: Date;
  label: string;
  major: boolean;
}

type Unit = 'year' | 'month' | 'day';
/**
 * From coarse to fine; `days` is the rough length of one step, to count ticks before making
 * them, and `room` the width in px a label of that step needs (a year is short, a day long).
 */
const STEPS: ReadonlyArray<{ unit: Unit; step: number; days: number; room: number }> = [
  { unit: 'year', step: 10, days: 3652, room: 48 },
  { unit: 'year', step: 5, days: 1826, room: 48 },
  { unit: 'year', step: 2, days: 730, room: 48 },
  { unit: 'year', step: 1, days: 365, room: 48 },
  { unit: 'month', step: 6, days: 183, room: 64 },
  { unit: 'month', step: 3, days: 91, room: 64 },
  { unit: 'month', step: 1, days: 30.4, room: 64 },
  { unit: 'day', step: 7, days: 7.6, room: 84 },
  { unit: 'day', step: 1, days: 1, room: 84 },
];

/** The finest step whose labels fit in `widthPx` over `spanDays` (the coarsest if none does). */
function chooseStep(spanDays: number, widthPx: number): { unit: Unit; step: number } {
  let chosen = STEPS[0]!;
  for (const s of STEPS) if ((spanDays / s.days) * s.room <= widthPx) chosen = s;
  return chosen;
}

/** Tick labels recur on every zoom frame, so each Persian one is written once. */
const faLabels = new Map<number, string>();
function faLabel(jy: number, jm: number, jd: number): string {
  const key = (jy * 100 + jm) * 100 + jd;
  let label = faLabels.get(key);
  if (label === undefined) {
    label = jm === 1 && jd === 1 ? persianDigits(jy) : jd === 1 ? JALALI_MONTHS[jm - 1]! : `${persianDigits(jd)} ${JALALI_MONTHS[jm - 1]}`;
    faLabels.set(key, label);
  }
  return label;
}

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const DAY_STARTS = [1, 8, 15, 22];

/** Gregorian ticks for `[start, end]` drawn over `widthPx`, labelled in English. */
export function gregorianTicks(start: Date, end: Date, widthPx: number): TimeTick[] {
  const { unit, step } = chooseStep((+end - +start) / 86_400_000, widthPx);
  const stop = new Date(+end + 1);
  const dates =
    unit === 'year'
      ? utcYear.every(step)!.range(start, stop)
      : unit === 'month'
        ? utcMonth.every(step)!.range(start, stop)
        : step === 7
          ? utcDay.filter((d) => DAY_STARTS.includes(d.getUTCDate())).range(start, stop)
          : utcDay.range(start, stop);
  return dates.map((date) => {
    const yearStart = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
    const monthStart = date.getUTCDate() === 1;
    const month = GREGORIAN_MONTHS_EN_SHORT[date.getUTCMonth()]!;
    const label = unit === 'year' || yearStart ? String(date.getUTCFullYear()) : unit === 'month' || monthStart ? month : `${month} ${date.getUTCDate()}`;
    return { date, label, major: yearStart };
  });
}

/** Solar Hijri ticks for `[start, end]`: years begin at Nowruz, months at each Jalali month's first day; labels in Persian. */
export function jalaliTicks(start: Date, end: Date, widthPx: number): TimeTick[] {
  const { unit, step } = chooseStep((+end - +start) / 86_400_000, widthPx);
  const a = toJalaali(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate());
  const b = toJalaali(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate());
  const ticks: TimeTick[] = [];
  const push = (jy: number, jm: number, jd: number): void => {
    const g = toGregorian(jy, jm, jd);
    const date = utc(g.gy, g.gm, g.gd);
    if (date < start || date > end) return;
    ticks.push({ date, label: faLabel(jy, jm, jd), major: jm === 1 && jd === 1 });
  };
  for (let jy = a.jy; jy <= b.jy; jy++) {
    if (unit === 'year') {
      if (jy % step === 0) push(jy, 1, 1);
      continue;
    }
    for (let jm = 1; jm <= 12; jm++) {
      if (jy === a.jy && jm < a.jm) continue;
      if (jy === b.jy && jm > b.jm) break;
      if (unit === 'month') {
        if ((jm - 1) % step === 0) push(jy, jm, 1);
        continue;
      }
      const days = step === 7 ? DAY_STARTS : Array.from({ length: jalaaliMonthLength(jy, jm) }, (_, i) => i + 1);
      for (const jd of days) push(jy, jm, jd);
    }
  }
  return ticks;
}

/** Ticks in the calendar of `lang` (Solar Hijri for `fa`, Gregorian for `en`) for an axis `widthPx` long. */
export function timeTicks(lang: 'fa' | 'en', start: Date, end: Date, widthPx: number): TimeTick[] {
  return lang === 'fa' ? jalaliTicks(start, end, widthPx) : gregorianTicks(start, end, widthPx);
}
