import { describe, expect, it } from 'vitest';
import { toTimelineData } from '../../../src/scripts/timeline/timelineData';
import { indexTimeline, layoutTimeline, type Mark } from '../../../src/scripts/timeline/timelineLayout';
import { esc, markMarkup, markParts, type MarkupContext } from '../../../src/scripts/timeline/timelineMarkup';
import { syntheticItems } from '../../../src/scripts/timeline/syntheticItems';

const data = toTimelineData(syntheticItems(2000).map((s, i) => (i === 0 ? { ...s, speaker: 'A "quoted" <speaker>' } : s)));
const ctx: MarkupContext = { data, lang: 'fa', base: '/three-capitals/' };
const marks = layoutTimeline(indexTimeline(data.day, data.lane), { width: 900, dir: 'rtl', lang: 'fa', domain: [data.day[0]!, data.day[0]! + 60] }).marks;
const counts = layoutTimeline(indexTimeline(data.day, data.lane), { width: 900, dir: 'rtl', lang: 'fa' }).marks;
const ofKind = (list: Mark[], kind: Mark['kind']): Mark[] => list.filter((m) => m.kind === kind);

describe('markParts', () => {
  it('markMarkup(m) writes exactly the parts markParts(m) gives, escaped', () => {
    for (const m of [...ofKind(marks, 'one').slice(0, 5), ...ofKind(counts, 'count').slice(0, 5)]) {
      const parts = markParts(m, ctx);
      const html = markMarkup(m, ctx);
      expect(html.startsWith(`<a class="${parts.className}" `)).toBe(true);
      for (const [name, value] of parts.attrs) expect(html).toContain(` ${name}="${esc(value)}"`);
      expect(html).toContain(`<path d="${parts.d}"/>`);
      if (parts.text) expect(html).toContain(`>${parts.text.label}</text>`);
      else expect(html).not.toContain('<text');
    }
  });

  it('gives every mark of one kind the same attribute names, so an element can be reused for another mark of its kind', () => {
    for (const kind of ['one', 'count'] as const) {
      const names = new Set([...marks, ...counts].filter((m) => m.kind === kind).map((m) => markParts(m, ctx).attrs.map(([n]) => n).join(',')));
      expect(names.size).toBe(1);
    }
    expect(ofKind(counts, 'count').length).toBeGreaterThan(0);
    expect(ofKind(marks, 'one').length).toBeGreaterThan(0);
  });

  it('escapes a speaker name in the accessible label', () => {
    const index = data.speaker.findIndex((sp) => data.speakers[sp]!.includes('<'));
    const mark: Mark = { kind: 'one', key: `i${index}`, lane: data.lane[index]!, x: 10, y: 20, index };
    expect(markMarkup(mark, ctx)).toContain('A &quot;quoted&quot; &lt;speaker&gt;');
  });
});
