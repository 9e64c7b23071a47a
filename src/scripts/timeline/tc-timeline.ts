/**
 * `<tc-timeline>`: takes over the server-rendered timeline (see `Timeline.astro`) and adds
 * zoom and pan (wheel, drag, pinch, buttons, keys), the overview brush, capital toggles, a
 * tooltip, and the view in the URL (`?from=YYYY-MM-DD&to=YYYY-MM-DD&capitals=baku,moscow`).
 *
 * The statements come from a compact JSON file (`data-src`, fetched when the script runs),
 * never from the page: only what drawing needs (day, lane, speaker). Each statement's report
 * and anchor, which only a mark's link needs, come from a second file (`data-links-src`), loaded
 * on the reader's first gesture or focus, or when a statement's mark must be made and its link is
 * not in the page; until then the canvas shows the marks and the SVG links wait, as during a
 * gesture. The tooltip words come in parts of `WORDS_PER_FILE` statements (`data-words-src` +
 * `<k>.json`), each loaded when a pointer or focus first reaches one of its statements. Zoom
 * events are coalesced to one render per animation frame; each render re-runs `layoutTimeline`
 * (bounded by the statements in view).
 * Once interactive the marks are seen on a canvas laid over the chart (`drawMarksCanvas`); the
 * SVG marks under it stay as transparent links with a visible focus and hover outline, for the
 * keyboard, screen readers and the pointer. A frame during a gesture (wheel, drag, pinch,
 * brush) repaints only the canvas and the axis; the SVG marks are updated by key once, when the
 * gesture ends. So the DOM holds at most a few marks per pixel bucket whatever the number of
 * statements, and a gesture frame touches no mark element and changes no style. Nothing is
 * read back from the layout while drawing, and the chart's box has a fixed height with
 * `contain: strict`, so a frame never lays out the rest of the page.
 *
 * For benchmarks: `?timeline-data=<same-origin URL>` (and `&timeline-links=<same-origin URL>`)
 * load other files in the same formats (`TimelineFile`, `TimelineLinksFile`) instead of the site's.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { ScaleTime } from 'd3-scale';
import { CAPITALS, isCapital } from '../../lib/capitals';
import { formatCount } from '../../lib/i18n/formatDate';
import { dateDay, dayDate, dayNumber, dayString, readTimelineFile, readTimelineLinks, WORDS_PER_FILE, type TimelineData } from './timelineData';
import {
  chartHeight, GEOMETRY, indexTimeline, layoutOverview, layoutTimeline, timeScale, type Mark, type TimelineIndex, type TimelineLayout,
} from './timelineLayout';
import { drawMarksCanvas, prepareCanvas, type CanvasLook } from './drawMarksCanvas';
import { axisMarkup, dayText, lanesMarkup, markMarkup, markParts, overviewMarkup, type MarkParts, type MarkupContext } from './timelineMarkup';
import { TIMELINE_STRINGS } from './timelineStrings';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Narrowest view, in days. */
const MIN_SPAN_DAYS = 6;
const ZOOM_STEP = 1.6;

