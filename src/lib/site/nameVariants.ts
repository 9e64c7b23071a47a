import type { Gazetteer } from '../extract/gazetteerTypes';
import { toSearchKey } from '../text/normalise';

/**
 * Every spelling the gazetteer knows for the actor(s) a speaker string names, so that the
 * search index holds "زاخاروا" for a report that wrote "زاخارووا" (and "Zakharova").
 * A speaker matches an actor when one of the actor's spellings, folded, appears in the
 * folded speaker string as whole words, unless that spelling is only part of a longer
 * matched spelling of another actor: "وزارت امور خارجه ارمنستان" names Armenia's ministry,
 * not the bare "وزارت امور خارجه" (Iran's, in the gazetteer) nor "ارمنستان" (the capital).
 */
export function nameVariants(gazetteer: Gazetteer, speaker: string): string[] {
  const key = ` ${toSearchKey(speaker)} `;
  const matches: { id: string; name: string }[] = [];
  for (const [name, actor] of gazetteer.names) {
    const nameKey = toSearchKey(name);
    if (nameKey && key.includes(` ${nameKey} `)) matches.push({ id: actor.id, name: ` ${nameKey} ` });
  }
  const ids = new Set(
    matches
      .filter((m) => !matches.some((n) => n.id !== m.id && n.name.length > m.name.length && n.name.includes(m.name)))
      .map((m) => m.id),
  );
  const variants = new Set<string>();
  for (const [name, actor] of gazetteer.names) if (ids.has(actor.id)) variants.add(name);
  return [...variants];
}
