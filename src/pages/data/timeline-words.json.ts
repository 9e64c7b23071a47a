import type { APIRoute } from 'astro';
import { getTimelineFiles } from '../../data/timeline';

/** The tooltip words of `data/timeline.json`'s statements, in the same order; `<tc-timeline>` loads them on first hover. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getTimelineFiles()).words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
