/** `data/extraction-report.json`: the extraction summary of this build (see README.md, "Open data"). */
import type { APIRoute } from 'astro';
import { getProjectCorpus } from '../../lib/pipeline/projectCorpus';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(getProjectCorpus().summary, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
