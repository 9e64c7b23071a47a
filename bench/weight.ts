/**
 * Page weight of a built site: HTML size of the listing pages and the JS/CSS each page loads.
 *
 *   npx tsx bench/weight.ts --dist DIR [--base /] [--reports 5]
 *
 * For each page: HTML bytes (raw and gzip), JavaScript (external scripts + their static and dynamic
 * imports, transitively, + inline scripts) and CSS (stylesheets + inline styles), gzip -9 each,
 * every file counted once per page. Fonts, images and data files (JSON) are excluded.
 * Budgets (issue 6): listing pages' HTML ≤ 300 KB at 10,000 reports; home JS < 50 KB gzip,
 * CSS ≤ 20 KB gzip; report pages: no JS beyond the theme/language controls (script files are listed).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { fmt } from './lib/stats';

const { values } = parseArgs({
  options: { dist: { type: 'string' }, base: { type: 'string', default: '/' }, reports: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } },
});
if (!values.dist) {
  console.error('usage: npx tsx bench/weight.ts --dist DIR [--base /three-capitals/]');
  process.exit(2);
}
const dist = resolve(values.dist);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const gz = (b: Buffer | string): number => gzipSync(b, { level: 9 }).length;
const KB = 1024;

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'pagefind' && e.name !== '_astro') out.push(...htmlFiles(p));
    } else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** A URL in a page (absolute under the base, or relative to the page) as a file in dist. */
