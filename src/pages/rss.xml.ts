import type { APIRoute } from 'astro';
import { statementFeed } from '../data/feeds';

/** RSS of all statements (Persian interface). */
export const GET: APIRoute = (context) => statementFeed(context, 'fa');
