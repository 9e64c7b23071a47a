/**
 * The statements the timeline draws, in two shapes: `TimelineItem` (one object per statement,
 * what a page passes to `Timeline.astro`) and `TimelineData` (columnar arrays, what
 * `data/timeline.json` ships to the browser: about 40 bytes a statement before gzip).
 */
import { CAPITALS, type Capital } from '../../lib/capitals';
import type { Statement } from '../../lib/extract/statementTypes';

/** One statement as the timeline needs it. */
export interface TimelineItem {
  /** Statement id, `<report id>/<anchor>` (the report id may itself contain `/`). */
  id: string;
  /** Calendar date, `YYYY-MM-DD`. */
  date: string;
  /** Capitals of the statement; the first (primary) one picks the lane. */
  capitals: readonly Capital[];
  speaker: string;
  /** The first words of the statement, for the tooltip. */
  words: string;
}

/**
 * Columnar form of the statements, sorted by day; index `i` is the same statement in every
 * per-statement array. The site ships it without `words` (see `splitWords`): the tooltip text
 * is most of the bytes and is not needed to draw, so it comes in a second file, later.
 */
export interface TimelineData {
  v: 1;
  /** Days since 1970-01-01 (UTC calendar days), ascending. */
  day: number[];
  /** Lane: index of the primary capital in `CAPITALS`. */
  lane: number[];
  /** Distinct speakers, and each statement's index into them. */
  speakers: string[];
  speaker: number[];
  /** Distinct report ids, and each statement's index into them. */
  reports: string[];
  report: number[];
  /** Each statement's anchor on its report page. */
  anchor: string[];
  /** The first words of each statement (left out of `data/timeline.json`, in `data/timeline-words.json`). */
  words?: string[];
}

/** `data` without its `words` column, and that column on its own (for two files: draw first, tooltips later). */
export function splitWords(data: TimelineData): { core: TimelineData; words: string[] } {
  const { words = [], ...core } = data;
  return { core, words };
}

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` → days since 1970-01-01, read as a calendar day (no time zone involved). */
export function dayNumber(date: string): number {
  const m = ISO_DAY.exec(date);
  if (!m) throw new Error(`timeline: not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** Days since 1970-01-01 → `YYYY-MM-DD`. */
export const dayString = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Days since 1970-01-01 → the UTC-midnight `Date` of that day (what the time scale takes). */
export const dayDate = (day: number): Date => new Date(day * MS_PER_DAY);

/** A `Date` (any time of day) → fractional days since 1970-01-01 UTC. */
export const dateDay = (date: Date | number): number => +date / MS_PER_DAY;

/** Splits a statement id into its report id and anchor (the anchor is the last segment). */
export function splitStatementId(id: string): { report: string; anchor: string } {
  const cut = id.lastIndexOf('/');
  if (cut <= 0) throw new Error(`timeline: statement id without a report: ${JSON.stringify(id)}`);
  return { report: id.slice(0, cut), anchor: id.slice(cut + 1) };
}

/** The first `max` characters of `text`, cut at a word boundary, with an ellipsis when cut. */
export function firstWords(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > max / 2 ? cut : max)}…`;
}

/** A published `Statement` → the timeline's item (what the SITE's data layer maps). */
export function toTimelineItem(s: Pick<Statement, 'id' | 'date' | 'capitals' | 'speaker' | 'text'>): TimelineItem {
  return { id: s.id, date: s.date, capitals: s.capitals, speaker: s.speaker, words: firstWords(s.text) };
}

/** Packs items into the columnar form, sorted by day then id (stable for equal input). */
export function toTimelineData(items: readonly TimelineItem[]): Required<TimelineData> {
  const rows = items
    .map((item) => ({ item, day: dayNumber(item.date) }))
    .sort((a, b) => a.day - b.day || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
  const data: Required<TimelineData> = { v: 1, day: [], lane: [], speakers: [], speaker: [], reports: [], report: [], anchor: [], words: [] };
  const speakerIndex = new Map<string, number>();
  const reportIndex = new Map<string, number>();
  const intern = (map: Map<string, number>, list: string[], value: string): number => {
    let i = map.get(value);
    if (i === undefined) {
      i = list.push(value) - 1;
      map.set(value, i);
    }
    return i;
  };
  for (const { item, day } of rows) {
    const lane = CAPITALS.indexOf(item.capitals[0] as Capital);
    if (lane < 0) throw new Error(`timeline: statement ${item.id} has no capital`);
    const { report, anchor } = splitStatementId(item.id);
    data.day.push(day);
    data.lane.push(lane);
    data.speaker.push(intern(speakerIndex, data.speakers, item.speaker));
    data.report.push(intern(reportIndex, data.reports, report));
    data.anchor.push(anchor);
    data.words.push(item.words);
  }
  return data;
}
