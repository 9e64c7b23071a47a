/**
 * The one friendly error path for authors: every problem with a report names the file,
 * the field (or `body`), the line where there is one, and how to fix it.
 */
export interface ContentProblem {
  /** Path of the report relative to the content folder, with `/` separators. */
  file: string;
  /** Front-matter field (`date`, `lang`, `statements[2].match`…), or `body`, `file`, `slug`. */
  field: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number | undefined;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** Formats one problem as `file:line [field] message — hint`, the shape every message takes. */
export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where} [${p.field}] ${p.message}\n    hint: ${p.hint}`;
}

/** Thrown when one or more reports cannot be placed; carries every problem found in the run. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length;
    super(
      `${count} problem${count === 1 ? '' : 's'} in the reports:\n` +
        problems.map((p) => formatProblem(p)).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
