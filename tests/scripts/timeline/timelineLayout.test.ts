import { describe, expect, it } from 'vitest';
import { dayNumber, toTimelineData } from '../../../src/scripts/timeline/timelineData';
import { GEOMETRY, indexTimeline, layoutOverview, layoutTimeline, timeScale, type Mark } from '../../../src/scripts/timeline/timelineLayout';
import { syntheticItems } from '../../../src/scripts/timeline/syntheticItems';

const total = (marks: Mark[]): number => marks.reduce((n, m) => n + (m.kind === 'one' ? 1 : m.count), 0);

function setup(n: number) {
  const data = toTimelineData(syntheticItems(n));
  return { data, index: indexTimeline(data.day, data.lane) };
}

describe('timeScale', () => {
  it('runs earliest-at-right for rtl by reversing the range', () => {
    const domain: [number, number] = [dayNumber('2021-01-01'), dayNumber('2023-01-01')];
    const rtl = timeScale(domain, 800, 'rtl');
    const ltr = timeScale(domain, 800, 'ltr');
    expect(rtl.range()[0]).toBeGreaterThan(rtl.range()[1]!);
    expect(rtl(new Date('2021-01-01T00:00:00Z'))).toBeGreaterThan(rtl(new Date('2022-12-31T00:00:00Z')));
    expect(ltr(new Date('2021-01-01T00:00:00Z'))).toBeLessThan(ltr(new Date('2022-12-31T00:00:00Z')));
  });
});

describe('layoutTimeline', () => {
  it('accounts for every statement exactly once when fully zoomed out (counts sum to the total)', () => {
    for (const n of [1, 7, 250, 10_000]) {
      const { index } = setup(n);
      for (const dir of ['rtl', 'ltr'] as const) {
        expect(total(layoutTimeline(index, { width: 960, dir, lang: 'fa' }).marks)).toBe(n);
        expect(total(layoutTimeline(index, { width: 320, dir, lang: 'en' }).marks)).toBe(n);
      }
    }
  });

  it('a count covers exactly its statements, next to the mean x of their days (checked statement by statement)', () => {
    const { data, index } = setup(10_000);
    for (const dir of ['rtl', 'ltr'] as const) {
      const [a, b] = index.extent;
      for (const domain of [[a, b], [a + (b - a) * 0.3, a + (b - a) * 0.45], [b - 40, b]] as Array<[number, number]>) {
        const layout = layoutTimeline(index, { width: 1000, dir, lang: 'en', domain });
        const x = timeScale(domain, 1000, dir);
        const xOfDay = (day: number): number => x(new Date((day + 0.5) * 86_400_000));
        for (const m of layout.marks) {
          if (m.kind !== 'count') continue;
          // The statements of the mark's lane from its first to its last day, by a plain scan of the data.
          const mine = [...data.day.keys()].filter((i) => data.lane[i] === m.lane && data.day[i]! >= m.from && data.day[i]! <= m.to);
          expect(mine.length).toBe(m.count);
          const mean = mine.reduce((sum, i) => sum + xOfDay(data.day[i]!), 0) / mine.length;
          // The mean lies in the mark's bucket (binPx to √2 · binPx wide) and the mark is kept inside it by its radius.
          expect(Math.abs(m.x - mean)).toBeLessThanOrEqual(GEOMETRY.binPx * Math.SQRT2 - m.r + 0.05);
        }
      }
    }
  });

  it('keeps the DOM bounded: at 10,000 statements it draws at most a few marks per bucket', () => {
    const { index } = setup(10_000);
    const layout = layoutTimeline(index, { width: 1280, dir: 'ltr', lang: 'en' });
    expect(layout.marks.length).toBeLessThanOrEqual(3 * Math.ceil(1280 / 28) * 3);
    expect(layout.marks.some((m) => m.kind === 'count')).toBe(true);
  });

  it('splits counts as the view zooms in', () => {
    const { index } = setup(2_000);
    const wide = layoutTimeline(index, { width: 960, dir: 'ltr', lang: 'en' });
    const from = dayNumber('2022-01-01');
    const narrow = layoutTimeline(index, { width: 960, dir: 'ltr', lang: 'en', domain: [from, from + 20] });
    const biggest = (ms: Mark[]): number => Math.max(...ms.map((m) => (m.kind === 'count' ? m.count : 1)));
    expect(biggest(narrow.marks)).toBeLessThan(biggest(wide.marks));
    expect(narrow.marks.filter((m) => m.kind === 'one').length).toBeGreaterThan(wide.marks.filter((m) => m.kind === 'one').length);
    // Only statements near the view are drawn, and each visible one is accounted for.
    const { data } = setup(2_000);
    const inView = data.day.filter((d) => d >= from && d < from + 20).length;
    const drawn = total(narrow.marks.filter((m) => m.x >= 14 && m.x <= 946));
    expect(drawn).toBeGreaterThanOrEqual(inView);
    expect(total(narrow.marks)).toBeLessThan(2_000);
  });

  it('places a mark at its date: later dates further left in rtl, further right in ltr', () => {
    const items = [
      { id: 'a/1', date: '2022-01-01', capitals: ['baku' as const], speaker: 's', words: 'w' },
      { id: 'b/1', date: '2023-06-01', capitals: ['baku' as const], speaker: 's', words: 'w' },
    ];
    const data = toTimelineData(items);
    const index = indexTimeline(data.day, data.lane);
    const [rEarly, rLate] = layoutTimeline(index, { width: 900, dir: 'rtl', lang: 'fa' }).marks;
    const [lEarly, lLate] = layoutTimeline(index, { width: 900, dir: 'ltr', lang: 'en' }).marks;
    expect(rEarly!.x).toBeGreaterThan(rLate!.x);
    expect(lEarly!.x).toBeLessThan(lLate!.x);
    expect(rEarly!.x).toBeCloseTo(900 - lEarly!.x, 0);
  });

  it('leaves hidden lanes without marks', () => {
    const { index } = setup(300);
    const layout = layoutTimeline(index, { width: 960, dir: 'ltr', lang: 'en', visible: [true, false, true] });
    expect(layout.marks.some((m) => m.lane === 1)).toBe(false);
    expect(layout.lanes[1]!.visible).toBe(false);
    expect(total(layout.marks)).toBe(200);
  });

  it('gives the same layout whatever the local time zone (dates are calendar days)', () => {
    process.env.TZ = 'America/Los_Angeles'; // Node re-reads TZ when it changes
    expect(new Date(Date.UTC(2023, 8, 19)).getTimezoneOffset()).toBe(420);
    const data = toTimelineData([{ id: 'r/1', date: '2023-09-19', capitals: ['moscow'], speaker: 's', words: 'w' }]);
    expect(data.day[0]).toBe(Date.UTC(2023, 8, 19) / 86_400_000);
    const index = indexTimeline(data.day, data.lane);
    const layout = layoutTimeline(index, { width: 1000, dir: 'ltr', lang: 'en', domain: [data.day[0]!, data.day[0]! + 1] });
    // Fully zoomed on that one day, the mark sits in the middle of it (give or take the
    // few px a mark may be nudged to stay inside its bucket).
    expect(Math.abs(layout.marks[0]!.x - 500)).toBeLessThanOrEqual(6);
    expect(layout.ticks.map((t) => t.label)).toContain('Sep 19');
  });
});

