/**
 * Finds live markup in built files: anything a browser (or a feed reader) would run, load from
 * another origin or navigate to as script. Pages are parsed with jsdom (parse5, the HTML
 * standard's parser, scripts off), so what is checked is the DOM a browser builds, not a regex
 * over the source. Site scripts are allowed only when external under `_astro/` or `pagefind/`
 * or inline with a hash the page's own CSP lists; a report cannot get its hash into the CSP.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

/** Parses quietly: jsdom's console would print CSS parse errors of hostile `<style>` text. */
const parse = (text: string, contentType?: string): Document =>
  new JSDOM(text, { virtualConsole: new VirtualConsole(), ...(contentType ? { contentType } : {}) }).window.document;

/** One piece of live markup: the file, what was found, and a short excerpt. */
export interface Finding {
  file: string;
  rule: string;
  excerpt: string;
}

/**
 * Elements that must never appear in a built page, whoever wrote them. (`<form>` may: the
 * site's own search form; its `action` is checked like every URL, and reports cannot add one.)
 */
const FORBIDDEN_ELEMENTS = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'math', 'isindex', 'portal', 'fencedframe'];

/** Attributes a browser resolves as URLs (navigations or loads). */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'ping', 'codebase', 'srcdoc', 'lowsrc', 'dynsrc'];

/** `<link rel>` values that make the browser fetch the target. */
const LOADING_RELS = /(^|\s)(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon|import|dns-prefetch|preconnect)(\s|$)/i;

/** What a browser strips before reading a URL's scheme: controls, whitespace. */
const schemeOf = (url: string): string => {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(cleaned);
  return m ? m[1]! : '';
};

const isThirdParty = (url: string): boolean => /^\s*(https?:)?\/\//i.test(url) && !/^\s*https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//i.test(url);

const excerptOf = (el: Element): string => el.outerHTML.slice(0, 160).replace(/\s+/g, ' ');

/** Hashes listed in the page's CSP `script-src`, as `sha256-…` strings. */
function cspScriptHashes(doc: Document): Set<string> {
  const hashes = new Set<string>();
  for (const meta of doc.querySelectorAll('meta[http-equiv]')) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy') continue;
    const policy = meta.getAttribute('content') ?? '';
    const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src ')) ?? '';
    for (const m of scriptSrc.matchAll(/'(sha(?:256|384|512)-[A-Za-z0-9+/=]+)'/g)) hashes.add(m[1]!);
  }
  return hashes;
}

const digest = (algorithm: string, text: string): string =>
  `${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}`;

/** Is this `<script>` one the site itself produced (external bundle, data block, or hashed)? */
function isSiteScript(script: HTMLScriptElement, hashes: Set<string>): boolean {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
  if (type === 'application/json' || type === 'application/ld+json') {
    try {
      JSON.parse(script.textContent ?? '');
      return script.getAttributeNames().every((a) => ['type', 'id', 'data-timeline', 'class'].includes(a) || a.startsWith('data-'));
    } catch {
      return false;
    }
  }
  const src = script.getAttribute('src');
  if (src !== null) return !isThirdParty(src) && /(^|\/)(_astro|pagefind)\//.test(src) && !/^\s*[a-z]+:/i.test(src);
  const text = script.textContent ?? '';
  return ['sha256', 'sha384', 'sha512'].some((alg) => hashes.has(digest(alg, text)));
}

/**
 * Scans one HTML document (a page, or an HTML fragment from a feed or JSON field).
 * @param isPage true for a whole page: its inline scripts must be hashed by its own CSP.
 */
export function scanHtml(html: string, file: string, isPage = true): Finding[] {
  const findings: Finding[] = [];
  const doc = parse(html);
  const hashes = cspScriptHashes(doc);
  const add = (rule: string, el: Element) => findings.push({ file, rule, excerpt: excerptOf(el) });

  for (const el of doc.querySelectorAll('*')) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.includes(tag)) add(`forbidden element <${tag}>`, el);
    if (tag === 'script' && !(isPage && isSiteScript(el as HTMLScriptElement, hashes))) add('script not produced by the site', el);
    if (tag === 'style' && (!isPage || el.closest('body') !== null)) add('<style> outside the page head', el);
    if (tag === 'meta') {
      const equiv = (el.getAttribute('http-equiv') ?? '').toLowerCase();
      if (equiv === 'refresh' || equiv === 'set-cookie') add(`meta http-equiv=${equiv}`, el);
    }
    if (tag === 'link' && LOADING_RELS.test(el.getAttribute('rel') ?? '') && isThirdParty(el.getAttribute('href') ?? '')) {
      add('third-party resource', el);
    }
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? '';
      const lname = name.toLowerCase();
      if (lname.startsWith('on')) add(`event handler ${lname}`, el);
      if (lname === 'style' && /url\s*\(|expression\s*\(|javascript:|@import|behavior/i.test(value)) add('style attribute with a URL or expression', el);
      if (lname === 'srcset' && /(^|,)\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) add('unsafe srcset', el);
      if (!URL_ATTRIBUTES.includes(lname)) continue;
      if (lname === 'srcdoc') {
        add('srcdoc', el);
        continue;
      }
      const scheme = schemeOf(value);
      const dataImage = scheme === 'data' && tag === 'img' && lname === 'src' && /^data:image\/(png|gif|jpeg|webp|avif);/i.test(value.trim());
      if (['javascript', 'vbscript', 'livescript', 'data', 'file'].includes(scheme) && !dataImage) add(`${scheme}: URL in ${lname}`, el);
      const loads = lname !== 'href' || tag === 'link' || tag === 'use' || tag === 'image';
      if (loads && isThirdParty(value) && !(tag === 'link' && !LOADING_RELS.test(el.getAttribute('rel') ?? ''))) add('third-party resource', el);
    }
  }
  if (isPage) {
    const csps = [...doc.querySelectorAll('meta[http-equiv]')].filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
    if (csps.length !== 1) findings.push({ file, rule: `expected one CSP meta tag, found ${csps.length}`, excerpt: '' });
  }
  return findings;
}

