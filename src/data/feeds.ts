import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { Capital } from '@/lib/capitals';
import { escapeHtml } from '@/lib/security/escapeHtml';
import { firstWords } from '@/lib/site/groupStatements';
import { statementPath } from '@/lib/url/sitePaths';
import { capitalName, dayLabel, t, type UiLang } from '@/i18n';
import { reportIndex } from './reports';
import { getStatements, statementsOf } from './statements';
import type { Statement } from './types';
import { withBase } from './withBase';

/** The newest statements a subscription feed carries; older ones live in the yearly archives. */
const FEED_SIZE = 100;

/** Years that have statements, oldest first: one archive feed each. */
export async function feedYears(): Promise<string[]> {
  return [...new Set((await getStatements()).map((s) => s.date.slice(0, 4)))].sort();
}

/** An RSS response of the newest statements (all, or one capital's), links with the base, plain-text descriptions. */
export async function statementFeed(context: APIContext, lang: UiLang, capital?: Capital): Promise<Response> {
  const list = capital ? await statementsOf(capital) : await getStatements();
  const years = await feedYears();
  const title = capital ? t(lang, 'feed.title.capital', { capital: capitalName(lang, capital) }) : t(lang, 'feed.title.all');
  // RFC 5005: a subscription feed points at the newest archive, so nothing is out of a reader's reach.
  const newestArchive = capital ? undefined : years.at(-1);
  return renderFeed(context, lang, title, list.slice(-FEED_SIZE), newestArchive);
}

/** An RSS archive of every statement of one year (RFC 5005 archived feed), linked to the year before. */
export async function archiveFeed(context: APIContext, lang: UiLang, year: string): Promise<Response> {
  const list = (await getStatements()).filter((s) => s.date.startsWith(`${year}-`));
  const years = await feedYears();
  const previous = years[years.indexOf(year) - 1];
  const title = `${t(lang, 'feed.title.all')} (${year})`;
  return renderFeed(context, lang, title, list, previous, true);
}

async function renderFeed(context: APIContext, lang: UiLang, title: string, list: readonly Statement[], previousArchive?: string, archive = false): Promise<Response> {
  const site = context.site ?? new URL('http://127.0.0.1:4321/');
  const reports = await reportIndex();
  const prefix = lang === 'en' ? 'en/' : '';
  const links = [
    archive ? '<fh:archive/>' : '',
    previousArchive ? `<atom:link rel="prev-archive" href="${new URL(withBase(`${prefix}rss/archive/${previousArchive}.xml`), site).href}"/>` : '',
  ].join('');
  return rss({
    title,
    description: t(lang, 'site.description'),
    site: new URL(withBase(prefix), site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', fh: 'http://purl.org/syndication/history/1.0' },
    customData: `<language>${lang}</language>${links}`,
    items: [...list].reverse().map((s) => ({
      title: `${s.speaker} (${s.capitals.map((c) => capitalName(lang, c)).join(' + ')}), ${dayLabel(s.date, lang).primary}`,
      link: new URL(withBase(statementPath(lang, s.report, s.anchor)), site).href,
      pubDate: new Date(`${s.date}T12:00:00Z`),
      // RSS descriptions are HTML to readers: escape the plain text (HOSTILE, issue 5).
      description: escapeHtml(`${firstWords(s.text, 60)} (${reports.get(s.report)?.title ?? ''})`),
      categories: [...s.capitals],
    })),
  });
}
