/**
 * A character trie over phrases in match-key form, searched from every word start of a text.
 * Spaces, ex-ZWNJ and U+0640 inside a phrase are "gaps" that may be a space, a joiner or
 * nothing, so `علی‌اف`, `علی اف` and `علیاف` are one entry. Linear: each start walks at most
 * as deep as the longest phrase (gaps aside) and never backtracks.
 */
import { toMatchKey } from '../text/normalise';

interface TrieNode {
  next: Map<number, TrieNode>;
  payloads: unknown[] | undefined;
}

/** One phrase found in a text: [start, end) offsets in the key (and so in the display text). */
export interface PhraseHit<T> {
  start: number;
  end: number;
  payloads: readonly T[];
}

const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;
const TATWEEL = 0x0640;
const isGapCode = (c: number): boolean => c === 32 || c === TATWEEL || c === 10 || c === 9 || c === 13;

/** Letters, marks and digits by code unit; Arabic-script punctuation (، ؛ ؟ ٪ ٫ ٬ ۔) is not. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0x0600 && c <= 0x06ff) return c !== 0x060c && c !== 0x061b && c !== 0x061f && c !== 0x066a && c !== 0x066b && c !== 0x066c && c !== 0x06d4 && c !== TATWEEL && !(c >= 0x0600 && c <= 0x060b);
  return WORD_CHAR.test(String.fromCharCode(c));
}

/** True when `ch` is part of a word (letters, marks, digits); JS `\b` fails for Arabic script. */
export const isWordChar = (ch: string | undefined): boolean => ch !== undefined && ch !== '' && isWordCode(ch.charCodeAt(0));

/** Trie of phrases; add phrases in display or key form, then `find` in a match key. */
export class PhraseIndex<T> {
  private readonly root: TrieNode = { next: new Map(), payloads: undefined };

  /** Adds `phrase` (normalised here) with a payload; returns false for an empty phrase. */
  add(phrase: string, payload: T): boolean {
    const key = toMatchKey(phrase.normalize('NFC')).trim();
    let node = this.root;
    let count = 0;
    for (let k = 0; k < key.length; k++) {
      const code = key.charCodeAt(k);
      if (isGapCode(code)) continue;
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), payloads: undefined };
        node.next.set(code, child);
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
    const root = this.root.next;
    let prevWord = false;
    let i = 0;
    while (i < key.length) {
      const code = key.charCodeAt(i);
      const word = isWordCode(code);
      if (!(word && prevWord) && !isGapCode(code) && root.has(code)) {
        const hit = this.longestAt(key, i);
        if (hit) {
          hits.push(hit);
          i = hit.end;
          prevWord = isWordCode(key.charCodeAt(i - 1));
          continue;
        }
      }
      // Tatweel (and marks folded to it) sits inside words: it neither starts nor ends one.
      if (code !== TATWEEL) prevWord = word;
      i++;
    }
    return hits;
  }

  private longestAt(key: string, start: number): PhraseHit<T> | undefined {
    let node: TrieNode | undefined = this.root;
    let best: PhraseHit<T> | undefined;
    let j = start;
    while (j < key.length && node) {
      const code = key.charCodeAt(j);
      if (isGapCode(code) && j > start) {
        j++;
        continue;
      }
      node = node.next.get(code);
      j++;
      if (node?.payloads) {
        let after = j;
        while (key.charCodeAt(after) === TATWEEL) after++;
        // A phrase ending in a letter must not run into one; `u.s.` style ends are free.
        if (!isWordCode(code) || after >= key.length || !isWordCode(key.charCodeAt(after))) best = { start, end: j, payloads: node.payloads as T[] };
      }
    }
    return best;
  }
}
