import type { APIRoute } from 'astro';
import { getTimelineFiles } from '../../data/timeline';
import { toAsciiJson } from '../../lib/export/toAsciiJson';

/**
 * What the timeline needs to draw (see `TimelineFile`), loaded by `<tc-timeline>`. All ASCII
 * (`toAsciiJson`): the browser then decodes and parses it faster.
 */
export const GET: APIRoute = async () =>
  new Response(toAsciiJson((await getTimelineFiles()).core), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
