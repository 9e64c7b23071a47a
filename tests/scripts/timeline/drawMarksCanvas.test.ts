import { beforeAll, describe, expect, it } from 'vitest';
import { CAPITAL_STYLE, shapePath } from '../../../src/lib/i18n/capitalStyle';
import { drawMarksCanvas, prepareCanvas, type CanvasLook } from '../../../src/scripts/timeline/drawMarksCanvas';
import { GEOMETRY, type Mark } from '../../../src/scripts/timeline/timelineLayout';

/** Node has no Path2D: a stand-in that keeps the path data it was made from. */
class FakePath2D {
  constructor(readonly d: string) {}
}
beforeAll(() => {
  (globalThis as unknown as { Path2D: unknown }).Path2D = FakePath2D;
});

/** A 2D context that records what is drawn: each filled shape with its place and colour, and each text. */
function recordingContext() {
  const shapes: Array<{ d: string; x: number; y: number; fill: string; stroke: string }> = [];
  const texts: Array<{ text: string; x: number; y: number; at: [number, number]; fill: string; font: string }> = [];
  let at: [number, number] = [0, 0];
  let scale = 1;
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 0,
    font: '',
    textAlign: '',
    textBaseline: '',
    cleared: 0,
    setTransform(a: number, _b: number, _c: number, _d: number, e: number, f: number) {
      scale = a;
      at = [e / a, f / a];
    },
    clearRect() {
      this.cleared++;
    },
    fill(path: FakePath2D) {
      shapes.push({ d: path.d, x: at[0], y: at[1], fill: this.fillStyle, stroke: '' });
    },
    stroke(path: FakePath2D) {
      const last = shapes[shapes.length - 1]!;
      expect(last.d).toBe(path.d);
      last.stroke = this.strokeStyle;
    },
    fillText(text: string, x: number, y: number) {
      texts.push({ text, x, y, at, fill: this.fillStyle, font: this.font });
    },
    get scale() {
      return scale;
    },
  };
  return { ctx, shapes, texts };
}

const look = (ratio = 1): CanvasLook => ({
  width: 600,
  height: 220,
  ratio,
  stroke: 'rgb(255, 255, 255)',
  line: 'rgb(217, 214, 207)',
  muted: 'rgb(87, 87, 87)',
  fg: 'rgb(23, 23, 23)',
  fontFamily: '"Vazirmatn Variable", sans-serif',
  formatCount: (n) => new Intl.NumberFormat('fa-IR').format(n),
});

const marks: Mark[] = [
  { kind: 'one', key: 'i0', lane: 0, x: 40.5, y: 50, index: 0 },
  { kind: 'count', key: 'c1:0:12', lane: 1, x: 300, y: 112, r: 11.6, count: 12, from: 19000, to: 19020 },
  { kind: 'count', key: 'c2:0:5', lane: 2, x: 520, y: 174, r: 10.3, count: 5, from: 19100, to: 19130 },
];

describe('drawMarksCanvas', () => {
  it('paints each mark in its capital\'s shape and colour, where the SVG puts it, outlined in the chart background', () => {
    const { ctx, shapes } = recordingContext();
    drawMarksCanvas(ctx as unknown as CanvasRenderingContext2D, marks, look());
    expect(ctx.cleared).toBe(1);
    expect(shapes).toEqual([
      { d: shapePath(CAPITAL_STYLE.baku.shape, GEOMETRY.markR), x: 40.5, y: 50, fill: CAPITAL_STYLE.baku.colour, stroke: 'rgb(255, 255, 255)' },
      { d: shapePath(CAPITAL_STYLE.moscow.shape, 11.6), x: 300, y: 112, fill: CAPITAL_STYLE.moscow.colour, stroke: 'rgb(255, 255, 255)' },
      { d: shapePath(CAPITAL_STYLE.yerevan.shape, 10.3), x: 520, y: 174, fill: CAPITAL_STYLE.yerevan.colour, stroke: 'rgb(255, 255, 255)' },
    ]);
  });

  it('writes a count on its mark in the reader\'s digits, lower in a triangle (as the SVG label does)', () => {
    const { ctx, texts } = recordingContext();
    drawMarksCanvas(ctx as unknown as CanvasRenderingContext2D, marks, look());
    expect(texts.map((t) => [t.text, t.at, t.y])).toEqual([
      ['۱۲', [300, 112], 0],
      ['۵', [520, 174], 10.3 * 0.35],
    ]);
    expect(texts[0]!.fill).toBe('#fff');
    expect(texts[0]!.font).toBe('700 10px "Vazirmatn Variable", sans-serif');
  });

  it('scales to the screen\'s pixel density, so positions stay in CSS pixels', () => {
    const { ctx, shapes } = recordingContext();
    drawMarksCanvas(ctx as unknown as CanvasRenderingContext2D, marks.slice(0, 1), look(2));
    expect(ctx.scale).toBe(2);
    expect(shapes[0]).toMatchObject({ x: 40.5, y: 50 });
  });

  it('draws nothing but a clear canvas when no mark is in view', () => {
    const { ctx, shapes, texts } = recordingContext();
    drawMarksCanvas(ctx as unknown as CanvasRenderingContext2D, [], look());
    expect([ctx.cleared, shapes.length, texts.length]).toEqual([1, 0, 0]);
  });

  it('prepares the text state once: the count font, centred on the mark, and the outline width', () => {
    const { ctx } = recordingContext();
    prepareCanvas(ctx as unknown as CanvasRenderingContext2D, look());
    expect([ctx.font, ctx.textAlign, ctx.textBaseline, ctx.lineWidth]).toEqual(['700 10px "Vazirmatn Variable", sans-serif', 'center', 'middle', 1.5]);
    // A draw does not set the font again (each set resolves styles in a browser)…
    const fontSets: string[] = [];
    let font = ctx.font;
    Object.defineProperty(ctx, 'font', { get: () => font, set: (value: string) => { fontSets.push(value); font = value; } });
    drawMarksCanvas(ctx as unknown as CanvasRenderingContext2D, marks, look());
    expect(fontSets).toEqual([]);
    // …unless the page's font has changed since, or the context was never prepared.
    drawMarksCanvas(ctx as unknown as CanvasRenderingContext2D, marks, { ...look(), fontFamily: 'serif' });
    expect(fontSets).toEqual(['700 10px serif']);
    const fresh = recordingContext();
    drawMarksCanvas(fresh.ctx as unknown as CanvasRenderingContext2D, marks, look());
    expect([fresh.ctx.font, fresh.ctx.textAlign, fresh.ctx.textBaseline, fresh.ctx.lineWidth]).toEqual(['700 10px "Vazirmatn Variable", sans-serif', 'center', 'middle', 1.5]);
  });
});
