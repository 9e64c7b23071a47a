import type { ReportLang } from './reportTypes';

/**
 * The report's language when the front matter does not say: Persian when Arabic-script
 * letters outnumber Latin letters, English otherwise. A text with no letters is Persian,
 * the site's default language.
 */
export function detectLang(text: string): ReportLang {
  const arabic = text.match(/[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  if (arabic === 0 && latin === 0) return 'fa';
  return arabic >= latin ? 'fa' : 'en';
}
