/**
 * A character trie over phrases in match-key form, searched from every word start of a text.
 * Spaces, ex-ZWNJ and U+0640 inside a phrase are "gaps" that may be a space, a joiner or
 * nothing, so `علی‌اف`, `علی اف` and `علیاف` are one entry. Linear: each start walks at most
 * as deep as the longest phrase (gaps aside) and never backtracks.
 *
 * Phrases live in numbered lanes (kinds of phrase, e.g. saying cues and names). `findInto`
 * finds every lane's hits in one pass over the text, each lane exactly as a trie of its own
 * phrases would: the word starts are the same for all lanes, and a lane's leftmost-longest
 * rule only decides which of them it may start at.
 */
import { toMatchKey } from '../text/normalise';
import { PhraseHitList } from './phraseHitList';

/** A trie node while phrases are added; `find` runs on the flat form `compileTrie` makes of it. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** Payloads of the phrases ending here, by lane. */
  lanes: Array<unknown[] | undefined>;
}

/**
 * The trie in flat arrays (compressed rows): node k's edges are `edgeCode`/`edgeChild` from
 * `edgeStart[k]` to `edgeStart[k + 1]`, sorted by code. Typed arrays keep the walk, which runs
 * at every word start of every block, cache-friendly and free of hashing.
 */
interface FlatTrie {
  edgeStart: Int32Array;
  edgeCode: Uint16Array;
  edgeChild: Int32Array;
  /** Bit l set: a lane-l phrase ends at the node. */
  ends: Uint8Array;
  /** Bit l set: a lane-l phrase ends at the node or below it (a walk stops when no lane it serves goes on). */
  below: Uint8Array;
  /** Payloads by lane, then node. */
  payloads: Array<Array<unknown[] | undefined>>;
  /** The root's child by first unit below `ROOT_TABLE_SIZE`, or -1. */
  firsts: Int32Array;
  /** Units that label some edge, numbered from 1 (0: none does). */
  alphabet: Uint16Array;
  /** Offset of a wide node's row in `dense` (-1 for nodes searched by their edge list). */
  denseRow: Int32Array;
  /** Rows of children by alphabet number (-1: no such child), one per wide node. */
  dense: Int32Array;
}

/** One phrase found in a text: [start, end) offsets in the key (and so in the display text). */
export interface PhraseHit<T> {
  start: number;
  end: number;
  payloads: readonly T[];
}

/** Lanes an index can hold (one bit each in `ends` and `below`). */
export const MAX_LANES = 8;

/** Units below this find the root's child by array index (Latin and Arabic script, where phrases start); others search the root's edges. */
const ROOT_TABLE_SIZE = 0x0700;

/** Nodes with more edges than this get a dense row of children (few nodes, but the most walked: the root's children). */
const LINEAR_EDGES = 8;

const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;
const TATWEEL = 0x0640;
const isGapCode = (c: number): boolean => c === 32 || c === TATWEEL || c === 10 || c === 9 || c === 13;

/** Letters, marks and digits by code unit; Arabic-script punctuation (، ؛ ؟ ٪ ٫ ٬ ۔) is not. */
function classifyWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0x0600 && c <= 0x06ff) return c !== 0x060c && c !== 0x061b && c !== 0x061f && c !== 0x066a && c !== 0x066b && c !== 0x066c && c !== 0x06d4 && c !== TATWEEL && !(c >= 0x0600 && c <= 0x060b);
  return WORD_CHAR.test(String.fromCharCode(c));
}

/** `classifyWordCode` for every UTF-16 unit (1 = word unit), built once at load (≈ 40 ms): a lazily filled table measured 15–30 % slower in `find`. */
const WORD_TABLE = Uint8Array.from({ length: 0x10000 }, (_, c) => (classifyWordCode(c) ? 1 : 0));

/** True when the UTF-16 unit `c` is part of a word (letters, marks, digits; JS `\b` fails for Arabic script): one table read. */
export const isWordCode = (c: number): boolean => WORD_TABLE[c] === 1;

/**
 * Numbers the nodes breadth-first (root 0) and lays their edges out in flat arrays. Breadth
 * first keeps the shallow nodes, which nearly every walk visits, together in memory.
 */
