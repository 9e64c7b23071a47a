/**
 * The saying cues and a gazetteer's mentions in one phrase index, in two lanes: a block's
 * words are walked once for both instead of once per index (the walk was the extractor's
 * costliest step). Each lane keeps its own leftmost-longest rule, so the hits are those of
 * two separate indexes.
 */
import type { Gazetteer } from './gazetteerTypes';
import { sayingCues, type CueKind } from './lexicon';
import { addMentionPhrases, type MentionPayload } from './mentionIndex';
import { PhraseIndex } from './phraseIndex';

/** Lane of the verbs of saying, containers and attributions (payload: a `CueKind`). */
export const CUE_LANE = 0;
/** Lane of names, pronouns, channels and collectives (payload: a `MentionPayload`). */
export const MENTION_LANE = 1;

/** A phrase of either lane. */
export type SayingPhrase = CueKind | MentionPayload;

const compiled = new WeakMap<Gazetteer, PhraseIndex<SayingPhrase>>();

/** The two-lane index for a gazetteer, built once and cached. */
export function sayingIndexFor(gazetteer: Gazetteer): PhraseIndex<SayingPhrase> {
  let index = compiled.get(gazetteer);
  if (index) return index;
  index = new PhraseIndex<SayingPhrase>();
  for (const [phrase, kind] of sayingCues()) index.add(phrase, kind, CUE_LANE);
  addMentionPhrases(index, gazetteer, MENTION_LANE);
  compiled.set(gazetteer, index);
  return index;
}

/** The kind of the cue whose phrase ends at `node` (the first added, as a cue index of its own gives). */
export const cueKindAt = (index: PhraseIndex<SayingPhrase>, node: number): CueKind => index.payloadsAt(CUE_LANE, node)[0] as CueKind;

/** The mention payloads of the phrase that ends at `node`. */
export const mentionPayloadsAt = (index: PhraseIndex<SayingPhrase>, node: number): readonly MentionPayload[] => index.payloadsAt(MENTION_LANE, node) as readonly MentionPayload[];