/** Elements of RSS/Atom whose text is HTML that feed readers render. */
const FEED_HTML_ELEMENTS = ['description', 'content:encoded', 'encoded', 'summary', 'content', 'subtitle'];

/** Scans an XML file (RSS, Atom, sitemap): well-formed, and every HTML-bearing field clean. */
export function scanXml(xml: string, file: string): Finding[] {
  const findings: Finding[] = [];
  let doc: Document;
  try {
    doc = parse(xml, 'application/xml');
  } catch (error) {
    return [{ file, rule: 'XML does not parse', excerpt: String(error).slice(0, 160) }];
  }
  if (doc.getElementsByTagName('parsererror').length > 0) return [{ file, rule: 'XML does not parse', excerpt: '' }];
  for (const el of doc.getElementsByTagName('*')) {
    const name = el.tagName.toLowerCase();
    if (el.namespaceURI === 'http://www.w3.org/1999/xhtml' || name === 'script') findings.push({ file, rule: `live ${name} element in XML`, excerpt: el.outerHTML.slice(0, 160) });
    for (const attr of el.getAttributeNames()) if (attr.toLowerCase().startsWith('on')) findings.push({ file, rule: `event handler ${attr} in XML`, excerpt: el.outerHTML.slice(0, 160) });
    if (FEED_HTML_ELEMENTS.includes(name)) findings.push(...scanHtml(el.textContent ?? '', `${file} <${name}>`, false));
    if (name === 'link' || name === 'guid' || name === 'loc' || name === 'id') {
      const url = el.getAttribute('href') ?? el.textContent ?? '';
      const scheme = schemeOf(url);
      if (['javascript', 'vbscript', 'data', 'file'].includes(scheme)) findings.push({ file, rule: `${scheme}: URL in <${name}>`, excerpt: url.slice(0, 160) });
    }
  }
  return findings;
}

/** Walks JSON: fields whose key ends in `html` are scanned as HTML; URL fields must be safe. */
export function scanJson(text: string, file: string): Finding[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [{ file, rule: 'JSON does not parse', excerpt: String(error).slice(0, 160) }];
  }
  const findings: Finding[] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (/html$/i.test(key)) findings.push(...scanHtml(value, `${file} .${key}`, false));
      if (/^(url|href|src|path|link)$/i.test(key) && ['javascript', 'vbscript', 'data', 'file'].includes(schemeOf(value))) {
        findings.push({ file, rule: `${schemeOf(value)}: URL in .${key}`, excerpt: value.slice(0, 160) });
      }
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(data, '');
  return findings;
}

/**
 * Pagefind fragments (`pagefind/fragment/*.pf_fragment`): gzip, a `pagefind_dcd` signature,
 * then JSON with the page's text, which the search UI shows as HTML excerpts.
 */
export function readPagefindFragment(path: string): string | undefined {
  try {
    const raw = gunzipSync(readFileSync(path)).toString('utf8');
    return raw.startsWith('pagefind_dcd') ? raw.slice('pagefind_dcd'.length) : raw;
  } catch {
    return undefined;
  }
}

/** Every file under `dir`, relative paths, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/** Result of scanning a built site: findings, and how many files of each kind were read. */
export interface DistScan {
  findings: Finding[];
  counts: { html: number; xml: number; json: number; fragments: number; other: number };
}

/** Scans every file of a built site: HTML, XML, JSON, Pagefind fragments (text fields as HTML). */
export function scanDist(dir: string): DistScan {
  const findings: Finding[] = [];
  const counts = { html: 0, xml: 0, json: 0, fragments: 0, other: 0 };
  for (const file of listFiles(dir)) {
    const full = join(dir, file);
    if (file.endsWith('.html')) {
      counts.html++;
      findings.push(...scanHtml(readFileSync(full, 'utf8'), file));
    } else if (file.endsWith('.xml') || file.endsWith('.rss') || file.endsWith('.atom')) {
      counts.xml++;
      findings.push(...scanXml(readFileSync(full, 'utf8'), file));
    } else if (file.endsWith('.json') || file.endsWith('.webmanifest')) {
      counts.json++;
      findings.push(...scanJson(readFileSync(full, 'utf8'), file));
    } else if (file.endsWith('.pf_fragment')) {
      const text = readPagefindFragment(full);
      if (text === undefined) continue;
      counts.fragments++;
      const fragment = scanJson(text, file);
      findings.push(...fragment);
      try {
        // Pagefind's API escapes < and > in `content` before it builds the HTML excerpt the
        // search page shows; scan exactly that. (`meta` is returned as is: the search page
        // must insert it as text, which the hostile browser test exercises.)
        const parsed = JSON.parse(text) as { content?: string };
        const excerpt = (parsed.content ?? '').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        findings.push(...scanHtml(excerpt, `${file} .content`, false));
      } catch {
        /* reported by scanJson */
      }
    } else counts.other++;
  }
  return { findings, counts };
}
