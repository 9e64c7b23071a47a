import type { Capital } from '../capitals';
import type { StatementKind } from '../extract/statementTypes';

/** Languages a report may be written in. */
export const REPORT_LANGS = ['fa', 'en'] as const;
/** `fa` (Persian, right-to-left) or `en` (English). */
export type ReportLang = (typeof REPORT_LANGS)[number];

/**
 * An author's correction of the extractor for one report, from front-matter `statements:`.
 * The block is found by `block` (1-based number among the report's text blocks) or `match`
 * (a snippet of the block's text, compared after normalisation).
 */
export interface StatementCorrection {
  /** `add` a statement the extractor missed, `drop` one it found wrongly, `set` (re-attribute) one it found. */
  action: 'add' | 'drop' | 'set';
  block?: number | undefined;
  match?: string | undefined;
  /** For `drop` and `set` when a block holds several statements: the speaker to pick, as extracted. */
  of?: string | undefined;
  capitals?: Capital[] | undefined;
  speaker?: string | undefined;
  kind?: StatementKind | undefined;
  /** Line of this entry in the file, for error messages. */
  line?: number | undefined;
}

/** A report read and validated from one Markdown file (before extraction). */
export interface Report {
  /** URL slug, unique in the content folder: the path without `.md`, lower-cased, spaces as `-`. */
  id: string;
  /** Path relative to the content folder, `/`-separated. */
  file: string;
  title: string;
  /** Gregorian calendar date, `YYYY-MM-DD`. */
  date: string;
  lang: ReportLang;
  source?: string | undefined;
  url?: string | undefined;
  /** The Markdown body as display text (normalised, see `toDisplayText`). */
  body: string;
  /** 1-based line of the file where `body` starts (after front matter). */
  bodyLine: number;
  corrections: StatementCorrection[];
}
