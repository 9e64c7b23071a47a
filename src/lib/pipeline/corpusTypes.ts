import type { Capital } from '../capitals';
import type { ContentProblem } from '../errors';
import type { ExtractedStatement, Statement } from '../extract/statementTypes';
import type { Block } from '../markdown/blockTypes';
import type { Report, ReportLang, StatementCorrection } from '../report/reportTypes';

/** A report as the site gets it: validated fields, rendered HTML and its statements. */
export interface BuiltReport extends Omit<Report, 'body' | 'corrections'> {
  /** Sanitised HTML of the body with statement blocks marked. */
  html: string;
  statements: Statement[];
  /** Number of text blocks (for authors writing `block:` corrections). */
  blockCount: number;
}

/** A block with a saying verb that gave no statement: the author may want to review it. */
export interface ReviewCandidate {
  file: string;
  line: number;
  block: number;
  /** The start of the block's text. */
  snippet: string;
}

/** Statements per speaker (one actor's spellings and languages counted together, under the first spelling seen). */
export interface SpeakerCount {
  capital: Capital;
  speaker: string;
  statements: number;
}

/** The extraction summary printed at every build and written to `data/extraction-report.json`. */
export interface ExtractionSummary {
  reportsRead: number;
  reportsValid: number;
  statements: number;
  byCapital: Record<Capital, number>;
  bySpeaker: SpeakerCount[];
  candidates: ReviewCandidate[];
  problems: number;
}

/** Everything the build needs, from one pass over the content folder. */
export interface Corpus {
  /** Valid reports, in file-path order. */
  reports: BuiltReport[];
  /** All statements, by date, then report, then block order. */
  statements: Statement[];
  /** Every problem of every file; non-empty means the build must fail. */
  problems: ContentProblem[];
  summary: ExtractionSummary;
}

/** The extractor's functions, as the pipeline calls them (EXTRACTOR owns the implementation). */
export interface Extractor<G = unknown> {
  loadGazetteer(files: string[]): G;
  extractStatements(
    blocks: Block[],
    options: { lang: ReportLang; gazetteer: G; date: string },
  ): { statements: ExtractedStatement[]; candidates: number[] };
  applyCorrections(
    statements: ExtractedStatement[],
    corrections: StatementCorrection[],
    blocks: Block[],
    file: string,
  ): { statements: ExtractedStatement[]; problems: ContentProblem[] };
  /** Optional: gazetteer ids of the actors a speaker string names, so the summary counts
   * "Nikol Pashinyan" and "نیکول پاشینیان" as one speaker. */
  speakerIds?(speaker: string, gazetteer: G, date: string | undefined): string[];
}
