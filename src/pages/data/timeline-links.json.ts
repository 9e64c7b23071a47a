import type { APIRoute } from 'astro';
import { getTimelineFiles } from '../../data/timeline';
import { toAsciiJson } from '../../lib/export/toAsciiJson';

/** Each statement's report and anchor, in `data/timeline.json`'s order (see `TimelineLinksFile`); loaded on the first gesture. */
export const GET: APIRoute = async () =>
  new Response(toAsciiJson((await getTimelineFiles()).links), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
