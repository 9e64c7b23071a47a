/**
 * "Nothing lost" over a built site: every report in `data/statements.json` has its page, and
 * every statement appears on its report page (anchor), its capital's (paged) list, the
 * timeline list without JavaScript (home and the month pages it links), the feeds (the newest
 * in the subscription feeds, all of them in the yearly archives) and the search index, with the
 * same set (hence the same count) of statements everywhere. Works on any dist folder; the base
 * path is read from the export.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { toSearchKey } from '../../src/lib/text/normalise';
import { listFiles, readPagefindFragment } from './scanLiveMarkup';

interface ExportedStatement {
  id: string;
  report: string;
  capital: string;
  capitals: string[];
  date: string;
  text: string;
  path: string;
}
interface ExportedReport {
  id: string;
  path: string;
}
interface Export {
  reports: ExportedReport[];
  statements: ExportedStatement[];
}

/** The fewest items a feed may carry when there are more statements than that. */
const FEED_MIN = 50;

/** What was checked and what is missing, per place. */
export interface NothingLostResult {
  reports: number;
  statements: number;
  /** Human-readable problems; empty means nothing is lost. */
  missing: string[];
  /** Statement ids found in each place (for count comparisons in the report). */
  found: Record<string, number>;
}

/** The HTML file a site path (`/base/reports/x/#a`) is written to. */
function fileOfPath(dist: string, base: string, path: string): string {
  const pathname = decodeURI(path.split('#')[0]!.split('?')[0]!);
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  return join(dist, rest, rest === '' || rest.endsWith('/') ? 'index.html' : '');
}

const safeDecode = (text: string): string => {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
};

/**
 * A statement's keys as links may carry them: `reports/<id>/#<anchor>`, with the id (Persian
 * letters, say) and the anchor percent-encoded or not; both are valid hrefs for the same page.
 */
const linkKeys = (s: ExportedStatement): string[] => {
  const at = s.path.indexOf('#');
  const page = s.path.slice(0, at);
  const tail = safeDecode(page.slice(page.indexOf('reports/')));
  const hash = safeDecode(s.path.slice(at));
  const keys = new Set<string>();
  for (const t of [tail, encodeURI(tail)]) for (const h of [hash, encodeURI(hash)]) keys.add(`${t}${h}`);
  return [...keys];
};

const keyCache = new WeakMap<ExportedStatement, string[]>();

/**
 * Statement ids linked from an HTML or XML text (by `reports/<id>/#<anchor>` in any URL). The
 * text's links are collected once into a set, so a page costs one pass, not one per statement.
 */
