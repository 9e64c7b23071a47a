import type { Gazetteer } from '../extract/gazetteerTypes';

const LATIN = /\p{Script=Latin}/u;

/**
 * The gazetteer's own name for one actor in a reader's language: the first spelling of `id`
 * that is not an office title and is written in that language's script (Latin for `en`,
 * Arabic for `fa`), e.g. `aliyev` → "Ilham Aliyev" / "الهام علی‌اف". Undefined when the
 * gazetteer has none in that script.
 */
export function gazetteerName(gazetteer: Gazetteer, id: string, lang: 'fa' | 'en'): string | undefined {
  for (const [spelling, name] of gazetteer.names) {
    if (name.id === id && !name.title && LATIN.test(spelling) === (lang === 'en')) return spelling;
  }
  return undefined;
}
