/**
 * The one gate between a report's rendered HTML and a page. Reports are untrusted: whatever
 * `marked` passes through (raw HTML, odd link schemes) is reduced here to a small allowlist by
 * the maintained `sanitize-html` package, so nothing from a report can run, load a third-party
 * resource or restyle the page.
 */
import sanitize from 'sanitize-html';

/** Tags a report may use; everything else is dropped (its text kept, except script/style…). */
const ALLOWED_TAGS = [
  'p', 'a', 'em', 'strong', 'b', 'i', 'blockquote', 'ul', 'ol', 'li',
  'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'br', 'hr',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img', 'del', 'sup', 'sub', 'span', 'div',
];

/** Attributes the pipeline's renderer puts on a statement block (see renderReportHtml). */
const STATEMENT_ATTRIBUTES = ['id', 'class', 'data-capital', 'data-speaker', 'data-statement-id', 'data-block'];

/** Elements that can be a statement block: paragraphs, quotes, list items, headings, wrappers. */
const BLOCK_TAGS = ['p', 'li', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'span'];

const STATEMENT_CLASSES = ['statement', 'statement--baku', 'statement--moscow', 'statement--yerevan'];

/**
 * Ids a block may carry. Lower-case ASCII, starting with a letter, no `_`: this keeps report
 * ids from clobbering window globals such as `__pwned` or site ids in camelCase, and from
 * being anything but an anchor.
 */
const SAFE_ID = /^[a-z][a-z0-9-]{0,95}$/;

/** Only these capitals are valid in `data-capital` (space-separated for a joint statement). */
const SAFE_CAPITALS = /^(baku|moscow|yerevan)( (baku|moscow|yerevan))*$/;

/** `rel` for links that leave the site: no referrer, no opener, no endorsement. */
const EXTERNAL_REL = 'nofollow noopener noreferrer';

const isExternal = (url: string): boolean => /^https?:/i.test(url.trim());

const OPTIONS: sanitize.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    code: ['class'],
    ol: ['start'],
    th: ['colspan', 'rowspan', 'align'],
    td: ['colspan', 'rowspan', 'align'],
    ...Object.fromEntries(BLOCK_TAGS.map((tag) => [tag, STATEMENT_ATTRIBUTES])),
  },
  allowedClasses: {
    code: [/^language-[a-z0-9_+-]{1,40}$/i],
    ...Object.fromEntries(BLOCK_TAGS.map((tag) => [tag, STATEMENT_CLASSES])),
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'action', 'formaction', 'xlink:href'],
  allowProtocolRelative: false,
  allowedStyles: {},
  disallowedTagsMode: 'discard',
  // Keep the text of script-like elements out entirely, not just their tags.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'xmp', 'noembed', 'noframes', 'template', 'svg', 'math', 'object', 'embed'],
  enforceHtmlBoundary: false,
  transformTags: {
    a: (tagName, attribs) => {
      const { href } = attribs;
      const next: sanitize.Attributes = { ...attribs };
      delete next['rel'];
      if (href !== undefined && isExternal(href)) next['rel'] = EXTERNAL_REL;
      return { tagName, attribs: next };
    },
    // A remote image would be a request to a third party (and a CSP violation): show a link.
    img: (tagName, attribs) => {
      const src = attribs['src'];
      if (src === undefined || !isExternal(src)) return { tagName, attribs };
      const label = (attribs['alt'] ?? '').trim() || src;
      return { tagName: 'a', attribs: { href: src, rel: EXTERNAL_REL }, text: label };
    },
    '*': (tagName, attribs) => {
      const next: sanitize.Attributes = { ...attribs };
      const id = next['id'];
      if (id !== undefined && !SAFE_ID.test(id)) delete next['id'];
      const capital = next['data-capital'];
      if (capital !== undefined && !SAFE_CAPITALS.test(capital)) delete next['data-capital'];
      return { tagName, attribs: next };
    },
  },
};

/**
 * Reduces rendered report HTML to the allowlist: no script, style, iframe, object, embed,
 * form, base, meta, SVG or MathML; no event handler or `style` attribute; URLs only `http:`,
 * `https:`, `mailto:` or relative (never protocol-relative); external links get
 * `rel="nofollow noopener noreferrer"`; remote images become links; statement blocks keep
 * only the pipeline's `id`, `statement…` classes and `data-*` attributes.
 * @param html HTML produced by `marked` from an untrusted report.
 * @returns HTML safe to insert into a page.
 */
export function sanitizeHtml(html: string): string {
  return sanitize(html, OPTIONS);
}
