import { toSearchKey } from '@/lib/text/normalise';
import { capitalName, t } from '@/i18n';
import type { SiteReport } from './types';
import { speakerVariants } from './gazetteer';

// Both interface languages index the same report text: fold it once per report, not per page.
const texts = new Map<string, string>();

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&(amp|lt|gt|quot|#39);/g, (m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? m);
}

/**
 * The normalised text Pagefind indexes for a report: title, speakers with every gazetteer
 * spelling, capital and country names in both languages, source and body (see SearchRecord).
 */
export function searchText(report: SiteReport): string {
  let text = texts.get(report.id);
  if (text === undefined) {
    const capitals = [...new Set(report.statements.flatMap((s) => s.capitals))];
    const names = capitals.flatMap((c) => [capitalName('fa', c), capitalName('en', c), t('fa', `capital.${c}.country`), t('en', `capital.${c}.country`)]);
    const variants = [...new Set(report.statements.flatMap((s) => speakerVariants(s.speaker)))];
    text = toSearchKey([report.title, ...report.statements.map((s) => s.speaker), ...variants, ...names, report.source ?? '', stripTags(report.html)].join(' \n '));
    texts.set(report.id, text);
  }
  return text;
}
