/**
 * Compiles a gazetteer and the lexicon's pronouns, channels and collectives into one phrase
 * index, and resolves each hit for a report date (an office title means its holder that day).
 */
import type { Capital } from '../capitals';
import { toSearchKey } from '../text/normalise';
import type { ActorName, ActorType, Gazetteer } from './gazetteerTypes';
import { ANAPHORS, CHANNELS, COLLECTIVES } from './lexicon';
import { PhraseIndex } from './phraseIndex';

/** What a phrase in the index can be. */
export type MentionPayload =
  | { kind: 'actor'; name: ActorName }
  | { kind: 'anaphor'; refers: 'person' | 'body' | 'any' }
  | { kind: 'channel' }
  | { kind: 'collective' };

/** An actor as resolved for one date. */
export interface Actor {
  id: string;
  type: ActorType;
  capitals: Capital[];
  role: 'capital' | 'other' | 'source';
  category?: string | undefined;
  /** True when the text named an office ("وزیر خارجه روسیه") rather than the person. */
  title?: boolean | undefined;
}

/** A mention resolved for a date: exactly one of actor, anaphor, channel, collective. */
export type ResolvedMention =
  | { kind: 'actor'; actor: Actor }
  | { kind: 'anaphor'; refers: 'person' | 'body' | 'any' }
  | { kind: 'channel' }
  | { kind: 'collective' };

const compiled = new WeakMap<Gazetteer, PhraseIndex<MentionPayload>>();

/** The phrase index for a gazetteer, built once and cached. */
export function mentionIndexFor(gazetteer: Gazetteer): PhraseIndex<MentionPayload> {
  let index = compiled.get(gazetteer);
  if (index) return index;
  index = new PhraseIndex<MentionPayload>();
  addMentionPhrases(index, gazetteer, 0);
  compiled.set(gazetteer, index);
  return index;
}

/** Adds the gazetteer's names and the lexicon's pronouns, channels and collectives to `lane` of `index`. */
export function addMentionPhrases(index: { add(phrase: string, payload: MentionPayload, lane: number): boolean }, gazetteer: Gazetteer, lane: number): void {
  for (const [name, actor] of gazetteer.names) index.add(name, { kind: 'actor', name: actor }, lane);
  for (const [refers, words] of Object.entries(ANAPHORS) as Array<['person' | 'body' | 'any', readonly string[]]>) {
    for (const word of words) index.add(word, { kind: 'anaphor', refers }, lane);
  }
  for (const word of CHANNELS) index.add(word, { kind: 'channel' }, lane);
  for (const word of COLLECTIVES) index.add(word, { kind: 'collective' }, lane);
}

/** Whether `name` speaks for its actor on `date` (always, without a date). */
export const inTerm = (name: ActorName, date: string | undefined): boolean => {
  if (!date) return true;
  if (name.from && date < name.from) return false;
  if (name.to && date.slice(0, name.to.length) > name.to) return false;
  return true;
};

/**
 * Picks what a hit means on `date`: an actor in office first, then a pronoun/channel/collective,
 * then an office whose holder is not listed for that date (still its capital), and last a
 * person out of office, who no longer speaks for a capital (`other`, category `former`).
 */
export function resolveMention(payloads: readonly MentionPayload[], date: string | undefined, text: string): ResolvedMention | undefined {
  const actors = payloads.filter((p): p is { kind: 'actor'; name: ActorName } => p.kind === 'actor');
  const active = actors.find((p) => inTerm(p.name, date));
  if (active) {
    const { id, type, capitals, role, category, title } = active.name;
    return { kind: 'actor', actor: { id, type, capitals, role, category, title } };
  }
  const grammar = payloads.find((p) => p.kind !== 'actor');
  if (grammar) return grammar as ResolvedMention;
  const office = actors.find((p) => p.name.title);
  if (office) return { kind: 'actor', actor: { id: `office:${toSearchKey(text)}`, type: 'person', capitals: office.name.capitals, role: office.name.role, title: true } };
  const former = actors[0];
  if (former) return { kind: 'actor', actor: { id: former.name.id, type: former.name.type, capitals: [], role: 'other', category: 'former' } };
  return undefined;
}
