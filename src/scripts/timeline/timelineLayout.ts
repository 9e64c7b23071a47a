/**
 * Where everything on the timeline goes, as numbers: lanes, axis ticks and marks for a view of
 * the statements at a given width and direction. Pure (no DOM), so the build renders the first
 * view with it and the browser re-runs it on every zoom frame.
 *
 * Aggregation: the time axis is cut into buckets at least `binPx` wide (counted from the start
 * of the whole range, so panning never regroups marks). A bucket with at most `stackMax`
 * statements in a lane shows each of them, stacked; a fuller one shows a single count mark.
 * Zooming in makes buckets shorter in time, so counts split. The work per frame is bounded by
 * the statements in view (found by binary search) and the DOM by the number of buckets.
 */
import { bisectLeft } from 'd3-array';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { CAPITALS, type Capital } from '../../lib/capitals';
import { dayDate, dateDay } from './timelineData';
import { timeTicks } from './timeTicks';

/** Sizes in SVG units (= CSS px once the client sets the viewBox to the element's width). */
export const GEOMETRY = {
  /** Space at each end of the axis. */
  pad: 14,
  laneHeight: 62,
  /** Lane label height at the top of each lane. */
  labelHeight: 16,
  axisHeight: 30,
  /** Axis ticks: length under the rule, and the baseline of their labels below it. */
  tickLength: 5,
  tickLabelY: 18,
  binPx: 28,
  stackMax: 3,
  stackGap: 13,
  markR: 6,
  overviewHeight: 40,
} as const;

/** Per-lane sorted days and statement indexes, built once from the data. */
export interface TimelineIndex {
  /** For each lane, the days of its statements, ascending. */
  days: Float64Array[];
  /** For each lane, the statement index (into the data arrays) of each day above. */
  items: Int32Array[];
  /** For each lane, running sums of `days` (`sums[l][j]` = days[0] + … + days[j − 1]): a bucket's mean day in O(1). */
  sums: Float64Array[];
  /** Whole range shown when fully zoomed out, in days: `[first - margin, last + 1 + margin]`. */
  extent: [number, number];
  count: number;
}

/** Range shown when there are no statements at all (a fixed one, so builds are reproducible). */
const EMPTY_EXTENT: [number, number] = [dateDay(Date.UTC(2020, 0, 1)), dateDay(Date.UTC(2025, 0, 1))];

/** Indexes statements by lane; `day` must be ascending (as `TimelineData` is). */
export function indexTimeline(day: ArrayLike<number>, lane: ArrayLike<number>): TimelineIndex {
  const counts = CAPITALS.map(() => 0);
  for (let i = 0; i < day.length; i++) counts[lane[i]!]!++;
  const days = counts.map((n) => new Float64Array(n));
  const items = counts.map((n) => new Int32Array(n));
  const fill = CAPITALS.map(() => 0);
  for (let i = 0; i < day.length; i++) {
    const l = lane[i]!;
    const j = fill[l]!++;
    days[l]![j] = day[i]!;
    items[l]![j] = i;
  }
  const sums = days.map((list) => {
    const sum = new Float64Array(list.length + 1);
    for (let j = 0; j < list.length; j++) sum[j + 1] = sum[j]! + list[j]!;
    return sum;
  });
  let extent = EMPTY_EXTENT;
  if (day.length) {
    const first = day[0]!;
    const last = day[day.length - 1]! + 1;
    const margin = Math.max(3, Math.round((last - first) * 0.02));
    extent = [first - margin, last + margin];
  }
  return { days, items, sums, extent, count: day.length };
}

/** A drawn mark: one statement (`one`) or a bucket of several (`count`). */
export type Mark =
  | { kind: 'one'; key: string; lane: number; x: number; y: number; index: number }
  | {
      kind: 'count';
      key: string;
      lane: number;
      x: number;
      y: number;
      r: number;
      count: number;
      /** First and last day (inclusive) of the statements in the bucket. */
      from: number;
      to: number;
    };

export interface LaneBox {
  capital: Capital;
  /** Top of the lane and the y of its marks' row. */
  top: number;
  y: number;
  visible: boolean;
}

