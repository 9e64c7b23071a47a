/**
 * The open-data export `data/statements.csv`: one row per statement, same columns as the
 * JSON statements (capitals joined with `;`).
 *
 * Format choices: RFC 4180 (comma, CRLF, fields quoted when they hold `"`, `,`, CR or LF,
 * quotes doubled); a UTF-8 byte-order mark first, because Excel otherwise opens UTF-8 CSV as
 * the local code page and shows Persian as mojibake (other tools ignore the BOM). Report text
 * is untrusted, so a field starting with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'`
 * to stop spreadsheets running it as a formula (OWASP "CSV injection").
 */
import type { Corpus } from '../pipeline/corpusTypes';
import { toStatementsJson } from './toStatementsJson';

/** Column order of the CSV. */
export const CSV_COLUMNS = ['id', 'report', 'date', 'capitals', 'capital', 'speaker', 'text', 'kind', 'lang', 'path'] as const;

/** Quotes one field per RFC 4180, defusing spreadsheet formulas. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * @param corpus The built corpus.
 * @param base The site's base path (for the `path` column).
 * @returns The CSV text, starting with a BOM and a header row, CRLF line ends.
 */
export function toStatementsCsv(corpus: Pick<Corpus, 'reports' | 'statements'>, base: string): string {
  const rows = toStatementsJson(corpus, base).statements.map((s) =>
    [s.id, s.report, s.date, s.capitals.join(';'), s.capital, s.speaker, s.text, s.kind, s.lang, s.path].map(csvField).join(','),
  );
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
