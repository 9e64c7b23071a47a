import type { Capital } from '../capitals';

/** `direct`: the official's words are quoted (or follow a colon); `indirect`: reported speech. */
export type StatementKind = 'direct' | 'indirect';

/** A statement found in a block by the extractor, before it is given an id and a date. */
export interface ExtractedStatement {
  /** 1-based block number (see `Block.index`). */
  block: number;
  /** One capital, or several for a joint statement; first is the primary. */
  capitals: Capital[];
  /** The speaker as the text names it ("وزارت دفاع آذربایجان", "Nikol Pashinyan"). */
  speaker: string;
  kind: StatementKind;
}

/** A statement as published: one per speaker per block. */
export interface Statement extends ExtractedStatement {
  /** Stable id: `<report id>/<anchor>`; editing another block does not change it. */
  id: string;
  /** HTML id of the block on the report page. */
  anchor: string;
  /** Report id. */
  report: string;
  /** The report's date, `YYYY-MM-DD`. */
  date: string;
  /** The block's text as written (plain text). */
  text: string;
  lang: 'fa' | 'en';
  /** 1-based line of the block in the file. */
  line: number;
  /**
   * Who the speaker is, for counting: `id:<gazetteer ids>` when the gazetteer knows them (so
   * "Ilham Aliyev", "Aliyev" and "الهام علی‌اف" are one speaker), else the normalised name.
   */
  speakerKey?: string | undefined;
}
