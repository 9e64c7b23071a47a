import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { Capital } from '@/lib/capitals';
import { escapeHtml } from '@/lib/security/escapeHtml';
import { firstWords } from '@/lib/site/groupStatements';
import { statementPath } from '@/lib/url/sitePaths';
import { capitalName, dayLabel, t, type UiLang } from '@/i18n';
import { reportIndex } from './reports';
import { getStatements, statementsOf } from './statements';
import { withBase } from './withBase';

/** The newest statements a feed carries. */
const FEED_SIZE = 100;

/** An RSS response of the newest statements (all, or one capital's), links with the base, plain-text descriptions. */
export async function statementFeed(context: APIContext, lang: UiLang, capital?: Capital): Promise<Response> {
  const site = context.site ?? new URL('http://127.0.0.1:4321/');
  const [list, reports] = await Promise.all([capital ? statementsOf(capital) : getStatements(), reportIndex()]);
  const newest = list.slice(-FEED_SIZE).reverse();
  const title = capital ? t(lang, 'feed.title.capital', { capital: capitalName(lang, capital) }) : t(lang, 'feed.title.all');
  return rss({
    title,
    description: t(lang, 'site.description'),
    site: new URL(withBase(lang === 'en' ? 'en/' : ''), site).href,
    customData: `<language>${lang}</language>`,
    items: newest.map((s) => ({
      title: `${s.speaker} (${s.capitals.map((c) => capitalName(lang, c)).join(' + ')}), ${dayLabel(s.date, lang).primary}`,
      link: new URL(withBase(statementPath(lang, s.report, s.anchor)), site).href,
      pubDate: new Date(`${s.date}T12:00:00Z`),
      // RSS descriptions are HTML to readers: escape the plain text (HOSTILE, issue 5).
      description: escapeHtml(`${firstWords(s.text, 60)} (${reports.get(s.report)?.title ?? ''})`),
      categories: [...s.capitals],
    })),
  });
}