describe('layoutOverview', () => {
  const bars = (path: string): number[] => [...path.matchAll(/M([-\d.]+),/g)].map((m) => Number(m[1]));

  it('puts a single statement at its date on the time scale, mirrored in rtl', () => {
    const data = toTimelineData([
      { id: 'r/1', date: '2021-01-01', capitals: ['baku'], speaker: 's', words: 'w' },
      { id: 'r/2', date: '2023-06-15', capitals: ['baku'], speaker: 's', words: 'w' },
    ]);
    const index = indexTimeline(data.day, data.lane);
    for (const dir of ['ltr', 'rtl'] as const) {
      const x = timeScale(index.extent, 900, dir);
      const at = bars(layoutOverview(index, 900, dir).paths[0]!);
      const expected = ['2021-01-01', '2023-06-15'].map((d) => Math.floor((x(new Date(`${d}T12:00:00Z`)) - 14) / 3) * 3 + 14);
      expect(at.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    }
  });

  it('draws one bar per 3 px bucket, and nothing in lanes without statements', () => {
    const data = toTimelineData(syntheticItems(3000).map((s) => ({ ...s, capitals: ['moscow' as const] })));
    const { paths } = layoutOverview(indexTimeline(data.day, data.lane), 600, 'ltr');
    expect(paths[0]).toBe('');
    expect(paths[2]).toBe('');
    const xs = bars(paths[1]!);
    expect(new Set(xs).size).toBe(xs.length);
    expect(xs.length).toBeLessThanOrEqual(Math.ceil(600 / 3));
  });
});
