/**
 * Draws a layout's marks on a canvas, exactly where the SVG marks would be and in the same
 * shapes and colours. Once `<tc-timeline>` is interactive the marks are seen on this canvas:
 * a gesture frame (zoom, pan, brush) repaints one bitmap instead of moving hundreds of SVG
 * links through style, layout and paint. The SVG marks stay under it as transparent links (for
 * the keyboard, screen readers and the pointer) and are updated once, when the gesture ends.
 */
import { CAPITALS, type Capital } from '../../lib/capitals';
import { CAPITAL_STYLE, shapePath } from '../../lib/i18n/capitalStyle';
import { drawAxisCanvas, type AxisLook } from './drawAxisCanvas';
import type { Mark, TimelineLayout } from './timelineLayout';
import { GEOMETRY } from './timelineLayout';

/** What the canvas needs besides the marks: its size and the page's current colours and font. */
export interface CanvasLook extends AxisLook {
  width: number;
  height: number;
  /** Device pixels per CSS pixel (the canvas bitmap is that much larger than its box). */
  ratio: number;
  /** The marks' outline (the chart's background colour, as `.tl-mark path` strokes it). */
  stroke: string;
  fontFamily: string;
  /** Formats a count the way the SVG label does (Persian or Latin digits). */
  formatCount: (n: number) => string;
}

/** The font each canvas context was last prepared with (see `prepareCanvas`). */
const fonts = new WeakMap<CanvasRenderingContext2D, string>();
/** The counts' font: bold 10 px in the page's font (as the SVG labels). */
const countFont = (look: CanvasLook): string => `700 10px ${look.fontFamily}`;
const shapes = new Map<string, Path2D>();
/** One Path2D per shape and radius: the same path data as the SVG marks. */
function shape(capital: Capital, r: number): Path2D {
  const s = CAPITAL_STYLE[capital].shape;
  const key = `${s}${r}`;
  let path = shapes.get(key);
  if (!path) shapes.set(key, (path = new Path2D(shapePath(s, r))));
  return path;
}

/**
 * Sets the context's text and line state for `look`. A canvas forgets that state whenever its
 * bitmap is resized, so call this after every resize. Setting the font resolves styles, which
 * forces a style pass if the page has changed since the last one (17–28 ms on the first render
 * of a large page): call it where styles are clean, before changing the page.
 */
export function prepareCanvas(c: CanvasRenderingContext2D, look: CanvasLook): void {
  const font = countFont(look);
  c.font = font;
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  c.lineWidth = 1.5;
  fonts.set(c, font);
}

/**
 * Clears the canvas and paints `marks` (preparing the context first if `look`'s font is not the
 * one it has); with `axis`, that layout's axis under them (`drawAxisCanvas`), as on a gesture frame.
 */
export function drawMarksCanvas(c: CanvasRenderingContext2D, marks: readonly Mark[], look: CanvasLook, axis: TimelineLayout | null = null): void {
  const { ratio } = look;
  if (fonts.get(c) !== countFont(look)) prepareCanvas(c, look);
  c.setTransform(1, 0, 0, 1, 0, 0);
  c.clearRect(0, 0, look.width * ratio, look.height * ratio);
  if (axis) drawAxisCanvas(c, axis, look);
  c.strokeStyle = look.stroke;
  for (const m of marks) {
    const capital = CAPITALS[m.lane] as Capital;
    const r = m.kind === 'count' ? m.r : GEOMETRY.markR;
    const path = shape(capital, r);
    c.setTransform(ratio, 0, 0, ratio, m.x * ratio, m.y * ratio);
    c.fillStyle = CAPITAL_STYLE[capital].colour;
    c.fill(path);
    c.stroke(path);
    if (m.kind === 'count') {
      c.fillStyle = '#fff';
      // As in the SVG: the triangle's visual centre sits lower than its box centre.
      c.fillText(look.formatCount(m.count), 0, CAPITAL_STYLE[capital].shape === 'triangle' ? r * 0.35 : 0);
    }
  }
}
