import { describe, expect, it } from 'vitest';
import type { Statement } from '@/lib/extract/statementTypes';
import {
  compareStatements, firstWords, groupByDay, groupByMonth, neighbours, tallySpeakers,
} from '@/lib/site/groupStatements';

const st = (over: Partial<Statement>): Statement => ({
  id: 'r/a', anchor: 'a', report: 'r', date: '2023-09-19', text: 't', lang: 'fa', line: 1,
  block: 1, capitals: ['baku'], speaker: 'x', kind: 'indirect', ...over,
});

describe('groupStatements', () => {
  it('orders statements by date, then report, then block', () => {
    const list = [
      st({ id: '3', date: '2023-09-20', block: 1 }),
      st({ id: '2', date: '2023-09-19', report: 'b', block: 1 }),
      st({ id: '1', date: '2023-09-19', report: 'a', block: 2 }),
      st({ id: '0', date: '2023-09-19', report: 'a', block: 1 }),
    ];
    expect([...list].sort(compareStatements).map((s) => s.id)).toEqual(['0', '1', '2', '3']);
  });
  it('groups by day and by month without dropping a statement', () => {
    const list = [st({ date: '2023-08-31' }), st({ date: '2023-09-01' }), st({ date: '2023-09-01' }), st({ date: '2023-09-30' })];
    expect([...groupByDay(list).keys()]).toEqual(['2023-08-31', '2023-09-01', '2023-09-30']);
    const months = groupByMonth(list);
    expect([...months.keys()]).toEqual(['2023-08', '2023-09']);
    expect([...months.values()].flat()).toHaveLength(list.length);
  });
  it('counts spelling variants of a speaker as one, most statements first', () => {
    const tally = tallySpeakers([
      st({ speaker: 'ماریا زاخارووا' }), st({ speaker: 'ماريا زاخارووا' }), st({ speaker: 'ماریا زاخارووا' }),
      st({ speaker: 'سرگئی لاوروف' }),
    ]);
    expect(tally).toEqual([{ speaker: 'ماریا زاخارووا', count: 3 }, { speaker: 'سرگئی لاوروف', count: 1 }]);
  });
  it('counts one gazetteer identity as one speaker, named as readers of the UI language know it', () => {
    const list = [
      st({ speaker: 'Ilham Aliyev', speakerKey: 'id:aliyev', lang: 'en' }), st({ speaker: 'Aliyev', speakerKey: 'id:aliyev', lang: 'en' }),
      st({ speaker: 'الهام علی‌اف', speakerKey: 'id:aliyev', lang: 'fa' }),
      st({ speaker: 'Hikmet Hajiyev', speakerKey: 'id:hajiyev', lang: 'en' }),
    ];
    expect(tallySpeakers(list, 'fa')).toEqual([{ speaker: 'الهام علی‌اف', count: 3 }, { speaker: 'Hikmet Hajiyev', count: 1 }]);
    expect(tallySpeakers(list, 'en')[0]).toEqual({ speaker: 'Ilham Aliyev', count: 3 });
  });
  it('gives previous and next only where they exist', () => {
    expect(neighbours(['a', 'b', 'c'], 0)).toEqual({ next: 'b' });
    expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a'], -1)).toEqual({});
  });
  it('cuts a long text to its first words with an ellipsis', () => {
    expect(firstWords('a b c d', 2)).toBe('a b…');
    expect(firstWords(' a  b ', 5)).toBe('a b');
  });
});