class TcTimeline extends HTMLElement {
  private uiLang: 'fa' | 'en' = 'en';
  private axisDir: 'rtl' | 'ltr' = 'ltr';
  private data!: TimelineData;
  private index!: TimelineIndex;
  private ctx!: MarkupContext;
  private width = 960;
  private full!: ScaleTime<number, number>;
  private sized = false;
  private transform: ZoomTransform = zoomIdentity;
  private visible = CAPITALS.map(() => true);
  private zoomer!: ZoomBehavior<SVGSVGElement, unknown>;
  private svgSel!: Selection<SVGSVGElement, unknown, null, undefined>;
  private svg!: SVGSVGElement;
  private overview!: SVGSVGElement;
  /** The brush as seen once interactive: its fill and its two edges, moved by `transform` (see `drawBrush`). */
  private brushBoxes!: [fill: HTMLElement, start: HTMLElement, end: HTMLElement];
  private marks = new Map<string, SVGGraphicsElement>();
  /** A mark under a finger or pointer when a gesture started: kept in the DOM until it ends, so touch events still reach the chart. */
  private held: Element | null = null;
  private urlTimer = 0;
  private lanesDrawn = '';
  private tickLabels = '';
  /** Pending animation frame of a coalesced render (0: none). */
  private frame = 0;
  /** The tooltip words' parts by number: the list once loaded, the pending load before (see `wordsOf`). */
  private wordParts = new Map<number, string[] | Promise<string[]>>();
  private links: Promise<void> | null = null;
  /** Where the marks are seen once the script runs (the SVG marks under it are transparent links). */
  private canvas!: HTMLCanvasElement;
  private look!: CanvasLook;
  /** A pointer, wheel or touch gesture (d3-zoom's start…end with a source event) is under way. */
  private moving = false;
  private brushing = false;
  /** The SVG marks lag behind the canvas (a gesture moved the view since they were updated). */
  private marksStale = false;
  /** The axis is painted on the canvas (during a gesture) and the SVG axis is hidden. */
  private axisOnCanvas = false;

  connectedCallback(): void {
    this.start().catch((error: unknown) => {
      // The server-rendered view stays usable; only interaction is missing.
      console.warn('timeline: interaction unavailable', error);
    });
  }

