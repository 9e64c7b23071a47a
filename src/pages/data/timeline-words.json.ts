import type { APIRoute } from 'astro';
import { getStatements } from '../../data/statements';
import { splitWords, toTimelineData, toTimelineItem } from '../../scripts/timeline/timelineData';

/** The tooltip words of `data/timeline.json`'s statements, in the same order; `<tc-timeline>` loads them after drawing. */
export const GET: APIRoute = async () => {
  const { words } = splitWords(toTimelineData((await getStatements()).map(toTimelineItem)));
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
