/**
 * A character trie over phrases in match-key form, searched from every word start of a text.
 * Spaces, ex-ZWNJ and U+0640 inside a phrase are "gaps" that may be a space, a joiner or
 * nothing, so `علی‌اف`, `علی اف` and `علیاف` are one entry. Linear: each start walks at most
 * as deep as the longest phrase (gaps aside) and never backtracks.
 */
import { toMatchKey } from '../text/normalise';

/**
 * A trie node. Most nodes have one or two children (the rest of a name), which a short scan
 * of `codes` finds faster than a hash; nodes with many children also get a `map`.
 */
interface TrieNode {
  codes: number[];
  kids: TrieNode[];
  map: Map<number, TrieNode> | undefined;
  payloads: unknown[] | undefined;
}

/** One phrase found in a text: [start, end) offsets in the key (and so in the display text). */
export interface PhraseHit<T> {
  start: number;
  end: number;
  payloads: readonly T[];
}

/** Children beyond which a node is looked up through a Map rather than scanned. */
const SCAN_LIMIT = 6;

/** Units below this find the root's child by array index: Latin and Arabic script, where every phrase starts. */
const ROOT_TABLE_SIZE = 0x0700;

const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;
const TATWEEL = 0x0640;
const isGapCode = (c: number): boolean => c === 32 || c === TATWEEL || c === 10 || c === 9 || c === 13;

/** Letters, marks and digits by code unit; Arabic-script punctuation (، ؛ ؟ ٪ ٫ ٬ ۔) is not. */
function classifyWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0x0600 && c <= 0x06ff) return c !== 0x060c && c !== 0x061b && c !== 0x061f && c !== 0x066a && c !== 0x066b && c !== 0x066c && c !== 0x06d4 && c !== TATWEEL && !(c >= 0x0600 && c <= 0x060b);
  return WORD_CHAR.test(String.fromCharCode(c));
}

/** `classifyWordCode` for every UTF-16 unit (1 = word unit): built once, a few milliseconds. */
const WORD_TABLE = Uint8Array.from({ length: 0x10000 }, (_, c) => (classifyWordCode(c) ? 1 : 0));

/** True when the UTF-16 unit `c` is part of a word: one table read. */
const isWordCode = (c: number): boolean => WORD_TABLE[c] === 1;

/** True when `ch` is part of a word (letters, marks, digits); JS `\b` fails for Arabic script. */
export const isWordChar = (ch: string | undefined): boolean => ch !== undefined && ch !== '' && isWordCode(ch.charCodeAt(0));

const newNode = (): TrieNode => ({ codes: [], kids: [], map: undefined, payloads: undefined });

function childOf(node: TrieNode, code: number): TrieNode | undefined {
  if (node.map) return node.map.get(code);
  const codes = node.codes;
  for (let k = 0; k < codes.length; k++) if (codes[k] === code) return node.kids[k];
  return undefined;
}

/** Trie of phrases; add phrases in display or key form, then `find` in a match key. */
export class PhraseIndex<T> {
  private readonly root: TrieNode = newNode();
  /** The root's children by first unit below `ROOT_TABLE_SIZE` (the root is looked up at every word start). */
  private readonly firsts: Array<TrieNode | undefined> = new Array<TrieNode | undefined>(ROOT_TABLE_SIZE).fill(undefined);

  /** Adds `phrase` (normalised here) with a payload; returns false for an empty phrase. */
  add(phrase: string, payload: T): boolean {
    const key = toMatchKey(phrase.normalize('NFC')).trim();
    let node = this.root;
    let count = 0;
    for (let k = 0; k < key.length; k++) {
      const code = key.charCodeAt(k);
      if (isGapCode(code)) continue;
      let child = childOf(node, code);
      if (!child) {
        child = newNode();
        if (node === this.root && code < ROOT_TABLE_SIZE) this.firsts[code] = child;
        node.codes.push(code);
        node.kids.push(child);
        if (node.map) node.map.set(code, child);
        else if (node.codes.length > SCAN_LIMIT) node.map = new Map(node.codes.map((c, i) => [c, node.kids[i]!]));
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
    const root = this.root;
    const firsts = this.firsts;
    const n = key.length;
    let prevWord = false;
    let i = 0;
    while (i < n) {
      const code = key.charCodeAt(i);
      const word = isWordCode(code);
      if (!(word && prevWord) && !isGapCode(code)) {
        const first = code < ROOT_TABLE_SIZE ? firsts[code] : childOf(root, code);
        const end = first ? this.longestAt(key, i, first) : -1;
        if (end !== -1) {
          hits.push({ start: i, end, payloads: this.lastPayloads as T[] });
          i = end;
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

  /** Payloads of the hit `longestAt` last returned (saves allocating one per candidate). */
  private lastPayloads: unknown[] = [];

  /** End of the longest phrase at `start` whose first unit led to `first`, or -1. */
  private longestAt(key: string, start: number, first: TrieNode): number {
    const n = key.length;
    let node: TrieNode | undefined = first;
    let best = -1;
    let code = key.charCodeAt(start);
    let j = start + 1;
    for (;;) {
      if (node.payloads) {
        let after = j;
        while (key.charCodeAt(after) === TATWEEL) after++;
        // A phrase ending in a letter must not run into one; `u.s.` style ends are free.
        if (!isWordCode(code) || after >= n || !isWordCode(key.charCodeAt(after))) {
          best = j;
          this.lastPayloads = node.payloads;
        }
      }
      while (j < n && isGapCode(key.charCodeAt(j))) j++;
      if (j >= n) break;
      code = key.charCodeAt(j);
      node = childOf(node, code);
      if (!node) break;
      j++;
    }
    return best;
  }
}