  private async start(): Promise<void> {
    this.uiLang = this.dataset.lang === 'fa' ? 'fa' : 'en';
    this.axisDir = this.dataset.dir === 'rtl' ? 'rtl' : 'ltr';
    this.data = readTimelineFile(await loadJson(this.dataUrl('timeline-data', this.dataset.src!)));
    this.index = indexTimeline(this.data.day, this.data.lane);
    // The page stays responsive between parsing and indexing the data and drawing it (at
    // 50,000 statements on a slow phone each step is a long task of its own). More yields (after
    // reading, and between preparing and drawing) made the first draw ≈ 100 ms later in the
    // benchmark, for no Lighthouse gain the noise would show.
    await yieldToMain();
    // Read the width before changing anything, so the read does not force a layout of the page.
    const frame = this.querySelector<HTMLElement>('.tl-frame')!;
    const width = frame.clientWidth;
    this.ctx = { data: this.data, lang: this.uiLang, base: this.dataset.base ?? '/' };
    this.svg = this.querySelector<SVGSVGElement>('svg.tl-chart')!;
    this.overview = this.querySelector<SVGSVGElement>('svg.tl-overview')!;
    const brushLive = document.createElement('div');
    brushLive.className = 'tl-brush-live';
    brushLive.setAttribute('aria-hidden', 'true');
    const box = (name: string): HTMLElement => brushLive.appendChild(Object.assign(document.createElement('div'), { className: name }));
    this.brushBoxes = [box('tl-brush-fill'), box('tl-brush-edge'), box('tl-brush-edge')];
    this.overview.after(brushLive);
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'tl-canvas';
    this.canvas.setAttribute('aria-hidden', 'true');
    frame.append(this.canvas);
    this.look = {
      width: 0, height: 0, ratio: 1, stroke: '#fff', line: '#ccc', muted: '#666', fg: '#000', fontFamily: 'sans-serif', formatCount: (n) => formatCount(n, this.uiLang),
    };
    this.readLook();
    // The canvas gets its size and font while the page's styles are still clean (see `prepareCanvas`).
    this.sizeCanvas(width, chartHeight());
    // Fixed heights (see `.tl[data-ready]` in Timeline.astro), set through the CSSOM: the
    // page's Content-Security-Policy blocks style attributes in the markup.
    this.style.setProperty('--tl-h', `${chartHeight()}px`);
    this.style.setProperty('--tl-oh', `${GEOMETRY.overviewHeight}px`);
    this.setAttribute('data-ready', '');
    for (const el of this.svg.querySelectorAll<SVGGraphicsElement>('[data-key]')) this.marks.set(el.dataset.key!, el);
    this.svgSel = select(this.svg);
    this.zoomer = zoom<SVGSVGElement, unknown>()
      .on('start', (event: { sourceEvent?: Event | null }) => {
        this.hideTip();
        // Buttons, keys and the brush set the transform directly (no source event): one render.
        this.moving = Boolean(event.sourceEvent);
        if (this.moving) this.readLook();
        this.held = (event.sourceEvent?.target as Element | undefined)?.closest?.('[data-key]') ?? null;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => {
        this.transform = event.transform;
        this.requestRender();
      })
      .on('end', () => {
        this.moving = false;
        if (this.frame || this.marksStale) this.render();
        if (this.held && !this.held.isConnected) this.held = null;
        if (this.held && !this.marks.has((this.held as SVGGraphicsElement).dataset.key ?? '')) this.held.remove();
        this.held = null;
        this.queueUrl();
      });
    this.svgSel.call(this.zoomer).on('dblclick.zoom', null);
    this.readUrl();
    this.resize(width);
    new ResizeObserver(() => this.resize()).observe(this.svg);
    this.wire();
    // The canvas's outline colour follows the theme (the toggle or the system's preference).
    const relook = (): void => {
      this.readLook();
      this.render();
    };
    new MutationObserver(relook).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', relook);
    // While the page is idle, a dry run of a zoom, so that the layout and canvas code are
    // compiled before the first gesture (its first frames would otherwise take longer than a
    // frame). Four views a factor of 4 apart reach year, month and day ticks; twelve views 1.6
    // apart took ≈ 70 ms, often just before the chart's first frames were shown. One view per
    // idle period, so that none of them is a long task on a slow phone.
    const [a, b] = this.index.extent;
    // A 1 × 1 scratch canvas: the point is compiling the code, not a second full bitmap.
    const scratch = document.createElement('canvas');
    scratch.width = scratch.height = 1;
    const warm = (span: number, left: number): void => {
      const domain: [number, number] = [b - span, b];
      const layout = layoutTimeline(this.index, { width: this.width, dir: this.axisDir, lang: this.uiLang, domain, visible: this.visible });
      drawMarksCanvas(scratch.getContext('2d')!, layout.marks, this.look, layout);
      if (left > 1) whenIdle(() => warm(span / 4, left - 1));
    };
    whenIdle(() => warm(b - a, 4));
  }

  /** `fallback`, or the same-origin URL in the page's query parameter `param` (the benchmark hook). */
  private dataUrl(param: string, fallback: string): string {
    const override = new URLSearchParams(location.search).get(param);
    if (override) {
      const url = new URL(override, location.href);
      if (url.origin === location.origin) return url.href;
    }
    return fallback;
  }

  /** Visible range in days. */
  private domain(): [number, number] {
    const [a, b] = this.transform.rescaleX(this.full).domain();
    return [dateDay(a!), dateDay(b!)];
  }

  /** Sets the view to show `[from, to]` (days). */
  private show(from: number, to: number): void {
    const a = this.full(dayDate(from));
    const b = this.full(dayDate(to));
    const k = (this.width - 2 * GEOMETRY.pad) / Math.max(1e-6, Math.abs(b - a));
    const t = zoomIdentity.translate(GEOMETRY.pad - k * Math.min(a, b), 0).scale(k);
    this.svgSel.call(this.zoomer.transform, t);
  }

  /** Re-lays out for the chart's width (`known`: measured by the caller, so nothing is read here). */
  private resize(known?: number): void {
    const width = Math.round(known ?? this.svg.getBoundingClientRect().width);
    if (width < 50 || (this.sized && Math.abs(width - this.width) < 1)) return;
    const domain = this.sized ? this.domain() : (this.pendingDomain ?? this.index.extent);
    this.pendingDomain = null;
    this.width = width;
    const h = chartHeight();
    this.sizeCanvas(width, h);
    this.svg.setAttribute('viewBox', `0 0 ${width} ${h}`);
    this.full = timeScale(this.index.extent, width, this.axisDir);
    this.sized = true;
    const span = this.index.extent[1] - this.index.extent[0];
    const inner: [[number, number], [number, number]] = [[GEOMETRY.pad, 0], [width - GEOMETRY.pad, h]];
    this.zoomer.scaleExtent([1, Math.max(1, span / MIN_SPAN_DAYS)]).extent(inner).translateExtent(inner);
    const ov = layoutOverview(this.index, width, this.axisDir);
    this.overview.setAttribute('viewBox', `0 0 ${width} ${ov.height}`);
    this.overview.querySelector('g')!.innerHTML = overviewMarkup(ov.paths);
    // `show` renders at once (its zoom 'end'), unless a wheel gesture is still open.
    this.show(domain[0], domain[1]);
    if (this.frame) this.render();
  }

  /** One render in the next animation frame, however many zoom events come before it. */
  private requestRender(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.render());
  }

