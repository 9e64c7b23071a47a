import type { APIRoute } from 'astro';
import { getStatements } from '../../data/statements';
import { toTimelineData, toTimelineItem } from '../../scripts/timeline/timelineData';

/** The timeline's statements in compact columns (see `TimelineData`), loaded by `<tc-timeline>`. */
export const GET: APIRoute = async () => {
  const data = toTimelineData((await getStatements()).map(toTimelineItem));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
