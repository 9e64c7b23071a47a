/**
 * `/[\s\u0640]/` as a test on a UTF-16 unit: the extractor steps over spaces character by
 * character, and a regex per character would make a one-letter string each time.
 */

/** True for the units JS `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `isSpace`, or U+0640 (tatweel, and the diacritics the match key folds to it). */
export const isSpaceOrTatweel = (c: number): boolean => c === 0x0640 || isSpace(c);
