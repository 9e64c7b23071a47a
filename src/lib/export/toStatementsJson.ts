/**
 * The open-data export `data/statements.json` (schema: README.md, "Open data", version 1).
 */
import type { Capital } from '../capitals';
import type { StatementKind } from '../extract/statementTypes';
import type { Corpus } from '../pipeline/corpusTypes';
import type { ReportLang } from '../report/reportTypes';
import { reportPagePath, statementPagePath } from './pagePaths';

/** One report in the export. Absent `source`/`url` are `null`, so every key is always there. */
export interface ExportedReport {
  id: string;
  file: string;
  title: string;
  date: string;
  lang: ReportLang;
  source: string | null;
  url: string | null;
  path: string;
}

/** One statement in the export. */
export interface ExportedStatement {
  id: string;
  report: string;
  date: string;
  capitals: Capital[];
  capital: Capital;
  speaker: string;
  text: string;
  kind: StatementKind;
  lang: ReportLang;
  path: string;
}

/** The whole export. */
export interface StatementsExport {
  version: 1;
  reports: ExportedReport[];
  statements: ExportedStatement[];
}

/**
 * @param corpus The built corpus.
 * @param base The site's base path, e.g. `/three-capitals/`.
 * @returns Reports by date then id; statements by date, report and block order. Only the
 *   schema's keys, in the schema's order.
 */
export function toStatementsJson(corpus: Pick<Corpus, 'reports' | 'statements'>, base: string): StatementsExport {
  const reports = [...corpus.reports]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => ({
      id: r.id,
      file: r.file,
      title: r.title,
      date: r.date,
      lang: r.lang,
      source: r.source ?? null,
      url: r.url ?? null,
      path: reportPagePath(base, r.id),
    }));
  const statements = corpus.statements.map((s) => ({
    id: s.id,
    report: s.report,
    date: s.date,
    capitals: [...s.capitals],
    capital: s.capitals[0]!,
    speaker: s.speaker,
    text: s.text,
    kind: s.kind,
    lang: s.lang,
    path: statementPagePath(base, s.report, s.anchor),
  }));
  return { version: 1, reports, statements };
}
