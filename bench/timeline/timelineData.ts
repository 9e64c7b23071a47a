/**
 * Reading and cutting the project's timeline data file for the timeline benchmark.
 * The file's shape belongs to the TIMELINE owner; this module only needs: where the per-statement
 * records are (an array of objects, or parallel arrays "columns"), and per record a date, a
 * capital and a speaker. Everything else in the file is kept as is.
 */
import { readFileSync } from 'node:fs';
import type { PeerItem } from './peerPages';
import { toAsciiJson } from '../../src/lib/export/toAsciiJson';
import { readTimelineFile, readTimelineLinks, toTimelineFiles, type TimelineColumns } from '../../src/scripts/timeline/timelineData';

/** One statement as the benchmark needs it. */
export interface BenchStatement {
  t: number;
  capital: number;
  speaker: string;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const CAPITALS = ['baku', 'moscow', 'yerevan'];

/** Path (keys) to the longest array of objects, or of parallel arrays, in the file. */
function recordArrays(root: Json): { kind: 'rows'; key: string | null } | { kind: 'columns'; keys: string[]; len: number } {
  if (Array.isArray(root)) return { kind: 'rows', key: null };
  if (root && typeof root === 'object') {
    // The TIMELINE owner's columnar format (src/scripts/timeline/timelineData.ts, `TimelineData`):
    // per-statement columns beside lookup tables (`speakers`, `reports`) that must not be cut.
    const day = root['day'];
    if (Array.isArray(day) && Array.isArray(root['lane'])) {
      const keys = ['day', 'lane', 'speaker', 'report', 'anchor', 'words'].filter((k) => Array.isArray(root[k]));
      return { kind: 'columns', keys, len: day.length };
    }
    const entries = Object.entries(root).filter(([, v]) => Array.isArray(v)) as [string, Json[]][];
    const rows = entries.filter(([, v]) => v.length > 0 && typeof v[0] === 'object' && v[0] !== null && !Array.isArray(v[0])).sort((a, b) => b[1].length - a[1].length);
    const longest = Math.max(0, ...entries.map(([, v]) => v.length));
    const columns = entries.filter(([, v]) => v.length === longest);
    if (rows[0] && rows[0][1].length === longest) return { kind: 'rows', key: rows[0][0] };
    if (columns.length >= 2) return { kind: 'columns', keys: columns.map(([k]) => k), len: longest };
    if (rows[0]) return { kind: 'rows', key: rows[0][0] };
  }
  throw new Error('timeline data: no per-statement array found');
}

/** An even subsample of n indices out of len (all of them when n ≥ len), in order. */
function evenIndices(len: number, n: number): number[] {
  if (n >= len) return Array.from({ length: len }, (_, i) => i);
  return Array.from({ length: n }, (_, i) => Math.floor((i * len) / n));
}

const field = (rec: Record<string, Json>, re: RegExp): Json | undefined => {
  const k = Object.keys(rec).find((key) => re.test(key));
  return k === undefined ? undefined : rec[k];
};

/** Looks a value up in a top-level table when it is an index into one (compact files). */
function resolveLookup(root: Json, value: Json | undefined, tableRe: RegExp): Json | undefined {
  if (typeof value !== 'number' || !root || typeof root !== 'object' || Array.isArray(root)) return value;
  const table = Object.entries(root).find(([k, v]) => tableRe.test(k) && Array.isArray(v))?.[1] as Json[] | undefined;
  return table && value >= 0 && value < table.length ? table[value] : value;
}

function toTime(v: Json | undefined, root: Json): number {
  if (typeof v === 'string') return Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);
  if (typeof v === 'number') {
    if (v > 1e11) return v; // ms
    if (v > 1e8) return v * 1000; // s
    const epoch = root && typeof root === 'object' && !Array.isArray(root) ? root['epoch'] ?? root['start'] ?? root['t0'] : undefined;
    const e = typeof epoch === 'string' ? Date.parse(`${epoch}T00:00:00Z`) : typeof epoch === 'number' ? epoch : 0;
    return e + v * 86_400_000; // days since an epoch
  }
  return NaN;
}

