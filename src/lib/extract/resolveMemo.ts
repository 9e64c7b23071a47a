/**
 * `resolveMention` remembered per phrase and term: the same names recur through a report and
 * across reports, and a payload list (one per trie node) resolves the same way on every date
 * on which the same of its names are in office. So the filters and the objects it builds are
 * paid once per name and term pattern instead of once per hit (or per report date).
 */
import type { ActorName } from './gazetteerTypes';
import { inTerm, resolveMention, type MentionPayload, type ResolvedMention } from './mentionIndex';

/** Terms beyond this many actors in one list are not told apart: such a list is resolved every time. */
const MAX_SIGNED_ACTORS = 30;

interface Memo {
  /** The list's actor names, in order (what `resolveMention` tests terms of). */
  actors: ActorName[];
  /** Result by term signature (bit k: actor k in office). */
  bySignature: Map<number, ResolvedMention | undefined>;
}

const memos = new WeakMap<readonly MentionPayload[], Memo>();

/** Which of `actors` are in office on `date`, as bits; -1 when there are too many to sign. */
function termSignature(actors: readonly ActorName[], date: string | undefined): number {
  if (actors.length > MAX_SIGNED_ACTORS) return -1;
  let signature = 0;
  for (let k = 0; k < actors.length; k++) if (inTerm(actors[k]!, date)) signature |= 1 << k;
  return signature;
}

/**
 * What the hit `text[start, end)` means on `date`, as `resolveMention` says. Its answer
 * depends on the date only through which actors are in office, so it is remembered by that.
 * Not remembered when the result is an unlisted office holder: its id comes from the text as
 * written, which differs between hits.
 */
export function resolveMentionOnDate(payloads: readonly MentionPayload[], date: string | undefined, text: string, start: number, end: number): ResolvedMention | undefined {
  let memo = memos.get(payloads);
  if (!memo) {
    memo = { actors: payloads.flatMap((p) => (p.kind === 'actor' ? [p.name] : [])), bySignature: new Map() };
    memos.set(payloads, memo);
  }
  const signature = termSignature(memo.actors, date);
  if (signature !== -1 && memo.bySignature.has(signature)) return memo.bySignature.get(signature);
  // The hit's text is cut only here, when the name is first resolved for this signature.
  const what = resolveMention(payloads, date, text.slice(start, end));
  if (signature !== -1 && (what?.kind !== 'actor' || !what.actor.id.startsWith('office:'))) memo.bySignature.set(signature, what);
  return what;
}
