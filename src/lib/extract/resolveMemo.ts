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
  /** The date last answered for and its answer: a report asks about the same names on one date. */
  date: string | undefined | null;
  what: ResolvedMention | undefined;
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
    memo = { date: null, what: undefined, actors: payloads.flatMap((p) => (p.kind === 'actor' ? [p.name] : [])), bySignature: new Map() };
    memos.set(payloads, memo);
  }
  if (memo.date === date) return memo.what;
  const signature = termSignature(memo.actors, date);
  let what: ResolvedMention | undefined;
  if (signature !== -1 && memo.bySignature.has(signature)) what = memo.bySignature.get(signature);
  else {
    // The hit's text is cut only here, when the name is first resolved for this signature.
    what = resolveMention(payloads, date, text.slice(start, end));
    if (what?.kind === 'actor' && what.actor.id.startsWith('office:')) return what;
    if (signature !== -1) memo.bySignature.set(signature, what);
  }
  memo.date = date;
  memo.what = what;
  return what;
}
