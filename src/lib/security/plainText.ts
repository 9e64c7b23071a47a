/**
 * Plain text for one-line fields that land in titles, meta tags, feeds, SVG labels and
 * tooltips (report title, source, speaker, labels). Builds on `toDisplayText`, which already
 * removes bidi overrides, embeddings, isolates and zero-width spaces; this also removes what
 * is still invisible or illegal in XML, and folds line breaks, so a field reads as one line.
 */
import { toDisplayText } from '../text/normalise';

/**
 * Control characters (C0 and C1, XML-illegal), invisible
 * operators and word joiner, Mongolian vowel separator, Hangul fillers, combining grapheme
 * joiner, interlinear annotation marks, and Unicode tag characters (invisible "ASCII
 * smuggling"). Tab, newline and U+2028/U+2029 are handled as whitespace instead.
 */
const HIDDEN =
  /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u034F\u115F\u1160\u180E\u2060-\u2064\u206A-\u206F\u3164\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;

/**
 * Text safe to show as one line of plain text: display-normalised (no bidi controls, no
 * zero-width spaces; ZWNJ and ZWJ kept, Persian and emoji need them), no other hidden or
 * XML-illegal character, whitespace runs as one space, trimmed. It does not escape HTML:
 * the page or feed writer escapes on output as it must for any text.
 * @param input A front-matter field or speaker name as written.
 */
export function plainText(input: string): string {
  return toDisplayText(input).replace(HIDDEN, '').replace(/[\s\u2028\u2029]+/g, ' ').trim();
}