  private pendingDomain: [number, number] | null = null;

  render(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    const layout = layoutTimeline(this.index, { width: this.width, dir: this.axisDir, lang: this.uiLang, domain: this.domain(), visible: this.visible });
    // A gesture frame paints the axis on the canvas with the marks and leaves the SVG alone: new
    // tick labels would otherwise be parsed, styled and laid out as SVG text in the frame.
    const gesture = this.moving || this.brushing;
    if (gesture !== this.axisOnCanvas) {
      this.svg.querySelector('.tl-axis')!.classList.toggle('tl-hide', gesture);
      this.axisOnCanvas = gesture;
    }
    if (!gesture) this.drawFrame(layout);
    drawMarksCanvas(this.canvas.getContext('2d')!, layout.marks, this.look, gesture ? layout : null);
    if (gesture || !this.hasLinksFor(layout)) {
      if (!this.marksStale) {
        // The focused mark's outline would stay at its old place: it waits, hidden, for the end.
        (this.svg.querySelector(':focus') as Element | null)?.classList.add('tl-stale');
        this.marksStale = true;
      }
    } else {
      this.renderMarks(layout);
      if (this.marksStale) {
        this.svg.querySelector('.tl-stale')?.classList.remove('tl-stale');
        this.marksStale = false;
      }
    }
    this.drawBrush(gesture);
  }

  /**
   * Whether the SVG marks can follow `layout`: a statement's mark that is not in the page yet
   * needs its link, from the links file. Without it, that file is asked for, and the marks wait
   * (the canvas already shows them) until it has loaded.
   */
  private hasLinksFor(layout: TimelineLayout): boolean {
    if (this.data.anchor || !layout.marks.some((m) => m.kind === 'one' && !this.marks.has(m.key))) return true;
    void this.loadLinks();
    return false;
  }

  /** The link columns (`data-links-src`), once; then the SVG marks that waited for them. */
  private loadLinks(): Promise<void> {
    this.links ??= loadJson(this.dataUrl('timeline-links', this.dataset.linksSrc!))
      .then((json) => {
        Object.assign(this.data, readTimelineLinks(json, this.data.day.length));
        if (this.marksStale && !this.moving && !this.brushing) this.render();
      })
      .catch((error: unknown) => console.warn('timeline: links unavailable', error));
    return this.links;
  }

  /** Lanes, toggles and the axis: cheap, and drawn on every frame. */
  private drawFrame(layout: TimelineLayout): void {
    // Lanes change only with the width or the toggles; the axis is rebuilt only when its
    // labels change, otherwise its ticks just move.
    const lanes = lanesMarkup(layout, this.uiLang);
    if (lanes !== this.lanesDrawn) this.svg.querySelector('.tl-lanes')!.innerHTML = this.lanesDrawn = lanes;
    const labels = layout.ticks.map((t) => t.label).join('|');
    const axis = this.svg.querySelector('.tl-axis')!;
    if (labels !== this.tickLabels) {
      axis.innerHTML = axisMarkup(layout);
      this.tickLabels = labels;
    } else {
      const ticks = axis.querySelectorAll('.tl-tick');
      layout.ticks.forEach((t, i) => ticks[i]!.setAttribute('transform', `translate(${t.x},0)`));
    }
    this.svg.querySelectorAll<SVGGElement>('.tl-lane-marks').forEach((g, l) => g.classList.toggle('tl-off', !layout.lanes[l]!.visible));
  }