function toFile(url: string, fromFile: string): string | null {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return null;
  const clean = url.split(/[?#]/)[0] ?? '';
  if (clean.startsWith('/')) {
    const rel = clean.startsWith(base) ? clean.slice(base.length) : clean.slice(1);
    return join(dist, rel);
  }
  return resolve(dirname(fromFile), clean);
}

/** JS files reached from `file` through static imports, `import()` and side-effect imports. */
function jsClosure(file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.m?js)["'`]/g;
  for (const m of src.matchAll(re)) {
    const target = toFile(m[1] ?? '', file);
    if (target) jsClosure(target, seen);
  }
}

interface Weight {
  page: string;
  htmlBytes: number;
  htmlGzip: number;
  jsGzip: number;
  jsFiles: string[];
  inlineJsGzip: number;
  cssGzip: number;
}

function weigh(file: string): Weight {
  const html = readFileSync(file, 'utf8');
  const js = new Set<string>();
  let inlineJs = '';
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    const type = /type=["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (type && !/module|javascript/i.test(type)) continue; // JSON data islands, not code
    const src = /src=["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (src) {
      const f = toFile(src, file);
      if (f) jsClosure(f, js);
    } else {
      inlineJs += m[2] ?? '';
      for (const im of (m[2] ?? '').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.m?js)["'`]/g)) {
        const f = toFile(im[1] ?? '', file);
        if (f) jsClosure(f, js);
      }
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel=["']?modulepreload[^>]*>/gi)) {
    const href = /href=["']?([^"'\s>]+)/i.exec(m[0])?.[1];
    const f = href ? toFile(href, file) : null;
    if (f) jsClosure(f, js);
  }
  let css = '';
  for (const m of html.matchAll(/<link\b[^>]*rel=["']?stylesheet[^>]*>/gi)) {
    const href = /href=["']?([^"'\s>]+)/i.exec(m[0])?.[1];
    const f = href ? toFile(href, file) : null;
    if (f && existsSync(f)) css += readFileSync(f, 'utf8');
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css += m[1] ?? '';
  const jsFiles = [...js].sort();
  const jsGzip = jsFiles.reduce((n, f) => n + gz(readFileSync(f)), 0) + (inlineJs ? gz(inlineJs) : 0);
  return {
    page: `${base}${relative(dist, file).replace(/index\.html$/, '')}`,
    htmlBytes: statSync(file).size,
    htmlGzip: gz(readFileSync(file)),
    jsGzip,
    jsFiles: jsFiles.map((f) => relative(dist, f)),
    inlineJsGzip: inlineJs ? gz(inlineJs) : 0,
    cssGzip: css ? gz(css) : 0,
  };
}

/** Which kind of page a path is, from its URL shape (routes as SITE named them). */
function kindOf(rel: string): string {
  const p = `/${rel.replace(/index\.html$/, '')}`.replace(/^\/en\//, '/');
  if (p === '/') return 'home';
  if (/^\/search\/$/.test(p)) return 'search';
  if (/^\/(capitals?\/)?(baku|moscow|yerevan)\/$/.test(p)) return 'capital';
  if (/\/(\d{4}-\d{2}-\d{2}|\d{4}\/\d{2}\/\d{2})\/$/.test(p) && !/reports?\//.test(p)) return 'day';
  if (/\/(\d{4}-\d{2}|\d{4}\/\d{2})\/$/.test(p) && !/reports?\//.test(p)) return 'month';
  if (/^\/(days?|months?|dates?|archive)\//.test(p)) return /\d{4}-\d{2}-\d{2}/.test(p) ? 'day' : 'month';
  if (/^\/reports?\//.test(p)) return 'report';
  if (/^\/(capitals?)\//.test(p)) return 'capital';
  return 'other';
}

const files = htmlFiles(dist);
const byKind = new Map<string, string[]>();
for (const f of files) {
  const k = kindOf(relative(dist, f));
  byKind.set(k, [...(byKind.get(k) ?? []), f]);
}
console.log(`# page weight — ${dist} (${files.length} HTML pages: ${[...byKind].map(([k, v]) => `${k} ${v.length}`).join(', ')})`);
console.log('gzip -9 per file; JS = external scripts + imports (transitive) + inline module/classic scripts; fonts, images, JSON excluded.');
console.log('| kind | page | HTML KB | HTML gzip KB | JS gzip KB | CSS gzip KB | JS files |');
console.log('|---|---|---:|---:|---:|---:|---|');
const results: (Weight & { kind: string; of: number })[] = [];
for (const kind of ['home', 'capital', 'month', 'day', 'search', 'report', 'other']) {
  const list = byKind.get(kind) ?? [];
  if (list.length === 0) {
    if (kind !== 'other') console.log(`| ${kind} | (none found) | | | | | |`);
    continue;
  }
  // Listing pages: the heaviest of each kind (fa and en). Reports: the heaviest few. Other: heaviest 3.
  const sorted = [...list].sort((a, b) => statSync(b).size - statSync(a).size);
  const pick = kind === 'home' || kind === 'search' ? sorted : sorted.slice(0, kind === 'report' ? Number(values.reports) : kind === 'other' ? 3 : 2);
  for (const f of pick) {
    const w = weigh(f);
    results.push({ ...w, kind, of: list.length });
    console.log(`| ${kind}${pick.length < list.length ? ` (heaviest of ${list.length})` : ''} | ${w.page} | ${fmt(w.htmlBytes / KB, 1)} | ${fmt(w.htmlGzip / KB, 1)} | ${fmt(w.jsGzip / KB, 1)} | ${fmt(w.cssGzip / KB, 1)} | ${[...w.jsFiles, ...(w.inlineJsGzip ? [`inline ${fmt(w.inlineJsGzip / KB, 1)} KB`] : [])].join(' + ') || '—'} |`);
  }
}
const listing = results.filter((r) => ['home', 'capital', 'day', 'month', 'search'].includes(r.kind));
const maxListing = Math.max(0, ...listing.map((r) => r.htmlBytes));
const home = results.filter((r) => r.kind === 'home');
console.log(`heaviest listing page HTML: ${fmt(maxListing / KB, 1)} KB (budget 300 KB at 10,000 reports)`);
console.log(`home JS gzip: ${home.map((h) => `${h.page} ${fmt(h.jsGzip / KB, 1)} KB`).join(', ')} (budget < 50 KB); home CSS gzip: ${home.map((h) => `${fmt(h.cssGzip / KB, 1)} KB`).join(', ')} (budget ≤ 20 KB)`);
if (values.json) console.log(JSON.stringify(results));
