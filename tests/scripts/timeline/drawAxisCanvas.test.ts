import { beforeAll, describe, expect, it } from 'vitest';
import { drawAxisCanvas, type AxisLook } from '../../../src/scripts/timeline/drawAxisCanvas';
import { drawMarksCanvas, type CanvasLook } from '../../../src/scripts/timeline/drawMarksCanvas';
import { GEOMETRY, indexTimeline, layoutTimeline, type TimelineLayout } from '../../../src/scripts/timeline/timelineLayout';
import { axisMarkup } from '../../../src/scripts/timeline/timelineMarkup';
import { dayNumber } from '../../../src/scripts/timeline/timelineData';

beforeAll(() => {
  // Node has no Path2D (the marks are drawn with it).
  (globalThis as unknown as { Path2D: unknown }).Path2D = class {
    constructor(readonly d: string) {}
  };
});

type Segment = { from: [number, number]; to: [number, number]; stroke: string; alpha: number };
type Label = { text: string; x: number; y: number; font: string; fill: string; align: string; baseline: string; direction: string };

/** A 2D context that records stroked segments and texts, in CSS pixels of the chart, with a save/restore stack. */
function recordingContext() {
  const segments: Segment[] = [];
  const labels: Label[] = [];
  const order: string[] = [];
  let path: Array<[[number, number], [number, number]]> = [];
  let pen: [number, number] = [0, 0];
  const keys = ['font', 'textAlign', 'textBaseline', 'direction', 'fillStyle', 'strokeStyle', 'lineWidth', 'globalAlpha', 'm'] as const;
  const stack: Array<Record<string, unknown>> = [];
  const ctx = {
    font: '700 10px serif',
    textAlign: 'center',
    textBaseline: 'middle',
    direction: 'inherit',
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1.5,
    globalAlpha: 1,
    m: [1, 0, 0] as [number, number, number],
    save() {
      stack.push(Object.fromEntries(keys.map((k) => [k, this[k]])));
    },
    restore() {
      Object.assign(this, stack.pop());
    },
    setTransform(a: number, _b: number, _c: number, _d: number, e: number, f: number) {
      this.m = [a, e, f];
    },
    /** Device pixels → the chart's CSS pixels. */
    at(x: number, y: number): [number, number] {
      const [k, e, f] = this.m;
      return [(k * x + e) / k, (k * y + f) / k];
    },
    clearRect() {
      order.push('clear');
    },
    beginPath() {
      path = [];
    },
    moveTo(x: number, y: number) {
      pen = this.at(x, y);
    },
    lineTo(x: number, y: number) {
      const to = this.at(x, y);
      path.push([pen, to]);
      pen = to;
    },
    stroke(shape?: unknown) {
      if (shape) return;
      order.push('lines');
      for (const [from, to] of path) segments.push({ from, to, stroke: this.strokeStyle, alpha: this.globalAlpha });
    },
    fill() {
      order.push('mark');
    },
    fillText(text: string, x: number, y: number) {
      const [px, py] = this.at(x, y);
      order.push('text');
      labels.push({ text, x: px, y: py, font: this.font, fill: String(this.fillStyle), align: this.textAlign, baseline: this.textBaseline, direction: this.direction });
    },
  };
  return { ctx, segments, labels, order };
}

const look: AxisLook = { ratio: 2, fontFamily: '"Vazirmatn Variable", sans-serif', line: 'rgb(217, 214, 207)', muted: 'rgb(87, 87, 87)', fg: 'rgb(23, 23, 23)' };

/** A real layout: statements over three years, laid out at 600 px. */
function layout(lang: 'fa' | 'en', dir: 'ltr' | 'rtl'): TimelineLayout {
  const day = [dayNumber('2021-03-01'), dayNumber('2022-06-15'), dayNumber('2023-09-30')];
  return layoutTimeline(indexTimeline(day, [0, 1, 2]), { width: 600, dir, lang });
}

