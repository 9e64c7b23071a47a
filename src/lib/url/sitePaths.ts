import type { Capital } from '../capitals';

/** The two interface languages: Persian at the site root, English under `en/`. */
export type UiLang = 'fa' | 'en';

/** Site-relative path (no base, no leading `/`) of a page in `lang`; `''` is the Persian home. */
export function langPath(lang: UiLang, path = ''): string {
  const clean = path.replace(/^\/+/, '');
  return lang === 'en' ? `en/${clean}` : clean;
}

/** Path of a report page; the id may contain `/`. */
export const reportPath = (lang: UiLang, id: string): string => langPath(lang, `reports/${id}/`);
/** Path of a capital page. */
export const capitalPath = (lang: UiLang, capital: Capital): string => langPath(lang, `capitals/${capital}/`);
/** Path of a day page (`YYYY-MM-DD`). */
export const dayPath = (lang: UiLang, day: string): string => langPath(lang, `days/${day}/`);
/** Path of a month page (`YYYY-MM`). */
export const monthPath = (lang: UiLang, month: string): string => langPath(lang, `months/${month}/`);
/**
 * Page `n` (1-based) of a paged listing whose first page is at `first` (`capitals/baku/`):
 * page 1 is `first` itself, later pages are `first` + `n/` (Astro `paginate()` with a rest
 * `[...page]` parameter).
 */
export const pagedPath = (first: string, n: number): string => (n <= 1 ? first : `${first}${n}/`);

/** Path of a statement: its report page with the statement's anchor. */
export const statementPath = (lang: UiLang, report: string, anchor: string): string =>
  `${reportPath(lang, report)}#${encodeURIComponent(anchor)}`;

/**
 * Splits a site-relative path (base already removed) into its language and the rest, so the
 * language switch can point at the same page in the other language.
 */
export function splitLangPath(path: string): { lang: UiLang; rest: string } {
  const clean = path.replace(/^\/+/, '');
  if (clean === 'en' || clean.startsWith('en/')) return { lang: 'en', rest: clean.slice(3) };
  return { lang: 'fa', rest: clean };
}

/** The same page in the other language: `reports/x/` ⇄ `en/reports/x/`. */
export function otherLangPath(path: string): string {
  const { lang, rest } = splitLangPath(path);
  return langPath(lang === 'fa' ? 'en' : 'fa', rest);
}

/** Strips `base` from an absolute pathname (`/three-capitals/en/` → `en/`); other paths pass through without their leading `/`. */
export function stripBase(pathname: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (pathname.startsWith(root)) return pathname.slice(root.length);
  if (`${pathname}/` === root) return '';
  return pathname.replace(/^\/+/, '');
}
