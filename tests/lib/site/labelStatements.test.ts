import { describe, expect, it } from 'vitest';
import type { Statement } from '@/lib/extract/statementTypes';
import { escapeHtml, labelStatements } from '@/lib/site/labelStatements';

const st = (over: Partial<Statement>): Statement => ({
  id: 'r/a', anchor: 'a', report: 'r', date: '2023-09-19', text: 't', lang: 'fa', line: 1,
  block: 1, capitals: ['baku'], speaker: 'x', kind: 'indirect', ...over,
});

describe('labelStatements', () => {
  it('puts one label after the opening tag of each statement block, naming every speaker of the block', () => {
    const html = '<p>intro</p>\n<p id="s1" class="statement statement--baku" data-capital="baku">A</p>\n'
      + '<li id="s2" class="statement statement--moscow statement--yerevan" data-capital="moscow yerevan"><span id="s3"></span>B</li>';
    const statements = [
      st({ anchor: 's1', block: 2, speaker: 'Aliyev' }),
      st({ anchor: 's2', block: 3, speaker: 'Lavrov', capitals: ['moscow'] }),
      st({ anchor: 's3', block: 3, speaker: 'Mirzoyan', capitals: ['yerevan'] }),
    ];
    const out = labelStatements(html, statements, (group) => `<span class="statement-label">${group.map((s) => escapeHtml(s.speaker)).join(' / ')}</span>`);
    expect(out).toContain('<p id="s1" class="statement statement--baku" data-capital="baku"><span class="statement-label">Aliyev</span>A</p>');
    expect(out).toContain('data-capital="moscow yerevan"><span class="statement-label">Lavrov / Mirzoyan</span><span id="s3"></span>B</li>');
    expect(out.startsWith('<p>intro</p>')).toBe(true);
  });
  it('leaves a block alone when no statement has its anchor', () => {
    const html = '<p id="zz" class="statement statement--baku">A</p>';
    expect(labelStatements(html, [st({ anchor: 'other' })], () => 'LABEL')).toBe(html);
  });
  it('escapes markup in labels built from speaker names', () => {
    expect(escapeHtml('<img src=x onerror="y">')).toBe('&lt;img src=x onerror=&quot;y&quot;&gt;');
  });
});
