/**
 * Plain text of marked inline tokens: the words as written, Markdown syntax removed.
 * Links keep their text, images their alt text, code spans their code; inline HTML tags are
 * dropped (the text between them is kept); line breaks become spaces.
 */
import type { Token } from 'marked';

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', zwnj: '\u200C', zwj: '\u200D',
  laquo: '\u00AB', raquo: '\u00BB', ldquo: '\u201C', rdquo: '\u201D', lsquo: '\u2018', rsquo: '\u2019',
};

/** Decodes the HTML entities marked leaves in text (`&amp;`, `&#1575;`, `&#x627;`, common names). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Concatenated plain text of inline tokens (no whitespace clean-up; see `lexReport`). */
export function inlinePlainText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return '';
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'html':
      case 'checkbox':
        break;
      case 'br':
        out += ' ';
        break;
      case 'image':
        out += token.text ?? '';
        break;
      case 'codespan':
      case 'escape':
        out += token.text ?? '';
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) out += inlinePlainText(token.tokens);
        else if ('text' in token && typeof token.text === 'string') out += decodeEntities(token.text);
    }
  }
  return out;
}
