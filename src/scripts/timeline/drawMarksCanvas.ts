/**
 * Draws a layout's marks on a canvas, exactly where the SVG marks would be and in the same
 * shapes and colours. Once `<tc-timeline>` is interactive the marks are seen on this canvas:
 * a gesture frame (zoom, pan, brush) repaints one bitmap instead of moving hundreds of SVG
 * links through style, layout and paint. The SVG marks stay under it as transparent links (for
 * the keyboard, screen readers and the pointer) and are updated once, when the gesture ends.
 */
import { CAPITALS, type Capital } from '../../lib/capitals';
import { CAPITAL_STYLE, shapePath } from '../../lib/i18n/capitalStyle';
import type { Mark } from './timelineLayout';
import { GEOMETRY } from './timelineLayout';

/** What the canvas needs besides the marks: its size and the page's current colours and font. */
export interface CanvasLook {
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

const fonts = new WeakMap<CanvasRenderingContext2D, string>();
const shapes = new Map<string, Path2D>();
/** One Path2D per shape and radius: the same path data as the SVG marks. */
function shape(capital: Capital, r: number): Path2D {
  const s = CAPITAL_STYLE[capital].shape;
  const key = `${s}${r}`;
  let path = shapes.get(key);
  if (!path) shapes.set(key, (path = new Path2D(shapePath(s, r))));
  return path;
}

/** Clears the canvas and paints `marks`. */
export function drawMarksCanvas(c: CanvasRenderingContext2D, marks: readonly Mark[], look: CanvasLook): void {
  const { ratio } = look;
  c.setTransform(1, 0, 0, 1, 0, 0);
  c.clearRect(0, 0, look.width * ratio, look.height * ratio);
  c.lineWidth = 1.5;
  c.strokeStyle = look.stroke;
  const font = `700 10px ${look.fontFamily}`;
  // Setting a canvas font resolves styles (a forced style pass if the page has just changed):
  // set it only when it differs (once per canvas, unless the page's font changes).
  if (fonts.get(c) !== font) {
    c.font = font;
    c.textAlign = 'center';
    c.textBaseline = 'middle';
    fonts.set(c, font);
  }
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
