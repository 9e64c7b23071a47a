/**
 * Phrase hits as parallel typed arrays, reused from search to search: blocks are searched
 * by the hundred thousand, and an object per hit was a measurable share of the garbage.
 */
export class PhraseHitList {
  /** Number of hits; entries past it are stale. */
  count = 0;
  /** Start (inclusive) of each hit in the key. */
  starts: Int32Array = new Int32Array(64);
  /** End (exclusive) of each hit. */
  ends: Int32Array = new Int32Array(64);
  /** Trie node where each hit's phrase ends: its payloads via `PhraseIndex.payloadsAt`. */
  nodes: Int32Array = new Int32Array(64);

  /** Forgets every hit (keeps the arrays). */
  clear(): void {
    this.count = 0;
  }

  /** Appends a hit, growing the arrays when full. */
  push(start: number, end: number, node: number): void {
    if (this.count === this.starts.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.nodes = grow(this.nodes);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.nodes[this.count] = node;
    this.count++;
  }
}