  /**
   * The page's current colours and font for the canvas, resolved by the browser (the theme's
   * `light-dark()` values included). Read at the start, when the theme changes, and when a
   * gesture starts (before anything changes, so the read costs no style work).
   */
  private readLook(): void {
    const frame = getComputedStyle(this.svg.parentElement!);
    const host = getComputedStyle(this);
    this.look.stroke = frame.backgroundColor || '#fff';
    // The frame's border is `--tc-line`, the host's text `--tc-fg`, the axis rule `--tc-muted`.
    this.look.line = frame.borderTopColor;
    this.look.fg = host.color;
    this.look.muted = getComputedStyle(this.svg.querySelector('.tl-axis-line')!).stroke;
    this.look.fontFamily = host.fontFamily;
  }

  /**
   * Sizes the canvas bitmap to the chart at the screen's pixel density. A resized canvas loses
   * its font and text alignment, so they are set again here, when nothing else has changed yet.
   */
  private sizeCanvas(width: number, height: number): void {
    const ratio = Math.min(3, window.devicePixelRatio || 1);
    Object.assign(this.look, { width, height, ratio });
    const w = Math.round(width * ratio);
    const h = Math.round(height * ratio);
    if (this.canvas.width === w && this.canvas.height === h) return;
    this.canvas.width = w;
    this.canvas.height = h;
    prepareCanvas(this.canvas.getContext('2d')!, this.look);
  }

  /** Updates the SVG marks (the links) to the layout, by key. */
  private renderMarks(layout: TimelineLayout): void {
    const focused = this.svg.contains(document.activeElement) ? (document.activeElement as SVGGraphicsElement) : null;
    const groups = [...this.svg.querySelectorAll<SVGGElement>('.tl-lane-marks')];
    const seen = new Set<string>();
    const fresh: Mark[] = [];
    for (const m of layout.marks) {
      seen.add(m.key);
      const el = this.marks.get(m.key);
      if (el) {
        const t = `translate(${m.x},${m.y})`;
        if (el.getAttribute('transform') !== t) el.setAttribute('transform', t);
      } else fresh.push(m);
    }
    // Marks that left the view are given to marks that came in (same lane and kind), so a
    // zoom frame that regroups counts updates attributes instead of making new elements.
    const spare = new Map<string, SVGGraphicsElement[]>();
    let focusLane: Element | null = null;
    for (const [key, el] of this.marks) {
      if (seen.has(key)) continue;
      this.marks.delete(key);
      if (el === this.held) el.setAttribute('visibility', 'hidden');
      else if (el === focused) {
        focusLane = el.parentElement;
        el.remove();
      }
      else {
        const pool = `${groups.indexOf(el.parentElement as Element as SVGGElement)}${el.classList.contains('tl-count') ? 'c' : 'i'}`;
        const list = spare.get(pool);
        if (list) list.push(el);
        else spare.set(pool, [el]);
      }
    }
    const made: string[][] = CAPITALS.map(() => []);
    for (const m of fresh) {
      const el = spare.get(`${m.lane}${m.kind === 'count' ? 'c' : 'i'}`)?.pop();
      if (el) {
        updateMark(el, markParts(m, this.ctx));
        this.marks.set(m.key, el);
      } else made[m.lane]!.push(markMarkup(m, this.ctx));
    }
    for (const list of spare.values()) for (const el of list) el.remove();
    const scratch = document.createElementNS(SVG_NS, 'g');
    made.forEach((list, l) => {
      if (!list.length) return;
      scratch.innerHTML = list.join('');
      for (const el of [...scratch.children] as SVGGraphicsElement[]) this.marks.set(el.dataset.key!, el);
      groups[l]!.append(...scratch.children);
    });
    if (focused && !focused.isConnected) this.refocus(markX(focused), focusLane);
  }

