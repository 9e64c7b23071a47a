import { recentMonths } from '@/lib/site/groupStatements';
import { statementsByMonth } from './statements';

/** How many statements the home page lists inline at most; older months get their own pages. */
export const HOME_STATEMENT_BUDGET = 400;

/** The months listed on the home page and the older months linked from it. */
export async function homeMonths(): Promise<{ shown: [string, import('./types').Statement[]][]; older: [string, number][] }> {
  const months = await statementsByMonth();
  const counts = [...months].map(([m, list]) => [m, list.length] as [string, number]);
  const keep = new Set(recentMonths(counts, HOME_STATEMENT_BUDGET));
  return {
    shown: [...months].filter(([m]) => keep.has(m)),
    older: counts.filter(([m]) => !keep.has(m)),
  };
}
