import { toMatchKey, toSearchKey } from '../text/normalise';
import type { Gazetteer } from './gazetteerTypes';
import { mentionIndexFor, resolveMention } from './mentionIndex';

/**
 * The actors a speaker string names on `date`, as sorted gazetteer ids ("ماریا زاخارووا" and
 * "سخنگوی وزارت امور خارجه روسیه" are both `zakharova` in 2023); empty when none is known.
 */
export function speakerIds(speaker: string, gazetteer: Gazetteer, date: string | undefined): string[] {
  const ids = new Set<string>();
  const key = toMatchKey(speaker);
  for (const hit of mentionIndexFor(gazetteer).find(key)) {
    const what = resolveMention(hit.payloads, date, speaker.slice(hit.start, hit.end));
    if (what?.kind === 'actor' && what.actor.role === 'capital') ids.add(what.actor.id);
  }
  return [...ids].sort();
}

/**
 * Whether two speaker strings name the same speaker: the same gazetteer actors, or (for
 * names the gazetteer does not know) the same text after `toSearchKey`.
 */
export function sameSpeaker(a: string, b: string, gazetteer: Gazetteer, date: string | undefined): boolean {
  const ia = speakerIds(a, gazetteer, date);
  const ib = speakerIds(b, gazetteer, date);
  if (ia.length > 0 || ib.length > 0) return ia.join('+') === ib.join('+');
  return toSearchKey(a) === toSearchKey(b);
}