function toCapital(v: Json | undefined): number {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'number') return first;
  if (typeof first === 'string') return CAPITALS.indexOf(first);
  return -1;
}

/** The records of the file as rows (objects), whatever its layout. */
function rowsOf(root: Json): Record<string, Json>[] {
  const where = recordArrays(root);
  const obj = root as Record<string, Json>;
  if (where.kind === 'rows') return (where.key === null ? root : obj[where.key]) as Record<string, Json>[];
  return Array.from({ length: where.len }, (_, i) => Object.fromEntries(where.keys.map((k) => [k, (obj[k] as Json[])[i] ?? null])));
}

/**
 * Reads a timeline data file. The site's own `data/timeline.json` (version 2: number columns as
 * VLQ strings, the link columns in `timeline-links.json` beside it) comes back as plain columns,
 * so it is cut like any other columnar file; anything else is returned as parsed.
 */
export function readTimelineDataFile(file: string): unknown {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!json || typeof json !== 'object' || (json as { v?: unknown }).v !== 2) return json;
  const core = readTimelineFile(json);
  const links = readTimelineLinks(JSON.parse(readFileSync(file.replace(/\.json$/, '-links.json'), 'utf8')), core.day.length);
  return { day: [...core.day], lane: [...core.lane], speakers: core.speakers, speaker: [...core.speaker], reports: links.reports, report: [...links.report], anchor: links.anchor };
}

/** A cut of the site's columns as the site serves them: `data/timeline.json` and `timeline-links.json`, all ASCII. */
export function toProjectFiles(cut: unknown): { core: string; links: string } {
  const { core, links } = toTimelineFiles({ words: [], ...(cut as Omit<TimelineColumns, 'words'>) });
  return { core: toAsciiJson(core), links: toAsciiJson(links) };
}

/** The file cut to an even subsample of n statements, and those statements for the peers. */
export function cutTimelineData(root: unknown, n: number): { data: unknown; statements: BenchStatement[] } {
  const json = root as Json;
  const where = recordArrays(json);
  let data: Json;
  if (where.kind === 'rows') {
    const arr = (where.key === null ? json : (json as Record<string, Json>)[where.key]) as Json[];
    const cut = evenIndices(arr.length, n).map((i) => arr[i] as Json);
    data = where.key === null ? cut : { ...(json as Record<string, Json>), [where.key]: cut };
  } else {
    const idx = evenIndices(where.len, n);
    const obj = json as Record<string, Json>;
    data = { ...obj, ...Object.fromEntries(where.keys.map((k) => [k, idx.map((i) => (obj[k] as Json[])[i] ?? null)])) };
  }
  const statements = rowsOf(data).map((rec) => ({
    t: toTime(field(rec, /^(date|day|d|t|time)$/i), data),
    capital: toCapital(resolveLookup(data, field(rec, /^(capitals?|c|cap|lane)$/i), /^(capitals|lanes)$/i)),
    speaker: String(resolveLookup(data, field(rec, /^(speaker|s|sp|who)$/i), /^speakers$/i) ?? ''),
  }));
  return { data, statements };
}

/** The statements as the peer pages draw them (speaker index per capital). */
export function toPeerItems(statements: readonly BenchStatement[]): PeerItem[] {
  const speakerIndex = new Map<string, number>();
  return statements
    .filter((s) => Number.isFinite(s.t) && s.capital >= 0)
    .map((s, id) => {
      const key = `${s.capital}:${s.speaker}`;
      if (!speakerIndex.has(key)) speakerIndex.set(key, [...speakerIndex.keys()].filter((k) => k.startsWith(`${s.capital}:`)).length);
      return { id, t: s.t, g: s.capital, s: Math.min(speakerIndex.get(key) ?? 0, 7), label: s.speaker };
    });
}
