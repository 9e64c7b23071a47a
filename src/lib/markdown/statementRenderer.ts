/**
 * Renderer extension that marks statement blocks. `lexReport` stamps each block token with
 * its block number (`blockIndex`); while `renderReportHtml` renders, the blocks that carry
 * statements are looked up here and their opening tag gets the anchor id, the capitals and
 * the speakers. Everything else falls back to marked's own renderer.
 */
import type { MarkedExtension, Tokens } from 'marked';
import { Renderer } from 'marked';
import type { Capital } from '../capitals';

/** What a statement block carries on the page. */
export interface BlockMark {
  /** HTML ids of the block's statements; the first is the element's id, others are inner anchors. */
  anchors: string[];
  /** Capitals of all statements in the block, first seen first, no repeats. */
  capitals: Capital[];
  /** Speakers as the text names them, one per statement. */
  speakers: string[];
  /** Statement ids (`<report>/<anchor>`), one per statement. */
  statementIds: string[];
}

/** A block token as stamped by `lexReport`. */
export type NumberedToken = { blockIndex?: number };

let currentMarks: ReadonlyMap<number, BlockMark> | undefined;

/**
 * Runs `render` with `marks` active. Rendering is synchronous, so a module-level slot is
 * safe and keeps the marks out of the (cached) tokens.
 */
export function withBlockMarks<T>(marks: ReadonlyMap<number, BlockMark>, render: () => T): T {
  const previous = currentMarks;
  currentMarks = marks;
  try {
    return render();
  } finally {
    currentMarks = previous;
  }
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The attributes for a marked block, already escaped. */
function attributesFor(mark: BlockMark): string {
  const classes = ['statement', ...mark.capitals.map((c) => `statement--${c}`)].join(' ');
  return [
    `id="${escapeAttribute(mark.anchors[0] ?? '')}"`,
    `class="${classes}"`,
    `data-capital="${mark.capitals.join(' ')}"`,
    `data-speaker="${escapeAttribute(mark.speakers.join('; '))}"`,
    `data-statement-id="${escapeAttribute(mark.statementIds.join(' '))}"`,
  ].join(' ');
}

/** Extra statements in the same block still need a link target: an empty span each. */
function innerAnchors(mark: BlockMark): string {
  return mark.anchors
    .slice(1)
    .map((a) => `<span id="${escapeAttribute(a)}"></span>`)
    .join('');
}

/** Adds the mark to the first tag of `html` (`<p>`, `<li>`, `<h2>`), if the token has one. */
function mark(token: NumberedToken, html: string): string {
  const index = token.blockIndex;
  const found = index === undefined ? undefined : currentMarks?.get(index);
  if (!found) return html;
  return html.replace(/^<([a-z0-9]+)>/, (_m, tag: string) => `<${tag} ${attributesFor(found)}>${innerAnchors(found)}`);
}

const plain = new Renderer();

const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The extension: statement marks on paragraphs, headings and list items; raw HTML shown as text. */
export const statementRenderer: MarkedExtension = {
  renderer: {
    paragraph(token: Tokens.Paragraph) {
      return mark(token as NumberedToken, plain.paragraph.call(this, token));
    },
    heading(token: Tokens.Heading) {
      return mark(token as NumberedToken, plain.heading.call(this, token));
    },
    listitem(token: Tokens.ListItem) {
      return mark(token as NumberedToken, plain.listitem.call(this, token));
    },
    // Reports are untrusted: raw HTML (block or inline) is shown as text, never passed through.
    html(token: Tokens.HTML | Tokens.Tag) {
      const shown = escapeHtml(token.text);
      return 'block' in token && token.block ? `<p>${shown.trim()}</p>\n` : shown;
    },
  },
};