function compileTrie(root: TrieNode, laneCount: number): FlatTrie {
  const nodes: TrieNode[] = [root];
  const ids = new Map<TrieNode, number>([[root, 0]]);
  for (let k = 0; k < nodes.length; k++) {
    for (const child of nodes[k]!.next.values()) {
      ids.set(child, nodes.length);
      nodes.push(child);
    }
  }
  const edges = nodes.reduce((n, node) => n + node.next.size, 0);
  const flat: FlatTrie = {
    edgeStart: new Int32Array(nodes.length + 1),
    edgeCode: new Uint16Array(edges),
    edgeChild: new Int32Array(edges),
    ends: new Uint8Array(nodes.length),
    below: new Uint8Array(nodes.length),
    payloads: Array.from({ length: laneCount }, (_, lane) => nodes.map((node) => node.lanes[lane])),
    firsts: new Int32Array(ROOT_TABLE_SIZE).fill(-1),
    alphabet: new Uint16Array(0x10000),
    denseRow: new Int32Array(nodes.length).fill(-1),
    dense: new Int32Array(0),
  };
  let letters = 0;
  for (const node of nodes) for (const code of node.next.keys()) if (flat.alphabet[code] === 0) flat.alphabet[code] = ++letters;
  const wide = nodes.filter((node) => node.next.size > LINEAR_EDGES);
  flat.dense = new Int32Array(wide.length * (letters + 1)).fill(-1);
  let e = 0;
  let rows = 0;
  nodes.forEach((node, k) => {
    flat.edgeStart[k] = e;
    if (node.next.size > LINEAR_EDGES) {
      flat.denseRow[k] = rows * (letters + 1);
      for (const [code, child] of node.next) flat.dense[flat.denseRow[k]! + flat.alphabet[code]!] = ids.get(child)!;
      rows++;
    }
    for (let lane = 0; lane < laneCount; lane++) if (node.lanes[lane]) flat.ends[k]! |= 1 << lane;
    for (const [code, child] of [...node.next].sort((a, b) => a[0] - b[0])) {
      flat.edgeCode[e] = code;
      flat.edgeChild[e] = ids.get(child)!;
      if (k === 0 && code < ROOT_TABLE_SIZE) flat.firsts[code] = flat.edgeChild[e]!;
      e++;
    }
  });
  flat.edgeStart[nodes.length] = e;
  // Every node is numbered after its parent: one backward sweep fills `below`.
  for (let k = nodes.length - 1; k >= 0; k--) {
    let mask = flat.ends[k]!;
    for (let c = flat.edgeStart[k]!; c < flat.edgeStart[k + 1]!; c++) mask |= flat.below[flat.edgeChild[c]!]!;
    flat.below[k] = mask;
  }
  return flat;
}

/** The child of `node` by `code`, or -1 (a wide node's row is read directly; other edges are sorted: scanned with an early stop). */
function childIn(trie: FlatTrie, node: number, code: number): number {
  const row = trie.denseRow[node]!;
  if (row !== -1) {
    const letter = trie.alphabet[code]!;
    return letter === 0 ? -1 : trie.dense[row + letter]!;
  }
  const codes = trie.edgeCode;
  for (let e = trie.edgeStart[node]!, hi = trie.edgeStart[node + 1]!; e < hi; e++) {
    const c = codes[e]!;
    if (c === code) return trie.edgeChild[e]!;
    if (c > code) break;
  }
  return -1;
}

/** Per-lane results of the last `longestAt` (scratch, so a walk allocates nothing). */
const bestEnd = new Int32Array(MAX_LANES);
const bestNode = new Int32Array(MAX_LANES);
/** Per-lane position from which a lane may start its next hit (scratch for `findInto`). */
const laneFrom = new Int32Array(MAX_LANES);

/**
 * Walks from `start`, whose first unit led to node `first`, as deep as any lane in `active`
 * has phrases, and leaves in `bestEnd`/`bestNode` the end and node of each lane's longest
 * phrase there that ends at a word boundary. Returns the lanes that found one, as bits (the
 * other lanes' entries are stale).
 */
function longestAt(trie: FlatTrie, key: Uint16Array, n: number, start: number, first: number, active: number, laneCount: number): number {
  const ends = trie.ends;
  const below = trie.below;
  let found = 0;
  let node = first;
  let code = key[start]!;
  let j = start + 1;
  for (;;) {
    const here = ends[node]! & active;
    if (here !== 0) {
      let after = j;
      while (after < n && key[after] === TATWEEL) after++;
      // A phrase ending in a letter must not run into one; `u.s.` style ends are free.
      if (!isWordCode(code) || after >= n || !isWordCode(key[after]!)) {
        for (let lane = 0; lane < laneCount; lane++) {
          if ((here & (1 << lane)) !== 0) {
            bestEnd[lane] = j;
            bestNode[lane] = node;
          }
        }
        found |= here;
      }
    }
    while (j < n && isGapCode(key[j]!)) j++;
    if (j >= n) break;
    code = key[j]!;
    node = childIn(trie, node, code);
    if (node === -1 || (below[node]! & active) === 0) break;
    j++;
  }
  return found;
}

