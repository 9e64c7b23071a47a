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

const lists = new Map<'fa' | 'en', Intl.ListFormat>();

/**
 * The name to show for a statement's `speakerKey` in `lang`: the gazetteer's name for one
 * actor (`id:aliyev`). A joint speaker keeps the reports' own spelling in that language when
 * there is one (`spellingInLang`: "Armenia and Azerbaijan" says more than the capitals'
 * names); otherwise every actor's name, joined as the language joins a list
 * (`id:am-pm-office+az-presidency` → "Armenian Prime Minister's Office and Azerbaijani
 * Presidential Administration"). Undefined for keys that are not gazetteer ids, or when an
 * actor has no name in that script (the spelling in the report is then the better name).
 */
export function speakerKeyName(gazetteer: Gazetteer, key: string, lang: 'fa' | 'en', spellingInLang?: string): string | undefined {
  const ids = /^id:(.+)$/.exec(key)?.[1]?.split('+');
  if (!ids) return undefined;
  if (ids.length > 1 && spellingInLang !== undefined) return spellingInLang;
  const names: string[] = [];
  for (const id of ids) {
    const name = gazetteerName(gazetteer, id, lang);
    if (name === undefined) return undefined;
    names.push(name);
  }
  if (names.length === 1) return names[0];
  let list = lists.get(lang);
  if (!list) lists.set(lang, (list = new Intl.ListFormat(lang, { type: 'conjunction' })));
  return list.format(names);
}
