/**
 * `resolveMention` remembered per phrase and date: the same names recur through a report, and
 * a payload list (one per trie node) resolves the same way on the same day, so the filters and
 * the objects it builds are paid once per name and date instead of once per hit.
 */
import { resolveMention, type MentionPayload, type ResolvedMention } from './mentionIndex';

interface Memo {
  date: string | undefined;
  what: ResolvedMention | undefined;
}

const memos = new WeakMap<readonly MentionPayload[], Memo>();

/**
 * What the hit `text[start, end)` means on `date`, as `resolveMention` says. Not remembered when the result is an
 * unlisted office holder: its id comes from the text as written, which differs between hits.
 */
export function resolveMentionOnDate(payloads: readonly MentionPayload[], date: string | undefined, text: string, start: number, end: number): ResolvedMention | undefined {
  const memo = memos.get(payloads);
  if (memo && memo.date === date) return memo.what;
  // The hit's text is cut only here, when the name is first resolved on this date.
  const what = resolveMention(payloads, date, text.slice(start, end));
  if (what?.kind !== 'actor' || !what.actor.id.startsWith('office:')) memos.set(payloads, { date, what });
  return what;
}
