/** Interface strings and language helpers for pages and components. */
import type { Capital } from '@/lib/capitals';
import { translate } from '@/lib/i18n/translate';
import type { UiLang } from '@/lib/url/sitePaths';
import en from './en.json';
import fa from './fa.json';

export { dirOf } from '@/lib/i18n/direction';
export { dayLabel, monthLabel, formatCount } from '@/lib/i18n/formatDate';
export type { UiLang } from '@/lib/url/sitePaths';

/** Interface languages, Persian first (the default, at the site root). */
export const UI_LANGS: readonly UiLang[] = ['fa', 'en'];

const DICTIONARIES: Record<UiLang, Record<string, string>> = { fa, en };

/** The interface string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: UiLang, key: string, vars?: Record<string, string | number>): string {
  return translate(DICTIONARIES[lang], key, vars);
}

/** The capital's name in `lang` ("باکو", "Baku"). */
export const capitalName = (lang: UiLang, capital: Capital): string => t(lang, `capital.${capital}`);

/** The other interface language. */
export const otherLang = (lang: UiLang): UiLang => (lang === 'fa' ? 'en' : 'fa');
