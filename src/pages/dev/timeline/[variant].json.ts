import type { APIRoute, GetStaticPaths } from 'astro';
import { syntheticItems } from '../../../scripts/timeline/syntheticItems';
import { toTimelineData } from '../../../scripts/timeline/timelineData';

// Scratch data for the timeline demo (deleted before merge).
export const getStaticPaths = (() => ['100', '10000'].map((variant) => ({ params: { variant } }))) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(toTimelineData(syntheticItems(Number(params.variant)))), { headers: { 'Content-Type': 'application/json' } });
