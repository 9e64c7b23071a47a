import { describe, expect, it } from 'vitest';
import { dayNumber, dayString, firstWords, splitStatementId, splitWords, toTimelineData } from '../../../src/scripts/timeline/timelineData';

describe('timelineData', () => {
  it('reads YYYY-MM-DD as a calendar day and writes it back unchanged', () => {
    for (const d of ['2020-09-27', '2023-09-19', '2024-03-20', '2024-02-29']) expect(dayString(dayNumber(d))).toBe(d);
    expect(() => dayNumber('19/09/2023')).toThrow(/YYYY-MM-DD/);
  });

  it('splits an id at its last slash (report ids may contain slashes)', () => {
    expect(splitStatementId('2023/baku-op/s-1a2b')).toEqual({ report: '2023/baku-op', anchor: 's-1a2b' });
    expect(() => splitStatementId('nolane')).toThrow(/without a report/);
  });

  it('packs items into sorted columns with interned speakers and reports', () => {
    const data = toTimelineData([
      { id: 'r2/b', date: '2023-01-02', capitals: ['yerevan'], speaker: 'A', words: 'x' },
      { id: 'r1/a', date: '2022-05-05', capitals: ['moscow', 'baku'], speaker: 'B', words: 'y' },
      { id: 'r1/c', date: '2022-05-05', capitals: ['baku'], speaker: 'A', words: 'z' },
    ]);
    expect(data.anchor).toEqual(['a', 'c', 'b']);
    expect(data.lane).toEqual([1, 0, 2]);
    expect(data.reports).toEqual(['r1', 'r2']);
    expect(data.speakers[data.speaker[1]!]).toBe('A');
  });

  it('splitWords(data) moves the words column out and keeps every other column as is', () => {
    const data = toTimelineData([
      { id: 'r1/a', date: '2022-05-05', capitals: ['baku'], speaker: 'A', words: 'first' },
      { id: 'r1/b', date: '2021-01-01', capitals: ['moscow'], speaker: 'B', words: 'second' },
    ]);
    const { core, words } = splitWords(data);
    expect(words).toEqual(['second', 'first']);
    expect('words' in core).toBe(false);
    expect(core).toEqual({ v: 1, day: data.day, lane: data.lane, speakers: data.speakers, speaker: data.speaker, reports: data.reports, report: data.report, anchor: data.anchor });
    expect(splitWords(core).words).toEqual([]);
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    expect(firstWords('short text')).toBe('short text');
    const cut = firstWords('word '.repeat(40), 30);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(31);
  });
});
