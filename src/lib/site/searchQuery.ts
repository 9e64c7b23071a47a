import { toSearchKey } from '../text/normalise';

/**
 * The query Pagefind is given: the same normalisation as the indexed text (ي→ی, ك→ک, ZWNJ→
 * space, Persian/Arabic digits→ASCII, Latin lower-cased), so spellings found in the wild meet.
 */
export function searchQuery(input: string): string {
  return toSearchKey(input);
}
