import type { APIRoute } from 'astro';
import { getStatements } from '../../data/statements';
import { toAsciiJson } from '../../lib/export/toAsciiJson';
import { splitWords, toTimelineData, toTimelineItem } from '../../scripts/timeline/timelineData';

/**
 * The timeline's statements in compact columns (see `TimelineData`), without the tooltip words;
 * loaded by `<tc-timeline>`. All ASCII (`toAsciiJson`): the browser then decodes and parses it faster.
 */
export const GET: APIRoute = async () => {
  const { core } = splitWords(toTimelineData((await getStatements()).map(toTimelineItem)));
  return new Response(toAsciiJson(core), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
