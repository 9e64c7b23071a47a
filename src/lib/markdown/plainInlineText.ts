/**
 * Tokenizer extension: a run of inline text with no inline syntax in it becomes one text token
 * without marked's inline-text regex. That regex tries a dozen lookaheads (emphasis, links,
 * autolinks, e-mail addresses, hard breaks) at every character; most of a report's prose has
 * none of them, and the regex was the largest single cost of the extraction pipeline (≈ 16 % of
 * its time, `bench/extract.bench.ts`).
 *
 * The token is the one marked makes: for such a run, its GFM inline-text rule matches the
 * whole run and its `text` equals its `raw` (only `&#…;` references would change it, and `&`
 * is not let through). Anything the test below is unsure of goes to marked's own rule.
 * `tests/lib/markdown/plainInlineText.test.ts` checks the tokens against a plain `Marked` instance.
 */
import type { MarkedExtension, Tokens } from 'marked';

/**
 * Units that can start or end inline syntax in GFM (without `breaks`): escapes, HTML and
 * autolinks, links and images, code, emphasis, strikethrough, e-mail addresses, entities.
 */
const SYNTAX_UNITS = '\\<>![]`*~_@&';

/** By ASCII unit: 1 in `SYNTAX_UNITS`, 2 a Latin letter or a newline (see `AUTOLINK_OR_BREAK`), 0 plain; other units are plain. */
const SYNTAX_TABLE = Uint8Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  if (SYNTAX_UNITS.includes(ch)) return 1;
  return /[A-Za-z\n]/.test(ch) ? 2 : 0;
});

/** Words at which GFM looks for a bare URL or e-mail scheme, and a hard line break (two spaces before a newline). */
const AUTOLINK_OR_BREAK = /https?|ftp:|www\.|mailto:|xmpp:| {2}\n/i;

/**
 * Whether marked's GFM inline lexing of `src` is one text token equal to `src`: no unit of
 * `SYNTAX_UNITS`, no URL or scheme word, no hard break. (False means "ask marked".)
 */
export function isPlainInlineText(src: string): boolean {
  let wordsOrLines = false;
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code < 128) {
      const kind = SYNTAX_TABLE[code];
      if (kind === 1) return false;
      if (kind === 2) wordsOrLines = true;
    }
  }
  // A scheme word needs Latin letters and a hard break a newline: a one-line Persian run has neither.
  return !wordsOrLines || !AUTOLINK_OR_BREAK.test(src);
}

/** The extension: `inlineText` answers plain runs itself and returns false (marked's own rule) otherwise. */
export const plainInlineText: MarkedExtension = {
  tokenizer: {
    inlineText(src: string): Tokens.Text | false {
      if (!isPlainInlineText(src)) return false;
      return { type: 'text', raw: src, text: src, escaped: this.lexer.state.inRawBlock };
    },
  },
};