  /** After a zoom merged the focused mark away, focus the nearest mark in its lane. */
  private refocus(x: number, lane: Element | null): void {
    let best: SVGGraphicsElement | null = null;
    let bestD = Infinity;
    for (const el of lane?.querySelectorAll<SVGGraphicsElement>('[data-key]') ?? []) {
      const d = Math.abs(markX(el) - x);
      if (d < bestD) [best, bestD] = [el, d];
    }
    (best ?? this.svg).focus({ preventScroll: true });
  }

  /**
   * Moves the overview's brush to the view. What is seen are HTML boxes on their own compositor
   * layers, moved by `transform` only: changing the SVG rect repainted and rastered the whole
   * overview on every zoom frame, and that alone made one frame in ten miss the display's rate in
   * the benchmark. The transparent SVG rect (the pointer's target) follows outside gestures.
   */
  private drawBrush(gesture = false): void {
    const [lo, hi] = this.brushSpan();
    const w = Math.max(2, hi - lo);
    const [fill, start, end] = this.brushBoxes;
    fill.style.transform = `translateX(${lo}px) scaleX(${w / this.width})`;
    start.style.transform = `translateX(${lo}px)`;
    end.style.transform = `translateX(${lo + w}px)`;
    if (gesture) return;
    const brush = this.overview.querySelector('.tl-brush')!;
    brush.setAttribute('x', String(lo));
    brush.setAttribute('width', String(w));
  }

  /** The view's extent on the overview, in its x (left to right whatever the direction): `[lo, hi]`. */
  private brushSpan(): [number, number] {
    const [a, b] = this.domain().map((d) => this.full(dayDate(d)));
    return [Math.min(a!, b!), Math.max(a!, b!)];
  }

  private wire(): void {
    this.querySelector('.tl-zoom')!.addEventListener('click', (event) => {
      const kind = (event.target as Element).closest('button')?.dataset.zoom;
      if (kind === 'in') this.svgSel.call(this.zoomer.scaleBy, ZOOM_STEP);
      else if (kind === 'out') this.svgSel.call(this.zoomer.scaleBy, 1 / ZOOM_STEP);
      else if (kind === 'reset') this.svgSel.call(this.zoomer.transform, zoomIdentity);
      this.queueUrl();
    });
    for (const box of this.querySelectorAll<HTMLInputElement>('input[data-capital]')) {
      box.checked = this.visible[CAPITALS.indexOf(box.dataset.capital as (typeof CAPITALS)[number])]!;
      box.addEventListener('change', () => {
        this.visible[CAPITALS.indexOf(box.dataset.capital as (typeof CAPITALS)[number])] = box.checked;
        this.render();
        this.queueUrl();
      });
    }
    this.addEventListener('keydown', (event) => this.onKey(event));
    this.svg.addEventListener('click', (event) => {
      const count = (event.target as Element).closest<SVGGraphicsElement>('.tl-count');
      if (!count) return;
      const from = Number(count.dataset.from);
      const to = Number(count.dataset.to);
      // A count of one day cannot split further: its link (the day page) is the way in.
      if (from === to && this.domain()[1] - this.domain()[0] <= MIN_SPAN_DAYS + 0.01) return;
      event.preventDefault();
      const pad = Math.max(1, (to + 1 - from) * 0.1);
      const mid = (from + to + 1) / 2;
      const half = Math.max(MIN_SPAN_DAYS / 2, (to + 1 - from) / 2 + pad);
      this.show(mid - half, mid + half);
      this.queueUrl();
    });
    const tipOn = (event: Event): void => {
      const mark = (event.target as Element).closest?.<SVGGraphicsElement>('[data-key]');
      if (mark) this.showTip(mark);
    };
    // The links are fetched on the first sign of a gesture, so that they are usually in by the
    // time a gesture ends; a page that is only read never loads them.
    const linksSoon = (): void => void this.loadLinks();
    for (const type of ['pointerover', 'focusin', 'touchstart', 'wheel', 'keydown']) this.addEventListener(type, linksSoon, { once: true, passive: true });
    this.svg.addEventListener('pointerover', tipOn);
    this.svg.addEventListener('focusin', tipOn);
    this.svg.addEventListener('pointerout', () => this.hideTip());
    this.svg.addEventListener('focusout', () => this.hideTip());
    this.wireBrush();
  }

