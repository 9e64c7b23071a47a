/** Languages written right to left among those the site may show (report or interface). */
const RTL_LANGS = new Set(['fa', 'ar', 'he', 'ur', 'ps', 'ckb']);

/** `rtl` for Persian (and other right-to-left scripts), `ltr` otherwise; reads only the primary subtag. */
export function dirOf(lang: string): 'rtl' | 'ltr' {
  return RTL_LANGS.has(lang.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
