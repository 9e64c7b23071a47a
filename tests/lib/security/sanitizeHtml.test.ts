import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../src/lib/markdown/sanitizeHtml';
import { scanHtml } from '../../hostile/scanLiveMarkup';

const P = 'window.__pwned=1;alert(1)';

/** Sanitises, then asserts the standard parser finds no live markup in the result. */
const clean = (html: string): string => {
  const out = sanitizeHtml(html);
  expect(scanHtml(out, 'fragment', false), out).toEqual([]);
  return out;
};

describe('sanitizeHtml removes script in every spelling', () => {
  it.each([
    `<script>${P}</script>`,
    `<ScRiPt>${P}</sCrIpT>`,
    `<SCRIPT type="text/javascript">${P}</SCRIPT>`,
    `<script\0>${P}</script>`,
    `<scr\0ipt>${P}</scr\0ipt>`,
    `<<script>${P};//<</script>`,
    `<scr<script>ipt>${P}</scr</script>ipt>`,
    `<script/xss src="data:text/javascript,${P}"></script>`,
    `<script src=//evil.example/x.js`,
    `<script>/*`,
  ])('%s', (input) => {
    const out = clean(`<p>before ${input} after</p>`);
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toContain('__pwned=1;alert(1)</');
  });

  it('keeps the text around a dropped script and never its body', () => {
    expect(clean(`<p>a <script>${P}</script> b</p>`)).toBe('<p>a  b</p>');
  });
});

describe('sanitizeHtml removes event handlers', () => {
  it.each([
    `<img src=x onerror=${P}>`,
    `<IMG SRC=x ONERROR="${P}">`,
    `<img/src=x/onerror=${P}>`,
    '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115">',
    `<p onmouseover="${P}">x</p>`,
    `<a href="https://example.org/" onclick="${P}">x</a>`,
    `<span onfocus=${P} tabindex=0>x</span>`,
    `<div/onmouseover=${P}>x</div>`,
  ])('%s', (input) => {
    expect(clean(input)).not.toMatch(/\son[a-z]+=/i);
  });
});

describe('sanitizeHtml removes SVG, MathML and namespace confusion', () => {
  it.each([
    `<svg onload=${P}>`,
    `<svg><script>${P}</script></svg>`,
    `<svg><a xlink:href="javascript:${P}"><text>x</text></a></svg>`,
    `<svg><animate onbegin=${P} attributeName=x dur=1s>`,
    `<math><mtext><table><mglyph><style><img src=x onerror=${P}>`,
    `<math><maction actiontype="statusline" xlink:href="javascript:${P}">x</maction></math>`,
    `<math href="javascript:${P}">CLICKME</math>`,
    `<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=${P} src>">`,
    `<svg></p><style><a id="</style><img src=1 onerror=${P}>">`,
    `<noscript><p title="</noscript><img src=x onerror=${P}>">`,
    `<textarea></textarea><img src=x onerror=${P}>`,
    `<xmp></xmp><img src=x onerror=${P}></xmp>`,
    `<template><img src=x onerror=${P}></template>`,
  ])('%s', (input) => {
    const out = clean(input);
    expect(out).not.toMatch(/<(svg|math|style|script|form|template)/i);
  });
});

describe('sanitizeHtml removes embedding, navigation and page-level elements', () => {
  it.each([
    ['iframe', `<iframe src="javascript:${P}"></iframe>`],
    ['iframe', `<iframe srcdoc="<script>${P}</script>"></iframe>`],
    ['object', `<object data="javascript:${P}"></object>`],
    ['embed', '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">'],
    ['form', `<form action="javascript:${P}"><button>go</button></form>`],
    ['button', `<button formaction="javascript:${P}">go</button>`],
    ['input', `<input onfocus=${P} autofocus>`],
    ['base', '<base href="https://evil.example/">'],
    ['meta', `<meta http-equiv="refresh" content="0;url=javascript:${P}">`],
    ['link', '<link rel="stylesheet" href="https://evil.example/x.css">'],
    ['style', `<style>@import "https://evil.example/x.css";</style>`],
  ])('<%s>', (tag, input) => {
    expect(clean(`<p>x</p>${input}`)).not.toMatch(new RegExp(`<${tag}`, 'i'));
  });

  it('drops style attributes', () => {
    expect(clean(`<p style="background:url(javascript:${P})">x</p>`)).toBe('<p>x</p>');
  });
});

