import type { Gazetteer } from '../extract/gazetteerTypes';
import { toSearchKey } from '../text/normalise';

/**
 * Every spelling the gazetteer knows for the actor(s) a speaker string names, so that the
 * search index holds "زاخاروا" for a report that wrote "زاخارووا" (and "Zakharova").
 * A speaker matches an actor when one of the actor's spellings, folded, appears in the
 * folded speaker string as whole words.
 */
export function nameVariants(gazetteer: Gazetteer, speaker: string): string[] {
  const key = ` ${toSearchKey(speaker)} `;
  const ids = new Set<string>();
  for (const [name, actor] of gazetteer.names) {
    const nameKey = toSearchKey(name);
    if (nameKey && key.includes(` ${nameKey} `)) ids.add(actor.id);
  }
  const variants = new Set<string>();
  for (const [name, actor] of gazetteer.names) if (ids.has(actor.id)) variants.add(name);
  return [...variants];
}
