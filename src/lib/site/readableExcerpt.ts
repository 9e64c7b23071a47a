/**
 * The excerpt a search result shows. Pagefind indexes a normalised copy of each report (letters
 * folded, Latin lower-cased, every spelling of each speaker added; see `searchQuery`), so its
 * own excerpt is that copy — often the list of name spellings, which is where a name query
 * hits most. Readers get the report's text as written instead (its opening, see `readableText`),
 * around the words Pagefind found where they are in it.
 */
import { toSearchKey } from '../text/normalise';

/** A run of the excerpt: words as written, and whether they are a hit. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/** Letters, marks and digits: what a search key's words are made of (punctuation around them is not). */
const WORD_PIECE = /[\p{L}\p{M}\p{Nd}]+/gu;

/** The search-key pieces of one written word (`«می‌کند»` → `می`, `کند`). */
function keyPieces(word: string): string[] {
  return toSearchKey(word).match(WORD_PIECE) ?? [];
}

/**
 * A window of `size` words of `text` (as written) where the most words match `hits` (search-key
 * words, e.g. the ones Pagefind marked in its excerpt), split into hit and plain runs, with
 * "…" where the text goes on. With no hit in the text, its first `size` words.
 * @param text The report's text as written (plain text).
 * @param hits Words in search-key form; a written word is a hit when one of its key pieces
 *   equals one of them or starts with one of three letters or more (Pagefind matches prefixes).
 */
export function readableExcerpt(text: string, hits: readonly string[], size = 30): ExcerptPart[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const wanted = new Set(hits.flatMap((h) => toSearchKey(h).match(WORD_PIECE) ?? []));
  const prefixes = [...wanted].filter((h) => [...h].length >= 3);
  const isHit = words.map((word) =>
    wanted.size === 0 ? false : keyPieces(word).some((piece) => wanted.has(piece) || prefixes.some((p) => piece.startsWith(p))),
  );
  // The first window with the most hits: a running count over windows ending at each word.
  let bestEnd = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    if (isHit[i]) count++;
    if (i >= size && isHit[i - size]) count--;
    if (count > bestCount) [bestEnd, bestCount] = [i, count];
  }
  // Start three words before the window's first hit, for context, but keep its last hit in.
  const firstHit = isHit.indexOf(true, Math.max(0, bestEnd - size + 1));
  // (A window near the end is filled backwards: a text that fits is shown whole.)
  const start = firstHit === -1 ? 0 : Math.max(0, Math.min(Math.max(firstHit - 3, bestEnd - size + 1), words.length - size));
  const end = Math.min(words.length, start + size);
  const parts: ExcerptPart[] = [];
  const push = (piece: string, hit: boolean): void => {
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += piece;
    else parts.push({ text: piece, hit });
  };
  const shown = [...(start > 0 ? ['…'] : []), ...words.slice(start, end), ...(end < words.length ? ['…'] : [])];
  const shownHit = [...(start > 0 ? [false] : []), ...isHit.slice(start, end), ...(end < words.length ? [false] : [])];
  shown.forEach((word, k) => {
    if (k > 0) push(' ', false);
    push(word, shownHit[k]!);
  });
  return parts;
}
