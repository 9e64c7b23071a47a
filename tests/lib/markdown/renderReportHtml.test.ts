import { describe, expect, it } from 'vitest';
import { lexReport } from '../../../src/lib/markdown/lexReport';
import { renderReportHtml } from '../../../src/lib/markdown/renderReportHtml';

const body = '## Title\n\nThe ministry said that X.\n\n> Pashinyan said: "Y".\n\n- Zakharova said Z.\n- other\n';

describe('renderReportHtml', () => {
  it('marks each statement block with its anchor, capital, speaker and statement id', () => {
    const { tokens } = lexReport(body, 1);
    const html = renderReportHtml(tokens, [
      { block: 2, anchor: 's-aaaa', id: 'r/s-aaaa', capitals: ['baku'], speaker: 'Defence Ministry' },
      { block: 3, anchor: 's-bbbb', id: 'r/s-bbbb', capitals: ['yerevan'], speaker: 'Pashinyan' },
      { block: 4, anchor: 's-cccc', id: 'r/s-cccc', capitals: ['moscow'], speaker: 'Zakharova' },
    ]);
    expect(html).toContain('<p id="s-aaaa" class="statement statement--baku" data-capital="baku" data-speaker="Defence Ministry" data-statement-id="r/s-aaaa">The ministry said that X.</p>');
    expect(html).toMatch(/<blockquote>\s*<p id="s-bbbb" class="statement statement--yerevan" data-capital="yerevan"/);
    expect(html).toContain('<li id="s-cccc" class="statement statement--moscow" data-capital="moscow" data-speaker="Zakharova" data-statement-id="r/s-cccc">Zakharova said Z.</li>');
    expect(html).toContain('<li>other</li>');
    expect(html).toContain('<h2>Title</h2>');
  });

  it('gives a second statement in the same block its own anchor inside the block', () => {
    const { tokens } = lexReport('Aliyev said A and Pashinyan said B.', 1);
    const html = renderReportHtml(tokens, [
      { block: 1, anchor: 's-one', id: 'r/s-one', capitals: ['baku'], speaker: 'Aliyev' },
      { block: 1, anchor: 's-two', id: 'r/s-two', capitals: ['yerevan'], speaker: 'Pashinyan' },
    ]);
    expect(html).toContain('class="statement statement--baku statement--yerevan" data-capital="baku yerevan"');
    expect(html).toContain('<span id="s-two"></span>Aliyev said A');
  });

  it('renders without marks when the report has no statements', () => {
    const { tokens } = lexReport(body, 1);
    expect(renderReportHtml(tokens, [])).not.toContain('statement');
  });

  it('shows raw HTML from a report as text, never as live markup', () => {
    const { tokens } = lexReport('<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> there', 1);
    const html = renderReportHtml(tokens, []);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('drops javascript: link targets', () => {
    const { tokens } = lexReport('[click](javascript:alert(1)) and [ok](https://example.com/)', 1);
    const html = renderReportHtml(tokens, []);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="https://example.com/"');
  });

  it('escapes a speaker name that contains quotes inside the attribute', () => {
    const { tokens } = lexReport('Text.', 1);
    const html = renderReportHtml(tokens, [{ block: 1, anchor: 's-q', id: 'r/s-q', capitals: ['baku'], speaker: 'A "B" <C>' }]);
    expect(html).toContain('data-speaker="A &quot;B&quot; &lt;C&gt;"');
  });
});
