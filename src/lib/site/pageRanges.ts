/** Pure paging of long statement lists (capital and month pages), so no listing page grows with the corpus. */
import type { Statement } from '../extract/statementTypes';

/** One page of a paged list: its 1-based number and the dates (`YYYY-MM-DD`) of its first and last statements. */
export interface PageRange {
  page: number;
  first: string;
  last: string;
}

/**
 * The date span of each page when `statements` (in order) are cut into pages of `pageSize`.
 * @returns One entry per page, page 1 first; empty for an empty list.
 */
export function pageRanges(statements: readonly Statement[], pageSize: number): PageRange[] {
  const out: PageRange[] = [];
  for (let start = 0; start < statements.length; start += pageSize) {
    const end = Math.min(start + pageSize, statements.length) - 1;
    out.push({ page: out.length + 1, first: statements[start]!.date, last: statements[end]!.date });
  }
  return out;
}

/**
 * Statement counts per year with the page and month (`YYYY-MM`) at which each year begins,
 * for a capital's over-time view.
 * @param statements In chronological order.
 */
export function yearsWithPages(statements: readonly Statement[], pageSize: number): { year: string; count: number; page: number; month: string }[] {
  const out: { year: string; count: number; page: number; month: string }[] = [];
  statements.forEach((s, i) => {
    const year = s.date.slice(0, 4);
    const last = out[out.length - 1];
    if (last?.year === year) last.count += 1;
    else out.push({ year, count: 1, page: Math.floor(i / pageSize) + 1, month: s.date.slice(0, 7) });
  });
  return out;
}

/**
 * The newest `limit` statements (in chronological order), so the home list stays bounded.
 * @param statements In chronological order.
 */
export const newest = <T>(statements: readonly T[], limit: number): T[] => statements.slice(Math.max(0, statements.length - limit));
