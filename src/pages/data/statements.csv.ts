/** `data/statements.csv`: the statements as CSV (UTF-8 with BOM, RFC 4180; see README.md, "Open data"). */
import type { APIRoute } from 'astro';
import { toStatementsCsv } from '../../lib/export/toStatementsCsv';
import { getProjectCorpus } from '../../lib/pipeline/projectCorpus';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(toStatementsCsv(getProjectCorpus(), import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
