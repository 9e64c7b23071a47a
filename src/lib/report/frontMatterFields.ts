/**
 * Helpers shared by the front-matter readers: the known fields, the nearest known name for a
 * misspelt one, and a problem collector bound to one file.
 */
import type { ContentProblem } from '../errors';

/** Fields a report's front matter may have. */
export const REPORT_FIELDS = ['title', 'date', 'source', 'url', 'lang', 'statements'] as const;

/** Fields one `statements:` correction may have. */
export const CORRECTION_FIELDS = ['action', 'block', 'match', 'of', 'capital', 'capitals', 'speaker', 'kind'] as const;

/** Levenshtein distance, for "did you mean" hints on a handful of short names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** A hint for an unknown field: the closest known name if it is close, else the list. */
export function unknownFieldHint(name: string, known: readonly string[]): string {
  const lower = name.toLowerCase();
  const best = [...known].sort((a, b) => distance(lower, a) - distance(lower, b))[0];
  const list = known.join(', ');
  if (best !== undefined && distance(lower, best) <= 2) return `did you mean "${best}"? Known fields: ${list}`;
  return `remove it; known fields: ${list}`;
}

/** Collects problems for one file. */
export class ProblemList {
  readonly items: ContentProblem[] = [];

  constructor(readonly file: string) {}

  add(field: string, line: number | undefined, message: string, hint: string): void {
    this.items.push({ file: this.file, field, line, message, hint });
  }
}