export interface TickBox {
  x: number;
  label: string;
  major: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  dir: 'rtl' | 'ltr';
  /** Visible range in days. */
  domain: [number, number];
  lanes: LaneBox[];
  ticks: TickBox[];
  marks: Mark[];
  axisY: number;
}

export interface ViewOptions {
  width: number;
  dir: 'rtl' | 'ltr';
  lang: 'fa' | 'en';
  /** Visible range in days; the whole extent when left out. */
  domain?: readonly [number, number] | undefined;
  /** Visibility per lane (in `CAPITALS` order); all when left out. */
  visible?: readonly boolean[] | undefined;
}

/**
 * The time scale over `domain` (days) at `width`: earliest at the left for `ltr`, at the right
 * for `rtl` (a reversed range, not a mirrored drawing). UTC, so no local time zone applies.
 */
export function timeScale(domain: readonly [number, number], width: number, dir: 'rtl' | 'ltr'): ScaleTime<number, number> {
  const { pad } = GEOMETRY;
  return scaleUtc()
    .domain([dayDate(domain[0]), dayDate(domain[1])])
    .range(dir === 'rtl' ? [width - pad, pad] : [pad, width - pad]);
}

/** Total SVG height of the main chart. */
export const chartHeight = (): number => GEOMETRY.labelHeight / 2 + CAPITALS.length * GEOMETRY.laneHeight + GEOMETRY.axisHeight;

/** Lays out the view: lane boxes, ticks and aggregated marks. */
export function layoutTimeline(index: TimelineIndex, view: ViewOptions): TimelineLayout {
  const { pad, laneHeight, labelHeight, binPx, stackMax, stackGap, markR } = GEOMETRY;
  const { width, dir } = view;
  const domain: [number, number] = view.domain ? [view.domain[0], view.domain[1]] : [...index.extent];
  const x = timeScale(domain, width, dir);
  const sign = dir === 'rtl' ? -1 : 1;
  const pxPerDay = (width - 2 * pad) / (domain[1] - domain[0]);
  // Bucket length in days, rounded up to a power of √2: buckets stay at least `binPx` wide
  // (so marks never overlap) and keep the same statements over a range of zoom levels, so
  // most zoom frames only move existing marks instead of making new ones.
  const binDays = 2 ** (Math.ceil(Math.log2(binPx / pxPerDay) * 2) / 2);
  const origin = index.extent[0];
  // The scale is linear in time, so per-statement positions use its arithmetic directly
  // (no Date objects in the hot loop); `x` itself places the ticks.
  const startX = x.range()[0]!;
  const xOf = (day: number): number => startX + sign * (day - domain[0]) * pxPerDay;
  /** Screen x of a position along time, in px from the start of the extent at this zoom. */
  const originX = xOf(origin);
  const screen = (pos: number): number => originX + sign * pos;

  const lanes: LaneBox[] = CAPITALS.map((capital, l) => {
    const top = labelHeight / 2 + l * laneHeight;
    return { capital, top, y: top + labelHeight + (laneHeight - labelHeight) / 2, visible: view.visible?.[l] ?? true };
  });

  const marks: Mark[] = [];
  const offsets = [0, -stackGap, stackGap];
  lanes.forEach((laneBox, l) => {
    if (!laneBox.visible) return;
    const days = index.days[l]!;
    const items = index.items[l]!;
    const sums = index.sums[l]!;
    // Whole buckets only, so a bucket at the edge of the view still counts all its statements.
    // A statement is drawn at the middle of its day (day + 0.5), and binned by that point.
    const lo = bisectLeft(days, origin + Math.floor((domain[0] - origin) / binDays) * binDays - 0.5);
    const hi = bisectLeft(days, origin + (Math.floor((domain[1] - origin) / binDays) + 1) * binDays - 0.5);
    const binOf = (day: number): number => Math.floor((day + 0.5 - origin) / binDays);
    let j = lo;
    while (j < hi) {
      const bin = binOf(days[j]!);
      // One step per bucket, not per statement: fully zoomed out, 50,000 statements are a few hundred buckets.
      const k = runEnd(days, j, hi, binOf);
      const edgeA = screen(bin * binDays * pxPerDay);
      const edgeB = screen((bin + 1) * binDays * pxPerDay);
      const [left, right] = edgeA < edgeB ? [edgeA, edgeB] : [edgeB, edgeA];
      const n = k - j;
      if (n <= stackMax) {
        for (let m = j; m < k; m++) {
          const px = Math.min(right - markR, Math.max(left + markR, xOf(days[m]! + 0.5)));
          if (px < 0 || px > width) continue;
          marks.push({ kind: 'one', key: `i${items[m]}`, lane: l, x: round(px), y: laneBox.y + offsets[m - j]!, index: items[m]! });
        }
      } else {
        const r = Math.min(binPx / 2 - 1, 8 + Math.log2(n));
        // The mean of the statements' x (each at the middle of its day), from the running sums.
        const meanDay = (sums[k]! - sums[j]!) / n;
        const px = Math.min(right - r, Math.max(left + r, xOf(meanDay + 0.5)));
        if (px >= 0 && px <= width) {
          marks.push({ kind: 'count', key: `c${l}:${j}:${k}`, lane: l, x: round(px), y: laneBox.y, r: round(r), count: n, from: days[j]!, to: days[k - 1]! });
        }
      }
      j = k;
    }
  });

  const ticks = timeTicks(view.lang, dayDate(domain[0]), dayDate(domain[1]), width - 2 * pad).map((t) => ({
    x: round(x(t.date)),
    label: t.label,
    major: t.major,
  }));

  return { width, height: chartHeight(), dir, domain, lanes, ticks, marks, axisY: labelHeight / 2 + CAPITALS.length * laneHeight };
}

