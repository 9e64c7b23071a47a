/**
 * The statements the timeline draws, in two shapes: `TimelineItem` (one object per statement,
 * what a page passes to `Timeline.astro`) and `TimelineData` (columns), with the files that ship
 * the columns to the browser (`TimelineFile`, `TimelineLinksFile`, and the words in parts).
 */
import { CAPITALS, type Capital } from '../../lib/capitals';
import type { Statement } from '../../lib/extract/statementTypes';
import { decodeVlq, encodeVlq } from './vlqColumn';

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
 * per-statement column. The build makes it with plain arrays (`TimelineColumns`); the browser
 * holds the drawing columns as typed arrays from `data/timeline.json`, and the link columns once
 * their file has loaded (see `toTimelineFiles`).
 */
export interface TimelineData {
  /** Days since 1970-01-01 (UTC calendar days), ascending. */
  day: ArrayLike<number>;
  /** Lane: index of the primary capital in `CAPITALS`. */
  lane: ArrayLike<number>;
  /** Distinct speakers, and each statement's index into them. */
  speakers: string[];
  speaker: ArrayLike<number>;
  /** Distinct report ids, and each statement's index into them (from `data/timeline-links.json`). */
  reports?: string[];
  report?: ArrayLike<number>;
  /** Each statement's anchor on its report page (from `data/timeline-links.json`). */
  anchor?: string[];
}

/** Every column, as the build makes them, with the tooltip words (the browser loads those a part at a time, see `WORDS_PER_FILE`). */
export interface TimelineColumns extends Required<TimelineData> {
  day: number[];
  lane: number[];
  speaker: number[];
  report: number[];
  /** The first words of each statement. */
  words: string[];
}

/**
 * `data/timeline.json`: what the first draw needs, each number column one base64-VLQ string
 * (`vlqColumn.ts`; `day` as differences). About 3.5 bytes a statement: at 50,000 statements
 * 174 KB that Chromium fetches and parses in a sixth of the time of the same columns as arrays.
 */
export interface TimelineFile {
  v: 2;
  /** Number of statements. */
  n: number;
  day: string;
  lane: string;
  speakers: string[];
  speaker: string;
}

/**
 * `data/timeline-links.json`: what a mark's link needs (`reports`, `report` as VLQ differences,
 * `anchor`). Most of the bytes, and not needed to draw: the widget loads it on the reader's first
 * gesture, or when it first draws a statement whose link is not in the page.
 */
export interface TimelineLinksFile {
  v: 2;
  n: number;
  reports: string[];
  report: string;
  anchor: string[];
}

/**
 * Statements per tooltip-words file: `data/timeline-words/<k>.json` holds the words of statements
 * k · WORDS_PER_FILE to (k + 1) · WORDS_PER_FILE − 1. A first hover then loads one small file
 * (≈ 140 KB) instead of the words of every statement (7 MB at 50,000 statements).
 */
export const WORDS_PER_FILE = 1000;

/** `words` cut into the parts of `WORDS_PER_FILE` that `data/timeline-words/<k>.json` serve. */
export function wordsParts(words: readonly string[]): string[][] {
  const parts: string[][] = [];
  for (let k = 0; k * WORDS_PER_FILE < words.length; k++) parts.push(words.slice(k * WORDS_PER_FILE, (k + 1) * WORDS_PER_FILE));
  return parts;
}

/** The three kinds of file the site ships for `data` (draw first, links and tooltip words later). */
export function toTimelineFiles(data: TimelineColumns): { core: TimelineFile; links: TimelineLinksFile; words: string[] } {
  const n = data.day.length;
  return {
    core: { v: 2, n, day: encodeVlq(data.day, { delta: true }), lane: encodeVlq(data.lane), speakers: data.speakers, speaker: encodeVlq(data.speaker) },
    links: { v: 2, n, reports: data.reports, report: encodeVlq(data.report, { delta: true }), anchor: data.anchor },
    words: data.words,
  };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Throws unless every value of `column` indexes `size` entries. */
function checkIndex(column: Int32Array, size: number, what: string): void {
  for (let i = 0; i < column.length; i++) {
    if (column[i]! < 0 || column[i]! >= size) throw new Error(`timeline data: ${what} ${i} is ${column[i]}, outside 0–${size - 1}`);
  }
}

/** Reads a parsed `data/timeline.json`; throws on any other shape (a stale or damaged file). */
export function readTimelineFile(json: unknown): TimelineData & { day: Int32Array; lane: Int32Array; speaker: Int32Array } {
  if (!isObject(json) || json['v'] !== 2) throw new Error('timeline data: not a version 2 timeline file');
  const { n, day, lane, speakers, speaker } = json;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new Error('timeline data: "n" is not a count');
  if (typeof day !== 'string' || typeof lane !== 'string' || typeof speaker !== 'string' || !isStrings(speakers)) {
    throw new Error('timeline data: "day", "lane" and "speaker" must be strings and "speakers" a list of strings');
  }
  const data = { day: decodeVlq(day, n, { delta: true }), lane: decodeVlq(lane, n), speakers, speaker: decodeVlq(speaker, n) };
  checkIndex(data.lane, CAPITALS.length, 'lane of statement');
  checkIndex(data.speaker, speakers.length, 'speaker of statement');
  return data;
}

/** Reads a parsed `data/timeline-links.json` for the `n` statements of its `data/timeline.json`. */
export function readTimelineLinks(json: unknown, n: number): { reports: string[]; report: Int32Array; anchor: string[] } {
  if (!isObject(json) || json['v'] !== 2) throw new Error('timeline links: not a version 2 links file');
  const { reports, report, anchor } = json;
  if (json['n'] !== n) throw new Error(`timeline links: ${String(json['n'])} statements, the timeline has ${n}`);
  if (!isStrings(reports) || typeof report !== 'string' || !isStrings(anchor) || anchor.length !== n) {
    throw new Error(`timeline links: "reports" and ${n} "anchor" strings, and "report" as a string, expected`);
  }
  const links = { reports, report: decodeVlq(report, n, { delta: true }), anchor };
  checkIndex(links.report, reports.length, 'report of statement');
  return links;
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
export function toTimelineData(items: readonly TimelineItem[]): TimelineColumns {
  const rows = items
    .map((item) => ({ item, day: dayNumber(item.date) }))
    .sort((a, b) => a.day - b.day || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
  const data: TimelineColumns = { day: [], lane: [], speakers: [], speaker: [], reports: [], report: [], anchor: [], words: [] };
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
