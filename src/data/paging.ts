import type { PaginateFunction } from 'astro';
import { CAPITALS } from '@/lib/capitals';
import { CAPITAL_PAGE_SIZE, MONTH_PAGE_SIZE } from './site';
import { statementsByMonth, statementsOf } from './statements';

/** `getStaticPaths` of the paged capital lists: `capitals/<c>/`, then `capitals/<c>/2/`, … */
export async function capitalPaths(paginate: PaginateFunction) {
  return (await Promise.all(CAPITALS.map(async (capital) => paginate(await statementsOf(capital), { params: { capital }, pageSize: CAPITAL_PAGE_SIZE })))).flat();
}

/** `getStaticPaths` of the paged month lists: `months/<YYYY-MM>/`, then `months/<YYYY-MM>/2/`, … */
export async function monthPaths(paginate: PaginateFunction) {
  return [...(await statementsByMonth())].flatMap(([month, list]) => paginate(list, { params: { month }, pageSize: MONTH_PAGE_SIZE }));
}