function linkedIds(text: string, statements: readonly ExportedStatement[]): Set<string> {
  const links = new Set(text.match(/reports\/[^"'\s<>]*/g) ?? []);
  const found = new Set<string>();
  for (const s of statements) {
    let keys = keyCache.get(s);
    if (!keys) keyCache.set(s, (keys = linkKeys(s)));
    if (keys.some((k) => links.has(k))) found.add(s.id);
  }
  return found;
}

/** Words (letters and digits) of a text under the project's search normalisation (ZWNJ = space, ي = ی…). */
const words = (text: string): string[] => toSearchKey(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** True when `needle`'s words occur in `hay` in order (other words, e.g. tags shown as text, may sit between). */
function inOrder(needle: readonly string[], hay: readonly string[]): boolean {
  let i = 0;
  for (const w of hay) if (i < needle.length && w === needle[i]) i++;
  return i === needle.length;
}

/** Reads `<dist>/data/statements.json` and checks every place a statement must appear. */
export function checkNothingLost(dist: string): NothingLostResult {
  const data = JSON.parse(readFileSync(join(dist, 'data/statements.json'), 'utf8')) as Export;
  const missing: string[] = [];
  const found: Record<string, number> = {};
  const some = data.reports[0]?.path ?? '/';
  const base = some.slice(0, some.indexOf('reports/'));
  const htmlOf = new Map<string, string>();
  const read = (file: string): string | undefined => {
    if (!htmlOf.has(file)) htmlOf.set(file, existsSync(file) ? readFileSync(file, 'utf8') : '');
    return htmlOf.get(file) || undefined;
  };

  // Report pages, and the anchors on them.
  let marks = 0;
  for (const r of data.reports) {
    const html = read(fileOfPath(dist, base, r.path));
    if (!html) {
      missing.push(`report ${r.id}: no page at ${r.path}`);
      continue;
    }
    const doc = new JSDOM(html).window.document;
    marks += [...doc.querySelectorAll('[data-statement-id]')].reduce((n, el) => n + (el.getAttribute('data-statement-id') ?? '').split(' ').filter(Boolean).length, 0);
    for (const s of data.statements.filter((x) => x.report === r.id)) {
      const anchor = decodeURIComponent(s.path.slice(s.path.indexOf('#') + 1));
      if (!doc.getElementById(anchor)) missing.push(`statement ${s.id}: no element #${anchor} on ${r.path}`);
    }
  }
  found['report page marks'] = marks;
  if (marks !== data.statements.length) missing.push(`report pages mark ${marks} statements, statements.json has ${data.statements.length}`);

  const expectSet = (place: string, ids: Set<string>, expected: readonly ExportedStatement[]): void => {
    found[place] = ids.size;
    for (const s of expected) if (!ids.has(s.id)) missing.push(`statement ${s.id}: not on ${place}`);
  };

  /**
   * The pages reached from `start` by following links whose site path (without the base)
   * matches `follow`, start included: a paged list (capital pages) or the month pages
   * linked from home. Each page is read once.
   */
  const reach = (start: string, follow: RegExp): string[] => {
    const seen = new Set<string>([start]);
    const queue = [start];
    const pages: string[] = [];
    while (queue.length > 0) {
      const path = queue.shift()!;
      const html = read(fileOfPath(dist, base, path));
      if (!html) continue;
      pages.push(html);
      for (const m of html.matchAll(/\shref="([^"#?]*)/g)) {
        const href = m[1]!;
        const rest = href.startsWith(base) ? href.slice(base.length) : undefined;
        if (rest === undefined || !follow.test(rest) || seen.has(href)) continue;
        seen.add(href);
        queue.push(href);
      }
    }
    return pages;
  };
  const idsOn = (pages: readonly string[]): Set<string> => {
    const ids = new Set<string>();
    for (const html of pages) for (const id of linkedIds(html, data.statements)) ids.add(id);
    return ids;
  };

  // Capital pages: each statement on one of the pages of each of its capitals (page 1 links every later page).
  for (const capital of ['baku', 'moscow', 'yerevan']) {
    const first = `${base}capitals/${capital}/`;
    const own = data.statements.filter((s) => s.capitals.includes(capital));
    const pages = reach(first, new RegExp(`^capitals/${capital}/\\d+/$`));
    if (pages.length === 0) {
      if (own.length > 0) missing.push(`capital ${capital}: no page at ${first}`);
      continue;
    }
    found[`capital ${capital} pages`] = pages.length;
    expectSet(`capital pages ${capital}`, idsOn(pages), own);
  }

  // The list without JavaScript: the home page's newest statements and the month pages (and
  // their later pages) reached from it, which together must hold every statement.
  const listPages = reach(base, /^months\/\d{4}-\d{2}\/(\d+\/)?$/);
  found['home + month pages'] = listPages.length;
  expectSet('timeline list (home + month pages)', idsOn(listPages), data.statements);

  // Feeds, per interface language: the subscription feeds carry the newest statements (a
  // bounded window, as feed readers expect) and never skip one newer than their oldest item; the
  // yearly archive feeds together carry every statement exactly once.
  const feeds = listFiles(dist).filter((f) => f.endsWith('.xml') && !/sitemap/i.test(f));
  if (feeds.length === 0) missing.push('no feed (.xml) in the build');
  const newestWindow = (ids: Set<string>, pool: readonly ExportedStatement[]): ExportedStatement[] => {
    if (ids.size >= pool.length || ids.size < Math.min(pool.length, FEED_MIN)) return [...pool];
    const oldest = pool.filter((s) => ids.has(s.id)).reduce((d, s) => (s.date < d ? s.date : d), '9999-12-31');
    return pool.filter((s) => s.date > oldest);
  };
  const idsOf = (f: string): Set<string> => linkedIds(readFileSync(join(dist, f), 'utf8'), data.statements);
  for (const prefix of ['', 'en/']) {
    const mine = feeds.filter((f) => f.replaceAll('\\', '/').startsWith(`${prefix}rss`));
    const main = mine.find((f) => f === `${prefix}rss.xml`);
    if (!main) {
      missing.push(`no ${prefix}rss.xml`);
      continue;
    }
    const mainIds = idsOf(main);
    expectSet(`feed ${main}`, mainIds, newestWindow(mainIds, data.statements));
    for (const capital of ['baku', 'moscow', 'yerevan']) {
      const feed = mine.find((f) => f === `${prefix}rss/${capital}.xml`);
      const own = data.statements.filter((s) => s.capitals.includes(capital));
      if (!feed) missing.push(`no ${prefix}rss/${capital}.xml`);
      else {
        const ids = idsOf(feed);
        expectSet(`feed ${feed}`, ids, newestWindow(ids, own));
      }
    }
    const archives = mine.filter((f) => f.startsWith(`${prefix}rss/archive/`));
    const union = new Set<string>();
    let items = 0;
    for (const f of archives) {
      const ids = idsOf(f);
      items += ids.size;
      for (const id of ids) union.add(id);
    }
    expectSet(`${prefix}rss/archive/*.xml`, union, data.statements);
    if (items !== union.size) missing.push(`${prefix}rss/archive/*.xml: ${items} items for ${union.size} statements (one in two archives)`);
  }

  // Search index: a Pagefind record of the statement's report page holds the statement's text.
  const fragments = listFiles(dist)
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((f) => {
      try {
        return JSON.parse(readPagefindFragment(join(dist, f)) ?? '{}') as { url?: string; content?: string };
      } catch {
        return {};
      }
    });
  if (fragments.length === 0) missing.push('no Pagefind index (pagefind/fragment/*.pf_fragment) in the build');
  else {
    // Pagefind indexes the output folder, so its URLs lack the base path; compare without it.
    const pageKey = (url: string): string => {
      const page = decodeURI(url.split('#')[0]!);
      return `/${(page.startsWith(base) ? page.slice(base.length) : page).replace(/^\/+/, '')}`;
    };
    const byPage = new Map<string, string[]>();
    for (const fr of fragments) {
      const page = pageKey(fr.url ?? '');
      byPage.set(page, [...(byPage.get(page) ?? []), ...words(fr.content ?? '')]);
    }
    const indexed = new Set<string>();
    for (const s of data.statements) {
      if (inOrder(words(s.text), byPage.get(pageKey(s.path)) ?? [])) indexed.add(s.id);
    }
    expectSet('search index', indexed, data.statements);
  }

  return { reports: data.reports.length, statements: data.statements.length, missing, found };
}
