/**
 * Tokenizer extension: a run of inline text with no inline syntax in it becomes one text token
 * without marked's inline-text regex. That regex tries a dozen lookaheads (emphasis, links,
 * autolinks, e-mail addresses, hard breaks) at every character; most of a report's prose has
 * none of them, and the regex was the largest single cost of lexing a report (≈ 20 %).
 *
 * The token is the one marked makes: for such a run, its GFM inline-text rule matches the
 * whole run and its `text` equals its `raw` (only `&#…;` references would change it, and `&`
 * is not let through). Anything the test below is unsure of goes to marked's own rule.
 * `tests/unit/plainInlineText.test.ts` checks the tokens against a plain `Marked` instance.
 */
import type { MarkedExtension, Tokens } from 'marked';

/**
 * Units that can start or end inline syntax in GFM (without `breaks`): escapes, HTML and
 * autolinks, links and images, code, emphasis, strikethrough, e-mail addresses, entities.
 */
const SYNTAX_UNITS = '\\<>![]`*~_@&';

/** 1 for an ASCII unit in `SYNTAX_UNITS`; every other unit is plain. */
const SYNTAX_TABLE = Uint8Array.from({ length: 128 }, (_, code) => (SYNTAX_UNITS.includes(String.fromCharCode(code)) ? 1 : 0));

/** Words at which GFM looks for a bare URL or e-mail scheme, and a hard line break (two spaces before a newline). */
const AUTOLINK_OR_BREAK = /https?|ftp:|www\.|mailto:|xmpp:| {2}\n/i;

/**
 * Whether marked's GFM inline lexing of `src` is one text token equal to `src`: no unit of
 * `SYNTAX_UNITS`, no URL or scheme word, no hard break. (False means "ask marked".)
 */
export function isPlainInlineText(src: string): boolean {
  let ascii = false;
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code < 128) {
      if (SYNTAX_TABLE[code] === 1) return false;
      ascii = true;
    }
  }
  // Words of Latin letters (and the spaces before a newline) are only in texts with ASCII units.
  return !ascii || !AUTOLINK_OR_BREAK.test(src);
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
