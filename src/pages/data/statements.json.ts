/** `data/statements.json`: the open-data export (schema: README.md, "Open data"). */
import type { APIRoute } from 'astro';
import { toStatementsJson } from '../../lib/export/toStatementsJson';
import { getProjectCorpus } from '../../lib/pipeline/projectCorpus';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(toStatementsJson(getProjectCorpus(), import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
