/**
 * SVG markup of the timeline, as strings: the build writes the first view with it (inside
 * `Timeline.astro`) and the browser parses the same strings for marks that come into view,
 * so both draw exactly the same thing. Every text is escaped.
 */
import { CAPITALS, type Capital } from '../../lib/capitals';
import { CAPITAL_STYLE, shapePath } from '../../lib/i18n/capitalStyle';
import { formatCount, jalaliLabel, gregorianEnLabel } from '../../lib/i18n/formatDate';
import { dayPath, monthPath, statementPath } from '../../lib/url/sitePaths';
import { joinBase } from '../../lib/url/withBase';
import { dayString, type TimelineData } from './timelineData';
import { GEOMETRY, type Mark, type TimelineLayout } from './timelineLayout';
import { fill, TIMELINE_STRINGS } from './timelineStrings';

/** What the markup needs besides the layout. */
export interface MarkupContext {
  data: TimelineData;
  lang: 'fa' | 'en';
  /** Site base path, ending with `/`. */
  base: string;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for an XML attribute or text node. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]!);

/** A day in the reader's calendar: `۲۸ شهریور ۱۴۰۲` or `19 September 2023`. */
export function dayText(day: number, lang: 'fa' | 'en'): string {
  const key = lang === 'fa' ? day : -day - 1;
  let text = dayTexts.get(key);
  if (text === undefined) {
    text = lang === 'fa' ? jalaliLabel(dayString(day)) : gregorianEnLabel(dayString(day));
    dayTexts.set(key, text);
  }
  return text;
}
/** Labels are asked for again on every zoom frame (the day string and its parsing are the costly part). */
const dayTexts = new Map<number, string>();

/** The report-page URL (with anchor) of statement `i`. */
export function statementHref(ctx: MarkupContext, i: number): string {
  const { reports, report, anchor } = ctx.data;
  if (!reports || !report || !anchor) throw new Error('timeline: the link columns (data/timeline-links.json) are not loaded');
  return joinBase(statementPath(ctx.lang, reports[report[i]!]!, anchor[i]!), ctx.base);
}

/** Without JavaScript a count mark links to the day (or month) it covers; with it, it zooms in. */
function countHref(ctx: MarkupContext, from: number, to: number): string {
  const a = dayString(from);
  const path = from === to ? dayPath(ctx.lang, a) : monthPath(ctx.lang, a.slice(0, 7));
  return joinBase(path, ctx.base);
}

/** What one mark is made of: its link's class and attributes, its shape, and a count's label. */
export interface MarkParts {
  className: 'tl-mark' | 'tl-count';
  /** Attribute name → value (unescaped), in markup order. */
  attrs: Array<[string, string]>;
  /** The shape's path. */
  d: string;
  /** A count mark's number, and its y offset. */
  text?: { y: number; label: string };
}

/** The parts of one mark (a link positioned by `transform`): `markMarkup` writes them, the browser also updates a reused element with them. */
export function markParts(mark: Mark, ctx: MarkupContext): MarkParts {
  const strings = TIMELINE_STRINGS[ctx.lang];
  const capital = CAPITALS[mark.lane] as Capital;
  const { shape } = CAPITAL_STYLE[capital];
  const at: Array<[string, string]> = [['transform', `translate(${mark.x},${mark.y})`], ['data-key', mark.key]];
  if (mark.kind === 'one') {
    const i = mark.index;
    const label = fill(strings.mark, {
      date: dayText(ctx.data.day[i]!, ctx.lang),
      speaker: ctx.data.speakers[ctx.data.speaker[i]!]!,
      capital: strings.capital[capital],
    });
    return { className: 'tl-mark', attrs: [['href', statementHref(ctx, i)], ['aria-label', label], ['data-i', String(i)], ...at], d: shapePath(shape, GEOMETRY.markR) };
  }
  const count = formatCount(mark.count, ctx.lang);
  const label = fill(strings.count, {
    count,
    capital: strings.capital[capital],
    from: dayText(mark.from, ctx.lang),
    to: dayText(mark.to, ctx.lang),
  });
  const attrs: Array<[string, string]> = [
    ['href', countHref(ctx, mark.from, mark.to)],
    ['aria-label', label],
    ['data-n', String(mark.count)],
    ['data-from', String(mark.from)],
    ['data-to', String(mark.to)],
    ...at,
  ];
  // The triangle's visual centre sits lower than its box centre.
  return { className: 'tl-count', attrs, d: shapePath(shape, mark.r), text: { y: shape === 'triangle' ? mark.r * 0.35 : 0, label: count } };
}

/** Markup of one mark (a link), positioned by `transform`. */
export function markMarkup(mark: Mark, ctx: MarkupContext): string {
  const { className, attrs, d, text } = markParts(mark, ctx);
  const label = text ? `<text y="${text.y}" dy="0.35em" text-anchor="middle" aria-hidden="true">${esc(text.label)}</text>` : '';
  return `<a class="${className}" ${attrs.map(([k, v]) => `${k}="${esc(v)}"`).join(' ')}><path d="${d}"/>${label}</a>`;
}

/** Lane bands and labels (labels at the inline-start edge: right in Persian, left in English). */
export function lanesMarkup(layout: TimelineLayout, lang: 'fa' | 'en'): string {
  const { pad, labelHeight } = GEOMETRY;
  const rtl = layout.dir === 'rtl';
  return layout.lanes
    .map((lane) => {
      const name = TIMELINE_STRINGS[lang].capital[lane.capital];
      return (
        `<g class="tl-lane${lane.visible ? '' : ' tl-off'}" data-lane="${lane.capital}">` +
        `<line class="tl-lane-rule" x1="${pad}" x2="${layout.width - pad}" y1="${lane.y}" y2="${lane.y}"/>` +
        `<text class="tl-lane-label" x="${rtl ? layout.width - pad : pad}" y="${lane.top + labelHeight - 4}" text-anchor="${rtl ? 'end' : 'start'}">${esc(name)}</text></g>`
      );
    })
    .join('');
}

/** The axis: a rule, and per tick a grid line across the lanes and a label. */
export function axisMarkup(layout: TimelineLayout): string {
  const { pad, tickLength, tickLabelY } = GEOMETRY;
  let s = `<line class="tl-axis-line" x1="${pad}" x2="${layout.width - pad}"/>`;
  for (const t of layout.ticks) {
    s +=
      `<g class="tl-tick${t.major ? ' tl-major' : ''}" transform="translate(${t.x},0)">` +
      `<line class="tl-grid" y1="${-layout.axisY}" y2="0"/><line y2="${tickLength}"/><text y="${tickLabelY}" text-anchor="middle">${esc(t.label)}</text></g>`;
  }
  return s;
}

/** All marks, grouped per lane (each group carries its capital's colour). */
export function marksMarkup(layout: TimelineLayout, ctx: MarkupContext): string {
  return CAPITALS.map((capital, l) => {
    const inner = layout.marks.filter((m) => m.lane === l).map((m) => markMarkup(m, ctx)).join('');
    const off = layout.lanes[l]!.visible ? '' : ' tl-off';
    return `<g class="tl-lane-marks${off}" data-lane="${capital}" fill="${CAPITAL_STYLE[capital].colour}">${inner}</g>`;
  }).join('');
}

/** The overview strip's density bars, one path per lane. */
export function overviewMarkup(paths: readonly string[]): string {
  return paths
    .map((d, l) => {
      const capital = CAPITALS[l] as Capital;
      return `<path class="tl-density" data-lane="${capital}" fill="${CAPITAL_STYLE[capital].colour}" d="${d}"/>`;
    })
    .join('');
}
