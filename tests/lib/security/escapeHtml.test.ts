import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/security/escapeHtml';
import { scanHtml } from '../../hostile/scanLiveMarkup';

describe('escapeHtml', () => {
  it('turns markup written as text into text a reader shows, not runs', () => {
    const text = '<img src=x onerror="alert(1)"> & <script>alert(1)</script> \'q\'';
    const out = escapeHtml(text);
    expect(out).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; &#39;q&#39;');
    expect(scanHtml(out, 'feed description', false)).toEqual([]);
    expect(scanHtml(text, 'unescaped', false)).not.toEqual([]);
  });
});
