/**
 * Splits a report body into marked tokens and numbered text blocks: the units statements
 * are found in, corrected by number and anchored on the page.
 */
import type { Token, Tokens, TokensList } from 'marked';
import { isSpace } from '../extract/spaceCodes';
import { isKnownPlainDisplayText, isPlainDisplayText, toDisplayText } from '../text/normalise';
import type { Block, BlockKind } from './blockTypes';
import { markdown } from './markdownInstance';
import { inlinePlainText } from './plainText';
import type { NumberedToken } from './statementRenderer';

/** Tokens of a report body (to render later with `renderReportHtml`) and its blocks. */
export interface LexedReport {
  tokens: TokensList;
  blocks: Block[];
}

/**
 * Whitespace runs (soft line breaks included) become one space; ends trimmed.
 * @param plain The text is known to be display text already (see `lexReport`).
 */
const tidy = (text: string, plain: boolean): string => {
  // Most blocks are one line: the regex only runs when there is a line break to fold.
  const spaced = (text.includes('\n') ? text.replace(/\s*\n\s*/g, ' ') : text).trim();
  // Text that is display text already is kept either way (most blocks: one scan, no searches).
  if (plain || isPlainDisplayText(spaced)) return spaced;
  // Entities such as &#x200F; can bring back characters the display text removes.
  return spaced.includes('&') || /[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/.test(spaced) ? toDisplayText(spaced) : spaced;
};

/** Newlines in `text` between `from` and `to` (counted incrementally, so long bodies stay linear). */
const countNewlines = (text: string, from: number, to: number): number => {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * The file line of each of the sibling tokens lexed from `source`, whose first line is
 * `firstLine`. A token's raw is found from a moving cursor (marked's raws concatenate to the source,
 * but a link definition can fold into the paragraph before it, so searching is the safe way).
 */
function linesOf(tokens: ReadonlyArray<{ raw: string }>, source: string, firstLine: number): number[] {
  // A plain array rather than a generator: this runs for every token of every report.
  const lines: number[] = [];
  let cursor = 0;
  let counted = 0; // offset up to which newlines have been counted
  let line = firstLine;
  for (const token of tokens) {
    const at = source.indexOf(token.raw, cursor);
    // Blank lines that open a token (marked keeps them in some raws) are not its first line;
    // a raw that opens with a visible character has none.
    const lead = isSpace(token.raw.charCodeAt(0)) ? (/^\s*\n/.exec(token.raw)?.[0].length ?? 0) : 0;
    const start = (at === -1 ? cursor : at) + lead;
    if (start > counted) {
      line += countNewlines(source, counted, start);
      counted = start;
    }
    if (at !== -1) cursor = at + token.raw.length;
    lines.push(line);
  }
  return lines;
}

/** Collects blocks in document order; `inQuote` turns paragraphs into `quote` blocks. */
class BlockCollector {
  readonly blocks: Block[] = [];

  /** @param plainText Every block's text is display text already (see `lexReport`). */
  constructor(private readonly plainText: boolean) {}

  add(token: Token, kind: BlockKind, text: string, line: number): void {
    const clean = tidy(text, this.plainText);
    if (clean === '') return;
    const index = this.blocks.length + 1;
    (token as NumberedToken).blockIndex = index;
    this.blocks.push({ index, kind, text: clean, line });
  }

  walk(tokens: readonly Token[], source: string, firstLine: number, inQuote: boolean): void {
    const lines = linesOf(tokens, source, firstLine);
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      const line = lines[t]!;
      switch (token.type) {
        case 'heading':
          this.add(token, 'heading', inlinePlainText(token.tokens), line);
          break;
        case 'paragraph':
          this.add(token, inQuote ? 'quote' : 'paragraph', inlinePlainText(token.tokens), line);
          break;
        case 'blockquote': {
          const quote = token as Tokens.Blockquote;
          this.walk(quote.tokens, quote.text, line, true);
          break;
        }
        case 'list':
          this.walkList(token as Tokens.List, line, inQuote);
          break;
        default:
          break; // code, tables, html, hr, space: not prose a statement is found in.
      }
    }
  }

  /** A list item is one block (its own text); quotes and lists nested in it are blocks of their own. */
  private walkList(list: Tokens.List, listLine: number, inQuote: boolean): void {
    const lines = linesOf(list.items, list.raw, listLine);
    for (let t = 0; t < list.items.length; t++) {
      const item = list.items[t]!;
      const line = lines[t]!;
      const own: string[] = [];
      const nested: Token[] = [];
      for (const child of item.tokens) {
        if (child.type === 'text' || child.type === 'paragraph') own.push(inlinePlainText((child as Tokens.Text).tokens ?? [child]));
        else nested.push(child);
      }
      this.add(item, 'item', own.join('\n'), line);
      if (nested.length > 0) {
        // Lines inside an item: marked lexes them from `item.text`, which is the raw minus the
        // marker and indentation, line for line.
        const childLines = linesOf(item.tokens, item.text, line);
        item.tokens.forEach((token, c) => {
          if (nested.includes(token)) this.walk([token], token.raw, childLines[c]!, inQuote);
        });
      }
    }
  }
}

/**
 * Lexes a report body with the project's marked instance and numbers its blocks.
 * @param body Markdown body as display text (see `toDisplayText`), LF line ends.
 * @param bodyLine 1-based line of the file where `body` starts (after front matter).
 * @returns The tokens (block tokens stamped with `blockIndex` for rendering) and the blocks:
 *   paragraphs, paragraphs in blockquotes (`quote`), list items (`item`) and headings,
 *   numbered from 1 in document order, each with its plain text and file line.
 */
export function lexReport(body: string, bodyLine: number): LexedReport {
  // A block's text is made of the body's units (and spaces), plus what entities decode to. So
  // when the body is known to be plain display text and holds no `&`, so is every block, and
  // no block needs checking. Asked first: `tidy` may call `toDisplayText` itself.
  const plainBlocks = isKnownPlainDisplayText(body) && !body.includes('&');
  const tokens = markdown.lexer(body);
  const collector = new BlockCollector(plainBlocks);
  collector.walk(tokens, body, bodyLine, false);
  return { tokens, blocks: collector.blocks };
}
