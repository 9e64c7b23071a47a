import type { APIRoute } from 'astro';
import { statementFeed } from '../../data/feeds';

/** RSS of all statements (English interface). */
export const GET: APIRoute = (context) => statementFeed(context, 'en');
