import { describe, expect, it } from 'vitest';

process.env.TZ = 'America/Los_Angeles'; // a non-UTC zone: a tick must not move by a day
import { gregorianTicks, jalaliTicks } from '../../../src/scripts/timeline/timeTicks';

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const isoOf = (d: Date): string => d.toISOString().slice(0, 10);

describe('jalaliTicks', () => {
  it('puts year ticks at Nowruz, labelled with the Solar Hijri year', () => {
    const ticks = jalaliTicks(utc('2020-06-01'), utc('2024-12-31'), 300).filter((t) => t.major);
    expect(ticks.map((t) => isoOf(t.date))).toEqual(['2021-03-21', '2022-03-21', '2023-03-21', '2024-03-20']);
    expect(ticks.map((t) => t.label)).toEqual(['۱۴۰۰', '۱۴۰۱', '۱۴۰۲', '۱۴۰۳']);
  });

  it('puts month ticks on the first day of each Jalali month when zoomed to months', () => {
    const ticks = jalaliTicks(utc('2023-03-01'), utc('2023-07-01'), 400);
    expect(ticks.map((t) => isoOf(t.date))).toEqual(['2023-03-21', '2023-04-21', '2023-05-22', '2023-06-22']);
    expect(ticks[1]!.label).toBe('اردیبهشت');
  });

  it('labels day ticks with the Jalali day and month when zoomed to weeks', () => {
    const ticks = jalaliTicks(utc('2023-09-10'), utc('2023-10-10'), 500);
    const ids = ticks.map((t) => isoOf(t.date));
    expect(ids).toContain('2023-09-23'); // 1 Mehr 1402
    expect(ticks.find((t) => isoOf(t.date) === '2023-09-13')!.label).toBe('۲۲ شهریور');
  });
});

describe('gregorianTicks', () => {
  it('labels year starts with the year and month starts with the month', () => {
    const ticks = gregorianTicks(utc('2021-11-01'), utc('2022-03-15'), 500);
    expect(ticks.map((t) => isoOf(t.date))).toEqual(['2021-11-01', '2021-12-01', '2022-01-01', '2022-02-01', '2022-03-01']);
    expect(ticks.map((t) => t.label)).toEqual(['Nov', 'Dec', '2022', 'Feb', 'Mar']);
  });

  it('gives fewer ticks on a narrower axis, never labels closer than 40 px', () => {
    const span = [utc('2020-01-01'), utc('2024-12-31')] as const;
    for (const width of [300, 600, 1200]) {
      for (const ticks of [gregorianTicks(...span, width), jalaliTicks(...span, width)]) {
        expect(ticks.length).toBeGreaterThan(1);
        expect(ticks.length).toBeLessThanOrEqual(width / 40 + 1);
      }
    }
    expect(jalaliTicks(...span, 300).length).toBeLessThan(jalaliTicks(...span, 1200).length);
  });
});

describe('tick labels', () => {
  it('are what Intl prints for the tick, at every step from decades to days, 2015–2025', () => {
    const f = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    const fa = { year: f('fa-IR-u-ca-persian', { year: 'numeric' }), month: f('fa-IR-u-ca-persian', { month: 'long' }), day: f('fa-IR-u-ca-persian', { month: 'long', day: 'numeric' }) };
    const en = { year: f('en', { year: 'numeric' }), month: f('en', { month: 'short' }), day: f('en', { month: 'short', day: 'numeric' }) };
    const seen = new Set<string>();
    // From the whole decade down to a fortnight (day ticks), over 1,000 px.
    for (const days of [3650, 1200, 400, 120, 40, 14]) {
      for (let t = Date.UTC(2015, 0, 1); t + days * 864e5 <= Date.UTC(2025, 11, 31); t += days * 864e5) {
        const span = [new Date(t), new Date(t + days * 864e5)] as const;
        for (const tick of jalaliTicks(...span, 1000)) {
          const kind = /^[۰-۹]+$/.test(tick.label) ? 'year' : /[۰-۹]/.test(tick.label) ? 'day' : 'month';
          expect(tick.label).toBe(fa[kind].format(tick.date));
          seen.add(`fa ${kind}`);
        }
        for (const tick of gregorianTicks(...span, 1000)) {
          const kind = /^\d+$/.test(tick.label) ? 'year' : /\d/.test(tick.label) ? 'day' : 'month';
          expect(tick.label).toBe(en[kind].format(tick.date));
          seen.add(`en ${kind}`);
        }
      }
    }
    expect([...seen].sort()).toEqual(['en day', 'en month', 'en year', 'fa day', 'fa month', 'fa year']);
  });
});
