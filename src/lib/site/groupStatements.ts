/** Pure grouping and ordering of statements and reports for the site's pages. */
import type { Capital } from '../capitals';
import type { Statement } from '../extract/statementTypes';
import { toSearchKey } from '../text/normalise';

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Chronological order: date, then report id, then block; stable for equal keys. */
export function compareStatements(a: Statement, b: Statement): number {
  return byCodeUnits(a.date, b.date) || byCodeUnits(a.report, b.report) || a.block - b.block || byCodeUnits(a.id, b.id);
}

/** Groups items by a key, keeping the items' order inside each group and the groups in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Statements (already in order) grouped by calendar day `YYYY-MM-DD`. */
export const groupByDay = (statements: readonly Statement[]): Map<string, Statement[]> => groupBy(statements, (s) => s.date);

/** Statements (already in order) grouped by Gregorian month `YYYY-MM`. */
export const groupByMonth = (statements: readonly Statement[]): Map<string, Statement[]> =>
  groupBy(statements, (s) => s.date.slice(0, 7));

/** True when the statement speaks for `capital` (joint statements count for each of their capitals). */
export const speaksFor = (s: Statement, capital: Capital): boolean => s.capitals.includes(capital);

/** A speaker and how many statements they made. */
export interface SpeakerTally {
  speaker: string;
  count: number;
}

/**
 * Speakers of `statements` with counts, most statements first. One speaker is one
 * `speakerKey` (the gazetteer's identity: "Aliyev" and "الهام علی‌اف" are one) or, without it,
 * one normalised name (ي/ی, ZWNJ/space). Shown in the most frequent spelling from reports in
 * `lang` (the reader's language) when there is one, else the most frequent; the fuller name on a tie.
 */
export function tallySpeakers(
  statements: readonly Statement[],
  lang?: 'fa' | 'en',
  /**
   * The name to show for a speaker key, when something better than a spelling is known (the
   * gazetteer's); it is given the most used spelling in `lang`, if the statements have one.
   */
  nameOf: (key: string, spellingInLang: string | undefined) => string | undefined = () => undefined,
): SpeakerTally[] {
  const groups = new Map<string, Map<string, { count: number; inLang: number }>>();
  for (const s of statements) {
    const key = s.speakerKey ?? toSearchKey(s.speaker);
    const spellings = groups.get(key) ?? new Map<string, { count: number; inLang: number }>();
    const seen = spellings.get(s.speaker) ?? { count: 0, inLang: 0 };
    spellings.set(s.speaker, { count: seen.count + 1, inLang: seen.inLang + (s.lang === lang ? 1 : 0) });
    groups.set(key, spellings);
  }
  const tallies = [...groups].map(([key, spellings]) => {
    const ranked = [...spellings].sort((a, b) => b[1].inLang - a[1].inLang || b[1].count - a[1].count || b[0].length - a[0].length || byCodeUnits(a[0], b[0]));
    const [best, seen] = ranked[0]!;
    return { speaker: nameOf(key, seen.inLang > 0 ? best : undefined) ?? best, count: ranked.reduce((n, [, c]) => n + c.count, 0) };
  });
  return tallies.sort((a, b) => b.count - a.count || byCodeUnits(a.speaker, b.speaker));
}

/** The items just before and after `index` in a list, when they exist. */
export function neighbours<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  const out: { previous?: T; next?: T } = {};
  if (index > 0) out.previous = items[index - 1]!;
  if (index >= 0 && index < items.length - 1) out.next = items[index + 1]!;
  return out;
}

/** The first `words` words of a text, with an ellipsis when cut. */
export function firstWords(text: string, words = 24): string {
  const parts = text.trim().split(/\s+/);
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')}…`;
}