describe('sanitizeHtml allows only http, https, mailto and relative URLs', () => {
  it.each([
    `javascript:${P}`,
    `JaVaScRiPt:${P}`,
    ` javascript:${P}`,
    `java&#x09;script:${P}`,
    `&#106;avascript:${P}`,
    `&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;${P}`,
    `javascript&colon;${P}`,
    `jav&#x0A;ascript:${P}`,
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    '//evil.example/x',
  ])('drops href=%s', (url) => {
    expect(clean(`<a href="${url}">x</a>`)).toBe('<a>x</a>');
  });

  it.each(['javascript:alert(1)', 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+', 'mailto:a@example.org'])(
    'drops img src=%s',
    (url) => {
      expect(clean(`<img src="${url}" alt="a">`)).toBe('<img alt="a" />');
    },
  );

  it('keeps http, https, mailto and relative links; marks external ones nofollow noopener noreferrer', () => {
    expect(clean('<a href="https://example.org/a">a</a>')).toBe('<a href="https://example.org/a" rel="nofollow noopener noreferrer">a</a>');
    expect(clean('<a href="HTTP://example.org/">a</a>')).toContain('rel="nofollow noopener noreferrer"');
    expect(clean('<a href="mailto:a@example.org">m</a>')).toBe('<a href="mailto:a@example.org">m</a>');
    expect(clean('<a href="../other/#s-1">r</a>')).toBe('<a href="../other/#s-1">r</a>');
    expect(clean('<a href="#s-1" rel="opener">f</a>')).toBe('<a href="#s-1">f</a>');
  });

  it('turns a remote image into a link, so no page loads a third-party resource', () => {
    expect(clean('<p><img src="https://evil.example/pixel.png" alt="pixel"></p>')).toBe(
      '<p><a href="https://evil.example/pixel.png" rel="nofollow noopener noreferrer">pixel</a></p>',
    );
    expect(clean('<img src="/local.png" alt="l">')).toBe('<img src="/local.png" alt="l" />');
  });

  it('escapes quotes in titles so they cannot open a new attribute', () => {
    const out = clean('<a href="https://example.org" title="&quot; onmouseover=&quot;alert(1)">x</a>');
    expect(out).toContain('title="&quot; onmouseover=&quot;alert(1)"');
  });
});

describe('sanitizeHtml keeps the pipeline statement marks and nothing like them', () => {
  it('keeps a statement block as the renderer writes it', () => {
    const block =
      '<p id="s-1a2b3c" class="statement statement--baku" data-capital="baku" data-speaker="وزارت دفاع آذربایجان" data-statement-id="r/s-1a2b3c">t</p>';
    expect(clean(block)).toBe(block);
    const joint = '<li id="s-x" class="statement statement--moscow statement--yerevan" data-capital="moscow yerevan">t</li>';
    expect(clean(joint)).toBe(joint);
  });

  it('drops unknown classes, ids that could clobber globals, and unknown capitals', () => {
    expect(clean('<p class="statement evil fixed inset-0" id="__pwned" data-capital="ankara">t</p>')).toBe('<p class="statement">t</p>');
    expect(clean('<p id="__proto__">t</p>')).toBe('<p>t</p>');
    expect(clean('<div data-pagefind-body data-foo="x">t</div>')).toBe('<div>t</div>');
  });

  it('keeps Markdown structure: tables, lists, code with a language class, quotes', () => {
    const html =
      '<table><thead><tr><th align="left">a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>' +
      '<ol start="3"><li>x</li></ol><pre><code class="language-js">let a = 1;</code></pre><blockquote><p>q</p></blockquote>' +
      '<p><em>e</em> <strong>s</strong> <del>d</del> x<sup>2</sup> H<sub>2</sub>O<br /></p><hr /><h2>h</h2>';
    expect(clean(html)).toBe(html);
    expect(clean('<code class="language-js&quot;&gt;&lt;img">x</code>')).toBe('<code>x</code>');
  });
});
