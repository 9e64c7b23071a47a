/**
 * Draws a layout's axis (rule, grid lines, ticks and labels) on the marks' canvas, where the SVG
 * axis (`axisMarkup`, styled in `Timeline.astro`) draws it, in the same sizes and colours. Used
 * only on gesture frames: the SVG axis is hidden while a gesture runs and updated once when it
 * ends, so a frame that brings new tick labels parses, styles and lays out no new SVG text.
 */
import type { TimelineLayout } from './timelineLayout';
import { GEOMETRY } from './timelineLayout';

/** The axis colours, as the page resolves them (`--tc-line`, `--tc-muted`, `--tc-fg` in the current theme). */
export interface AxisLook {
  ratio: number;
  fontFamily: string;
  line: string;
  muted: string;
  fg: string;
}

/** Paints the axis of `layout` (call before the marks, which the SVG also draws over the grid). */
export function drawAxisCanvas(c: CanvasRenderingContext2D, layout: TimelineLayout, look: AxisLook): void {
  const { ratio } = look;
  const { pad, tickLength, tickLabelY } = GEOMETRY;
  c.save();
  c.setTransform(ratio, 0, 0, ratio, 0, layout.axisY * ratio);
  c.lineWidth = 1;
  // As `.tl-tick .tl-grid` (minor: line colour at 0.6) and `.tl-tick.tl-major .tl-grid` (muted at 0.5).
  const grid = (major: boolean): void => {
    c.beginPath();
    for (const t of layout.ticks) {
      if (t.major !== major) continue;
      c.moveTo(t.x, -layout.axisY);
      c.lineTo(t.x, 0);
    }
    c.globalAlpha = major ? 0.5 : 0.6;
    c.strokeStyle = major ? look.muted : look.line;
    c.stroke();
  };
  grid(false);
  grid(true);
  c.globalAlpha = 1;
  // The rule and the ticks under it (`.tl-axis-line, .tl-tick line`).
  c.beginPath();
  c.moveTo(pad, 0);
  c.lineTo(layout.width - pad, 0);
  for (const t of layout.ticks) {
    c.moveTo(t.x, 0);
    c.lineTo(t.x, tickLength);
  }
  c.strokeStyle = look.muted;
  c.stroke();
  // Labels centred (`text-anchor="middle"`), in the SVG's left-to-right direction.
  c.direction = 'ltr';
  c.textAlign = 'center';
  c.textBaseline = 'alphabetic';
  for (const major of [false, true]) {
    c.font = `${major ? 700 : 400} 11px ${look.fontFamily}`;
    c.fillStyle = major ? look.fg : look.muted;
    for (const t of layout.ticks) if (t.major === major) c.fillText(t.label, t.x, tickLabelY);
  }
  c.restore();
}
