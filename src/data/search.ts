import { toSearchKey } from '@/lib/text/normalise';
import { capitalName, t } from '@/i18n';
import type { SiteReport } from './types';
import { speakerVariants } from './gazetteer';

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&(amp|lt|gt|quot|#39);/g, (m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? m);
}

/**
 * Characters of a report's opening kept for its search excerpt (about 25 words). The whole
 * text would let the excerpt show any hit in context, but Pagefind holds every record's
 * metadata in memory: at 10,000 reports its peak rose from ≈ 1.78 GiB without this field to
 * 1.85 GiB with 160 characters, 1.97 GiB with 320 and 2.2 GiB with 4,000 (budget: 2 GB).
 */
const READABLE_LIMIT = 160;

/**
 * The opening of a report's body as written, in plain text, for the excerpt a search result
 * shows (`readableExcerpt`); the normalised copy Pagefind indexes is not meant for reading.
 */
export function readableText(report: SiteReport): string {
  const text = stripTags(report.html).replace(/\s+/g, ' ').trim();
  const cut = text.lastIndexOf(' ', READABLE_LIMIT);
  return text.length <= READABLE_LIMIT ? text : `${text.slice(0, cut > 0 ? cut : READABLE_LIMIT)} …`;
}

/**
 * The normalised text Pagefind indexes for a report: title, speakers with every gazetteer
 * spelling, capital and country names in both languages, source and body (see SearchRecord).
 */
export function searchText(report: SiteReport): string {
  const capitals = [...new Set(report.statements.flatMap((s) => s.capitals))];
  const names = capitals.flatMap((c) => [capitalName('fa', c), capitalName('en', c), t('fa', `capital.${c}.country`), t('en', `capital.${c}.country`)]);
  const variants = [...new Set(report.statements.flatMap((s) => speakerVariants(s.speaker)))];
  return toSearchKey([report.title, ...report.statements.map((s) => s.speaker), ...variants, ...names, report.source ?? '', stripTags(report.html)].join(' \n '));
}