  private onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (target.matches('input, summary, details *')) return;
    const step = (this.width - 2 * GEOMETRY.pad) * 0.15 / this.transform.k;
    const actions: Record<string, () => void> = {
      '+': () => this.svgSel.call(this.zoomer.scaleBy, ZOOM_STEP),
      '=': () => this.svgSel.call(this.zoomer.scaleBy, ZOOM_STEP),
      '-': () => this.svgSel.call(this.zoomer.scaleBy, 1 / ZOOM_STEP),
      '−': () => this.svgSel.call(this.zoomer.scaleBy, 1 / ZOOM_STEP),
      // Physical arrows: content moves with the arrow, so in rtl ArrowLeft goes later in time.
      ArrowLeft: () => this.svgSel.call(this.zoomer.translateBy, step, 0),
      ArrowRight: () => this.svgSel.call(this.zoomer.translateBy, -step, 0),
      Home: () => this.svgSel.call(this.zoomer.transform, zoomIdentity),
    };
    const action = actions[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
    this.queueUrl();
  }

  private wireBrush(): void {
    let mode: 'move' | 'a' | 'b' | null = null;
    let grab = 0;
    let start: [number, number] = [0, 0];
    const toX = (event: PointerEvent): number => {
      const rect = this.overview.getBoundingClientRect();
      return ((event.clientX - rect.left) / rect.width) * this.width;
    };
    const apply = (lo: number, hi: number): void => {
      const min = 4;
      if (hi - lo < min) hi = lo + min;
      const k = (this.width - 2 * GEOMETRY.pad) / (hi - lo);
      this.svgSel.call(this.zoomer.transform, zoomIdentity.translate(GEOMETRY.pad - k * lo, 0).scale(k));
    };
    this.overview.addEventListener('pointerdown', (event) => {
      const x = toX(event);
      const [lo, hi] = this.brushSpan();
      const edge = 8;
      if (Math.abs(x - lo) <= edge) mode = 'a';
      else if (Math.abs(x - hi) <= edge) mode = 'b';
      else {
        mode = 'move';
        if (x < lo || x > hi) apply(x - (hi - lo) / 2, x + (hi - lo) / 2);
      }
      start = this.brushSpan();
      grab = x;
      this.brushing = true;
      this.overview.setPointerCapture(event.pointerId);
      event.preventDefault();
    });
    this.overview.addEventListener('pointermove', (event) => {
      if (!mode) return;
      const dx = toX(event) - grab;
      const [lo, hi] = start;
      if (mode === 'move') apply(lo + dx, hi + dx);
      else if (mode === 'a') apply(Math.min(lo + dx, hi - 4), hi);
      else apply(lo, Math.max(hi + dx, lo + 4));
    });
    const end = (): void => {
      if (mode) this.queueUrl();
      mode = null;
      this.brushing = false;
      if (this.marksStale) this.render();
    };
    this.overview.addEventListener('pointerup', end);
    this.overview.addEventListener('pointercancel', end);
  }

  private showTip(mark: SVGGraphicsElement): void {
    const tip = this.querySelector<HTMLElement>('.tl-tip')!;
    tip.replaceChildren();
    const strong = document.createElement('b');
    const line = document.createElement('span');
    // The words are in the statement's language, whatever the page's: a Persian statement on the
    // English page still reads right to left.
    line.dir = 'auto';
    if (mark.dataset.i !== undefined) {
      const i = Number(mark.dataset.i);
      const strings = TIMELINE_STRINGS[this.uiLang];
      strong.textContent = `${dayText(this.data.day[i]!, this.uiLang)} · ${this.data.speakers[this.data.speaker[i]!]} · ${strings.capital[CAPITALS[this.data.lane[i]!]!]}`;
      const words = this.wordsOf(i);
      if (typeof words === 'string') line.textContent = words;
      else void words.then((text) => { if (line.isConnected) line.textContent = text; });
    } else {
      strong.textContent = mark.getAttribute('aria-label') ?? '';
      line.textContent = TIMELINE_STRINGS[this.uiLang].countHint;
    }
    tip.append(strong, line);
    tip.hidden = false;
    const host = this.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const tipBox = tip.getBoundingClientRect();
    const left = Math.min(host.width - tipBox.width, Math.max(0, box.left - host.left + box.width / 2 - tipBox.width / 2));
    let top = box.top - host.top - tipBox.height - 8;
    if (top < 0) top = box.bottom - host.top + 8;
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }

