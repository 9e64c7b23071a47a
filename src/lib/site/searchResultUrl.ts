import { langPath, type UiLang } from '../url/sitePaths';

/**
 * The page a search result opens in `lang`'s interface. The search index is built once, from
 * the Persian interface's report pages (the two interfaces show the same report, so a second
 * index held the same records at twice the build time); the English search page opens the same
 * report under `en/`. A URL outside `base` is returned as it is.
 * @param url The result's URL as the index holds it, with the deployment base (`/three-capitals/reports/…/`).
 * @param base The deployment base, ending in `/`.
 */
export function searchResultUrl(url: string, base: string, lang: UiLang): string {
  if (lang === 'fa' || !url.startsWith(base)) return url;
  return base + langPath(lang, url.slice(base.length));
}
