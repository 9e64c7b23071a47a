import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveFeed, feedYears } from '../../../data/feeds';

export const getStaticPaths = (async () => (await feedYears()).map((year) => ({ params: { year } }))) satisfies GetStaticPaths;

/** RSS archive of every statement of one year (Persian interface). */
export const GET: APIRoute = (context) => archiveFeed(context, 'fa', String(context.params.year));
