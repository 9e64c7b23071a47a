import type { APIRoute } from 'astro';
import { withBase } from '../data/withBase';

/** robots.txt: everything may be crawled; points at the sitemap (with the base). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('sitemap-index.xml'), site ?? 'http://127.0.0.1:4321/').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
