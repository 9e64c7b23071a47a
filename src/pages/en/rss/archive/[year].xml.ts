import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveFeed, feedYears } from '../../../../data/feeds';

export const getStaticPaths = (async () => (await feedYears()).map((year) => ({ params: { year } }))) satisfies GetStaticPaths;

/** RSS archive of every statement of one year (English interface). */
export const GET: APIRoute = (context) => archiveFeed(context, 'en', String(context.params.year));
