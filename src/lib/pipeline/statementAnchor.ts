/**
 * Stable statement anchors: `s-` + a short hash of the block's normalised text and the
 * speaker. Editing another paragraph does not change an anchor; nor do spelling variants
 * that normalisation folds (ي/ی, ZWNJ/space, digit sets).
 */
import { createHash } from 'node:crypto';
import { toSearchKey } from '../text/normalise';

/** Hex digits kept from the hash: 10 (40 bits) makes a clash within one report negligible. */
const LENGTH = 10;

/** The anchor for a speaker's statement in a block of text (before disambiguation). */
export function statementAnchor(blockText: string, speaker: string): string {
  const hash = createHash('sha256').update(`${toSearchKey(blockText)}\u0000${toSearchKey(speaker)}`).digest('hex');
  return `s-${hash.slice(0, LENGTH)}`;
}

/**
 * Makes anchors unique within one report, in document order: the second identical anchor
 * (the same paragraph repeated with the same speaker) gets `-2`, the third `-3`.
 */
export function disambiguate(anchors: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return anchors.map((a) => {
    const n = (seen.get(a) ?? 0) + 1;
    seen.set(a, n);
    return n === 1 ? a : `${a}-${n}`;
  });
}
