import type { APIRoute, GetStaticPaths } from 'astro';
import { statementFeed } from '../../data/feeds';
import { CAPITALS, type Capital } from '../../lib/capitals';

export const getStaticPaths = (() => CAPITALS.map((capital) => ({ params: { capital } }))) satisfies GetStaticPaths;

/** RSS of one capital's statements (Persian interface). */
export const GET: APIRoute = (context) => statementFeed(context, 'fa', context.params.capital as Capital);