/** The overview strip: per lane, an SVG path of density bars over the whole extent. */
export function layoutOverview(index: TimelineIndex, width: number, dir: 'rtl' | 'ltr'): { height: number; paths: string[] } {
  const { overviewHeight, pad } = GEOMETRY;
  const [r0, r1] = timeScale(index.extent, width, dir).range() as [number, number];
  const [e0, e1] = index.extent;
  // The scale is linear in days: plain arithmetic instead of a Date per statement.
  const pxPerDay = (r1 - r0) / (e1 - e0);
  const row = (overviewHeight - 8) / CAPITALS.length;
  const barPx = 3;
  const paths = index.days.map((days, l) => {
    const barOf = (d: number): number => Math.floor((r0 + (d + 0.5 - e0) * pxPerDay - pad) / barPx);
    // Bars in the order of the days (left to right in ltr, right to left in rtl), one step per bar.
    const buckets: Array<[number, number]> = [];
    for (let j = 0; j < days.length; ) {
      const k = runEnd(days, j, days.length, barOf);
      buckets.push([barOf(days[j]!), k - j]);
      j = k;
    }
    let max = 1;
    for (const [, n] of buckets) max = Math.max(max, n);
    let path = '';
    const base = 4 + (l + 1) * row;
    for (const [b, n] of buckets) {
      const h = Math.max(1.5, (row - 1) * (Math.log1p(n) / Math.log1p(max)));
      path += `M${round(pad + b * barPx)},${round(base)}v${round(-h)}h${barPx - 0.5}v${round(h)}Z`;
    }
    return path;
  });
  return { height: overviewHeight, paths };
}

const round = (v: number): number => Math.round(v * 10) / 10;

/**
 * The end of the run of `days` from `j` that `key` maps to the same value: the first index in
 * `(j, hi]` with another key (`hi` if none). `key` must be monotone over the sorted days, so the
 * run is found by galloping then halving (O(log run) steps), with the very function that defines
 * it: the result is exactly what a scan would give.
 */
function runEnd(days: Float64Array, j: number, hi: number, key: (day: number) => number): number {
  const want = key(days[j]!);
  let step = 1;
  let lo = j + 1; // days[lo - 1] is in the run
  while (lo + step - 1 < hi && key(days[lo + step - 1]!) === want) {
    lo += step;
    step *= 2;
  }
  let end = Math.min(hi, lo + step - 1); // the first index known outside the run, or hi
  while (lo < end) {
    const mid = (lo + end) >>> 1;
    if (key(days[mid]!) === want) lo = mid + 1;
    else end = mid;
  }
  return lo;
}
