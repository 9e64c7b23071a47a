import type { APIRoute } from 'astro';
import { getStatements } from '../../data/statements';
import { splitWords, toTimelineData, toTimelineItem } from '../../scripts/timeline/timelineData';

/** The timeline's statements in compact columns (see `TimelineData`), without the tooltip words; loaded by `<tc-timeline>`. */
export const GET: APIRoute = async () => {
  const { core } = splitWords(toTimelineData((await getStatements()).map(toTimelineItem)));
  return new Response(JSON.stringify(core), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