describe('drawAxisCanvas', () => {
  for (const [lang, dir] of [['en', 'ltr'], ['fa', 'rtl']] as const) {
    it(`${lang}: draws the rule, a grid line and tick per tick and each label where the SVG axis puts them`, () => {
      const l = layout(lang, dir);
      expect(l.ticks.length).toBeGreaterThan(2);
      expect(l.ticks.some((t) => t.major)).toBe(true);
      const { ctx, segments, labels } = recordingContext();
      drawAxisCanvas(ctx as unknown as CanvasRenderingContext2D, l, look);
      const y = l.axisY;
      // The SVG axis's own tick length and label baseline, read from its markup.
      const svg = axisMarkup(l);
      const tick = Number(/<line y2="([\d.]+)"\/>/.exec(svg)![1]);
      const labelY = Number(/<text y="([\d.]+)"/.exec(svg)![1]);
      expect([tick, labelY]).toEqual([GEOMETRY.tickLength, GEOMETRY.tickLabelY]);
      // Grid lines from the top of the chart down to the axis: minor ones in the line colour at 0.6, major ones muted at 0.5.
      for (const t of l.ticks) {
        expect(segments).toContainEqual({ from: [t.x, 0], to: [t.x, y], stroke: t.major ? look.muted : look.line, alpha: t.major ? 0.5 : 0.6 });
        expect(segments).toContainEqual({ from: [t.x, y], to: [t.x, y + tick], stroke: look.muted, alpha: 1 });
      }
      expect(segments).toContainEqual({ from: [GEOMETRY.pad, y], to: [l.width - GEOMETRY.pad, y], stroke: look.muted, alpha: 1 });
      expect(segments).toHaveLength(2 * l.ticks.length + 1);
      // Labels under the rule where the SVG puts them, centred, left to right as in the SVG (direction="ltr"), bold and darker on major ticks.
      expect(labels.map((t) => [t.text, t.x, t.y]).sort()).toEqual(l.ticks.map((t) => [t.label, t.x, y + labelY]).sort());
      for (const t of l.ticks) {
        const drawn = labels.find((d) => d.text === t.label && d.x === t.x)!;
        expect(drawn).toMatchObject({
          font: `${t.major ? 700 : 400} 11px "Vazirmatn Variable", sans-serif`,
          fill: t.major ? look.fg : look.muted,
          align: 'center',
          baseline: 'alphabetic',
          direction: 'ltr',
        });
      }
    });
  }

  it('leaves the context as it found it (the marks\' count font and alignment are set once per canvas)', () => {
    const { ctx } = recordingContext();
    const before = JSON.stringify([ctx.font, ctx.textAlign, ctx.textBaseline, ctx.direction, ctx.lineWidth, ctx.globalAlpha]);
    drawAxisCanvas(ctx as unknown as CanvasRenderingContext2D, layout('en', 'ltr'), look);
    expect(JSON.stringify([ctx.font, ctx.textAlign, ctx.textBaseline, ctx.direction, ctx.lineWidth, ctx.globalAlpha])).toBe(before);
  });

  it('is painted by drawMarksCanvas only when asked (gesture frames), after clearing and under the marks', () => {
    const l = layout('en', 'ltr');
    const canvasLook: CanvasLook = { ...look, width: 600, height: 240, stroke: '#fff', formatCount: String };
    const withAxis = recordingContext();
    drawMarksCanvas(withAxis.ctx as unknown as CanvasRenderingContext2D, l.marks, canvasLook, l);
    expect(l.marks.length).toBeGreaterThan(0);
    const order = withAxis.order.filter((o, i, all) => o !== all[i - 1]);
    expect(order.slice(0, 3)).toEqual(['clear', 'lines', 'text']);
    expect(order.indexOf('mark')).toBeGreaterThan(order.lastIndexOf('lines'));
    expect(withAxis.labels.filter((t) => t.font.includes('11px'))).toHaveLength(l.ticks.length);
    const without = recordingContext();
    drawMarksCanvas(without.ctx as unknown as CanvasRenderingContext2D, l.marks, canvasLook);
    expect([without.segments.length, without.labels.filter((t) => t.font.includes('11px')).length]).toEqual([0, 0]);
  });
});
