/**
 * A character trie over phrases in match-key form, searched from every word start of a text.
 * Spaces, ex-ZWNJ and U+0640 inside a phrase are "gaps" that may be a space, a joiner or
 * nothing, so `علی‌اف`, `علی اف` and `علیاف` are one entry. Linear: each start walks at most
 * as deep as the longest phrase and never backtracks.
 */
import { toMatchKey } from '../text/normalise';

interface TrieNode {
  next: Map<string, TrieNode>;
  payloads: unknown[] | undefined;
}

/** One phrase found in a text: [start, end) offsets in the key (and so in the display text). */
export interface PhraseHit<T> {
  start: number;
  end: number;
  payloads: readonly T[];
}

const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;
const isGap = (ch: string): boolean => ch === ' ' || ch === '\u0640' || ch === '\n' || ch === '\t';

/** True when `ch` is part of a word (letters, marks, digits); JS `\b` fails for Arabic script. */
export const isWordChar = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== '\u0640' && WORD_CHAR.test(ch);

/** Trie of phrases; add phrases in display or key form, then `find` in a match key. */
export class PhraseIndex<T> {
  private readonly root: TrieNode = { next: new Map(), payloads: undefined };

  /** Adds `phrase` (normalised here) with a payload; returns false for an empty phrase. */
  add(phrase: string, payload: T): boolean {
    const key = toMatchKey(phrase.normalize('NFC')).trim();
    let node = this.root;
    let count = 0;
    for (let k = 0; k < key.length; k++) {
      const ch = key[k]!;
      if (isGap(ch)) continue;
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), payloads: undefined };
        node.next.set(ch, child);
      }
      node = child;
      count++;
    }
    if (count === 0) return false;
    (node.payloads ??= []).push(payload);
    return true;
  }

  /**
   * Leftmost-longest, non-overlapping hits in `key` (a `toMatchKey` string), each starting
   * and ending at a word boundary.
   */
  find(key: string): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let i = 0;
    while (i < key.length) {
      const ch = key[i]!;
      if (isGap(ch) || (i > 0 && isWordChar(key[i - 1]) && isWordChar(ch))) {
        i++;
        continue;
      }
      const hit = this.longestAt(key, i);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else i++;
    }
    return hits;
  }

  private longestAt(key: string, start: number): PhraseHit<T> | undefined {
    let node: TrieNode | undefined = this.root;
    let best: PhraseHit<T> | undefined;
    let j = start;
    while (j < key.length && node) {
      const ch = key[j]!;
      if (isGap(ch) && j > start) {
        j++;
        continue;
      }
      node = node.next.get(ch);
      j++;
      if (node?.payloads) {
        let after = j;
        while (key[after] === '\u0640') after++;
        // A phrase ending in a letter must not run into one; `u.s.` style ends are free.
        if (!isWordChar(ch) || !isWordChar(key[after])) best = { start, end: j, payloads: node.payloads as T[] };
      }
    }
    return best;
  }
}
