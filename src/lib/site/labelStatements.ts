/**
 * Adds a visible label (speaker, capital) at the start of each statement block of a report's
 * rendered HTML. The HTML comes from the pipeline, already sanitised; the label is built here
 * by the caller from the report's own statement data, escaped.
 */
import type { Statement } from '../extract/statementTypes';

/** Escapes text for HTML element content and attribute values. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const OPENING_TAG = /<([a-z][a-z0-9]*)\b([^>]*\bclass="statement\b[^"]*"[^>]*)>/g;

/**
 * @param html The report body from the pipeline.
 * @param statements The report's statements (their `anchor` is the block's `id`).
 * @param label HTML of the label for the statements of one block.
 * @returns The HTML with each statement block's label inserted after its opening tag.
 */
export function labelStatements(
  html: string,
  statements: readonly Statement[],
  label: (blockStatements: Statement[]) => string,
): string {
  const byAnchor = new Map(statements.map((s) => [s.anchor, s]));
  return html.replace(OPENING_TAG, (tag, _name: string, attrs: string) => {
    const id = /\bid="([^"]*)"/.exec(attrs)?.[1];
    const first = id === undefined ? undefined : byAnchor.get(unescape(id));
    if (!first) return tag;
    const same = statements.filter((s) => s.block === first.block);
    return tag + label(same);
  });
}

function unescape(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