/** Trie of phrases in lanes; add phrases in display or key form, then `find` or `findInto` in a match key. */
export class PhraseIndex<T> {
  private readonly root: TrieNode = { next: new Map(), lanes: [] };
  private laneCount = 1;
  /** Built on the first search after an `add`. */
  private flat: FlatTrie | undefined;
  /** Lane 0's hits for `find`. */
  private readonly scratch = new PhraseHitList();
  /** The units of the key `find` was given. */
  private units = new Uint16Array(256);

  /** Adds `phrase` (normalised here) with a payload to `lane` (0 to `MAX_LANES` − 1); returns false for an empty phrase. */
  add(phrase: string, payload: T, lane = 0): boolean {
    if (!(lane >= 0 && lane < MAX_LANES && Number.isInteger(lane))) throw new RangeError(`PhraseIndex: no lane ${lane}`);
    const key = toMatchKey(phrase.normalize('NFC')).trim();
    let node = this.root;
    let count = 0;
    for (let k = 0; k < key.length; k++) {
      const code = key.charCodeAt(k);
      if (isGapCode(code)) continue;
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), lanes: [] };
        node.next.set(code, child);
      }
      node = child;
      count++;
    }
    if (count === 0) return false;
    (node.lanes[lane] ??= []).push(payload);
    this.laneCount = Math.max(this.laneCount, lane + 1);
    this.flat = undefined;
    return true;
  }

  /** The payloads of the lane-`lane` phrase that ends at trie node `node` (a hit's `node`). */
  payloadsAt(lane: number, node: number): readonly T[] {
    return (this.compiled().payloads[lane]?.[node] ?? []) as T[];
  }

  /**
   * Leftmost-longest, non-overlapping lane-0 hits in `key` (a `toMatchKey` string), each
   * starting and ending at a word boundary.
   */
  find(key: string): PhraseHit<T>[] {
    const list = this.scratch;
    if (this.units.length < key.length) this.units = new Uint16Array(key.length * 2);
    for (let k = 0; k < key.length; k++) this.units[k] = key.charCodeAt(k);
    this.findInto(this.units, key.length, [list]);
    const hits: PhraseHit<T>[] = [];
    for (let h = 0; h < list.count; h++) hits.push({ start: list.starts[h]!, end: list.ends[h]!, payloads: this.payloadsAt(0, list.nodes[h]!) });
    return hits;
  }

  /**
   * The hits of lanes 0 … `lists.length` − 1 in one pass over the key `key[0, n)` (its UTF-16
   * units, as `MatchKeyBuffer` leaves them): `lists[l]` is emptied and filled with exactly what
   * `find` would give for lane l alone (leftmost-longest, non-overlapping within the lane;
   * lanes may overlap each other).
   */
  findInto(key: Uint16Array, n: number, lists: readonly PhraseHitList[]): void {
    const trie = this.compiled();
    const firsts = trie.firsts;
    const below = trie.below;
    const lanes = Math.min(lists.length, this.laneCount);
    for (const list of lists) list.clear();
    for (let lane = 0; lane < lanes; lane++) laneFrom[lane] = 0;
    const allLanes = (1 << lanes) - 1;
    /** From here on every lane may start a hit (the largest `laneFrom`). */
    let allFrom = 0;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const code = key[i]!;
      const word = isWordCode(code);
      if (word && prevWord) {
        // Inside a word: no phrase starts here or at the word's next units (tatweel included),
        // so they are passed over in a tight loop; `prevWord` stays true.
        while (i + 1 < n && (isWordCode(key[i + 1]!) || key[i + 1] === TATWEEL)) i++;
        continue;
      }
      const first = code < ROOT_TABLE_SIZE ? firsts[code]! : isGapCode(code) ? -1 : childIn(trie, 0, code);
      if (first !== -1) {
        let active = allLanes;
        if (i < allFrom) {
          active = 0;
          for (let lane = 0; lane < lanes; lane++) if (i >= laneFrom[lane]!) active |= 1 << lane;
        }
        const found = (below[first]! & active) === 0 ? 0 : longestAt(trie, key, n, i, first, active, lanes);
        if (found !== 0) {
          for (let lane = 0; lane < lanes; lane++) {
            if ((found & (1 << lane)) === 0) continue;
            const end = bestEnd[lane]!;
            lists[lane]!.push(i, end, bestNode[lane]!);
            laneFrom[lane] = end;
            if (end > allFrom) allFrom = end;
          }
        }
      }
      // Tatweel (and marks folded to it) sits inside words: it neither starts nor ends one.
      // (A lane that jumps to a hit's end sees the same state there: the hit ends on a non-gap unit.)
      if (code !== TATWEEL) prevWord = word;
    }
  }

  private compiled(): FlatTrie {
    return (this.flat ??= compileTrie(this.root, this.laneCount));
  }
}
