/**
 * Renders a lexed report body to the HTML a report page shows, with each statement block
 * marked (anchor id, capitals, speakers, statement ids) and the result sanitised.
 */
import type { Token } from 'marked';
import type { Capital } from '../capitals';
import { markdown } from './markdownInstance';
import { sanitizeHtml } from './sanitizeHtml';
import { type BlockMark, withBlockMarks } from './statementRenderer';

/** The parts of a statement the page needs to mark its block. */
export interface StatementAnchor {
  block: number;
  anchor: string;
  id: string;
  capitals: readonly Capital[];
  speaker: string;
}

/** Groups statements by block: one element per block, however many speakers it holds. */
function marksByBlock(statements: readonly StatementAnchor[]): Map<number, BlockMark> {
  const marks = new Map<number, BlockMark>();
  for (const s of statements) {
    let mark = marks.get(s.block);
    if (!mark) {
      mark = { anchors: [], capitals: [], speakers: [], statementIds: [] };
      marks.set(s.block, mark);
    }
    mark.anchors.push(s.anchor);
    mark.speakers.push(s.speaker);
    mark.statementIds.push(s.id);
    for (const c of s.capitals) if (!mark.capitals.includes(c)) mark.capitals.push(c);
  }
  return marks;
}

/**
 * Renders tokens from `lexReport` with the project's marked instance.
 * @param tokens The report's tokens, as returned by `lexReport` (block tokens carry their number).
 * @param statements The report's statements; each one's block gets `id="<anchor>"`,
 *   `class="statement statement--<capital>"`, `data-capital`, `data-speaker` and
 *   `data-statement-id` (a second statement in the same block gets an empty `<span id>` inside).
 * @returns Sanitised HTML: raw HTML from the report is shown as text, unsafe URLs removed.
 */
export function renderReportHtml(tokens: Token[], statements: readonly StatementAnchor[]): string {
  const html = withBlockMarks(marksByBlock(statements), () => markdown.parser(tokens));
  return sanitizeHtml(html);
}