  /**
   * Statement `i`'s tooltip words: at once if its part has loaded, else once it has. A part that
   * failed to load is asked for again on the next hover (the tooltip shows no words meanwhile).
   */
  private wordsOf(i: number): string | Promise<string> {
    const k = Math.floor(i / WORDS_PER_FILE);
    const at = i - k * WORDS_PER_FILE;
    let part = this.wordParts.get(k);
    if (Array.isArray(part)) return part[at] ?? '';
    const src = this.dataset.wordsSrc;
    if (!src) return '';
    if (!part) {
      part = loadJson(`${src}${k}.json`).then(
        (json) => {
          const words = Array.isArray(json) ? json.map(String) : [];
          this.wordParts.set(k, words);
          return words;
        },
        () => {
          this.wordParts.delete(k);
          return [];
        },
      );
      this.wordParts.set(k, part);
    }
    return part.then((words) => words[at] ?? '');
  }

  private hideTip(): void {
    this.querySelector<HTMLElement>('.tl-tip')!.hidden = true;
  }

  private readUrl(): void {
    const params = new URLSearchParams(location.search);
    const caps = params.get('capitals');
    if (caps !== null) {
      const wanted = caps.split(',').filter(isCapital);
      this.visible = CAPITALS.map((c) => wanted.includes(c));
    }
    try {
      const from = params.get('from');
      const to = params.get('to');
      if (from && to) {
        const a = dayNumber(from);
        const b = dayNumber(to) + 1;
        if (b > a) this.pendingDomain = [a, b];
      }
    } catch {
      // A hand-edited URL with a bad date just shows the whole range.
    }
  }

  private queueUrl(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = window.setTimeout(() => this.writeUrl(), 250);
  }

  private writeUrl(): void {
    const url = new URL(location.href);
    const [a, b] = this.domain();
    const whole = this.transform.k < 1.001;
    if (whole) {
      url.searchParams.delete('from');
      url.searchParams.delete('to');
    } else {
      url.searchParams.set('from', dayString(Math.floor(a)));
      url.searchParams.set('to', dayString(Math.max(Math.floor(a), Math.ceil(b) - 1)));
    }
    if (this.visible.every(Boolean)) url.searchParams.delete('capitals');
    else url.searchParams.set('capitals', CAPITALS.filter((_, l) => this.visible[l]).join(','));
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }
}

/** A mark's x, from its `translate(x,y)`. */
const markX = (el: Element): number => Number(/translate\(([-\d.]+)/.exec(el.getAttribute('transform') ?? '')?.[1] ?? 0);

/** Gives a reused mark element another mark's parts (same kind, so the same attributes). */
function updateMark(el: SVGGraphicsElement, parts: MarkParts): void {
  for (const [name, value] of parts.attrs) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  const path = el.firstElementChild!;
  if (path.getAttribute('d') !== parts.d) path.setAttribute('d', parts.d);
  const text = el.lastElementChild!;
  if (parts.text && text !== path) {
    if (text.textContent !== parts.text.label) text.textContent = parts.text.label;
    if (text.getAttribute('y') !== String(parts.text.y)) text.setAttribute('y', String(parts.text.y));
  }
}

/** Runs `task` when the page is idle (within a second at most). */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 200);
}

/** Lets the browser handle input and paint before the next step (`scheduler.yield` where there is one). */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

async function loadJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  return response.json();
}

if (!customElements.get('tc-timeline')) customElements.define('tc-timeline', TcTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'tc-timeline': TcTimeline;
  }
}
