import { newest } from '@/lib/site/pageRanges';
import { getStatements, statementsByMonth } from './statements';
import type { Statement } from './types';

/** How many of the newest statements the home page lists; every month has its own pages. */
export const HOME_STATEMENT_BUDGET = 100;
/** Statements per page of a capital's list (about 70 KB of HTML; a page a phone can lay out without a long task). */
export const CAPITAL_PAGE_SIZE = 100;
/** Statements per page of a month; a busier month gets more pages. */
export const MONTH_PAGE_SIZE = 100;

/** The newest statements grouped by month (with each month's full count), and every month with its count. */
export async function homeMonths(): Promise<{ shown: { month: string; statements: Statement[]; total: number }[]; months: [string, number][] }> {
  const [all, byMonth] = await Promise.all([getStatements(), statementsByMonth()]);
  const shown: { month: string; statements: Statement[]; total: number }[] = [];
  for (const s of newest(all, HOME_STATEMENT_BUDGET)) {
    const month = s.date.slice(0, 7);
    const last = shown[shown.length - 1];
    if (last?.month === month) last.statements.push(s);
    else shown.push({ month, statements: [s], total: byMonth.get(month)?.length ?? 0 });
  }
  return { shown, months: [...byMonth].map(([m, list]) => [m, list.length]) };
}
