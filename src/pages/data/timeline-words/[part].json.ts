import type { APIRoute, GetStaticPaths } from 'astro';
import { getTimelineFiles } from '../../../data/timeline';
import { wordsParts } from '../../../scripts/timeline/timelineData';

export const getStaticPaths = (async () =>
  wordsParts((await getTimelineFiles()).words).map((words, k) => ({ params: { part: String(k) }, props: { words } }))) satisfies GetStaticPaths;

/** The tooltip words of `WORDS_PER_FILE` statements of `data/timeline.json`, in its order; `<tc-timeline>` loads a part on first hover over one of them. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['words']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
