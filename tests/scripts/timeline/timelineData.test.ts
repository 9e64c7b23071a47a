import { describe, expect, it } from 'vitest';
import {
  dayNumber, dayString, firstWords, readTimelineFile, readTimelineLinks, splitStatementId, toTimelineData, toTimelineFiles, wordsParts, WORDS_PER_FILE,
} from '../../../src/scripts/timeline/timelineData';

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

  const items = [
    { id: '2022/r1/s-a', date: '2022-05-05', capitals: ['baku'] as const, speaker: 'وزارت دفاع آذربایجان', words: 'first' },
    { id: '2021/r2/s-b', date: '2021-01-01', capitals: ['moscow', 'yerevan'] as const, speaker: 'Zakharova', words: 'second' },
    { id: '2021/r2/s-c', date: '2021-01-01', capitals: ['yerevan'] as const, speaker: 'Zakharova', words: 'third' },
    { id: '2024/r3/s-d', date: '2024-12-31', capitals: ['yerevan'] as const, speaker: 'Pashinyan', words: 'fourth' },
  ];

  it('toTimelineFiles: the drawing columns, the link columns and the words read back to the same columns', () => {
    const data = toTimelineData(items);
    const { core, links, words } = toTimelineFiles(data);
    expect(core.n).toBe(4);
    expect(words).toEqual(['second', 'third', 'first', 'fourth']);
    // Every per-statement number column is one string: nothing but the lookup tables is a list.
    expect(typeof core.day).toBe('string');
    expect(typeof links.report).toBe('string');
    expect('anchor' in core || 'reports' in core || 'words' in core).toBe(false);
    const back = readTimelineFile(JSON.parse(JSON.stringify(core)));
    expect([...back.day]).toEqual(data.day);
    expect([...back.lane]).toEqual(data.lane);
    expect([...back.speaker]).toEqual(data.speaker);
    expect(back.speakers).toEqual(data.speakers);
    const l = readTimelineLinks(JSON.parse(JSON.stringify(links)), core.n);
    expect([...l.report]).toEqual(data.report);
    expect(l.reports).toEqual(['2021/r2', '2022/r1', '2024/r3']);
    expect(l.anchor).toEqual(['s-b', 's-c', 's-a', 's-d']);
  });

  it('toTimelineFiles handles no statements at all', () => {
    const { core, links } = toTimelineFiles(toTimelineData([]));
    expect(readTimelineFile(core).day.length).toBe(0);
    expect(readTimelineLinks(links, 0).anchor).toEqual([]);
  });

  it('readTimelineFile and readTimelineLinks refuse a stale, damaged or mismatched file', () => {
    const { core, links } = toTimelineFiles(toTimelineData(items));
    expect(() => readTimelineFile({ v: 1, day: [16000], lane: [0] })).toThrow(/version 2/);
    expect(() => readTimelineFile({ ...core, n: 5 })).toThrow(/expected 5/);
    expect(() => readTimelineFile({ ...core, day: [1, 2, 3, 4] })).toThrow(/must be strings/);
    // Lane 3 does not exist; speaker 9 is past the table.
    expect(() => readTimelineFile({ ...core, lane: 'AAAG' })).toThrow(/lane of statement 3 is 3/);
    expect(() => readTimelineFile({ ...core, speaker: 'AAAS' })).toThrow(/speaker of statement 3 is 9/);
    expect(() => readTimelineLinks(links, 3)).toThrow(/4 statements, the timeline has 3/);
    expect(() => readTimelineLinks({ ...links, anchor: links.anchor.slice(1) }, 4)).toThrow(/4 "anchor" strings/);
    expect(() => readTimelineLinks({ ...links, report: 'AAAK' }, 4)).toThrow(/report of statement 3 is 5/);
  });

  it('wordsParts cuts the words into parts of WORDS_PER_FILE, in order, the last one shorter', () => {
    const words = Array.from({ length: 2 * WORDS_PER_FILE + 7 }, (_, i) => `w${i}`);
    const parts = wordsParts(words);
    expect(parts.map((p) => p.length)).toEqual([WORDS_PER_FILE, WORDS_PER_FILE, 7]);
    expect(parts.flat()).toEqual(words);
    expect(parts[1]![0]).toBe(`w${WORDS_PER_FILE}`);
    expect(wordsParts([])).toEqual([]);
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    expect(firstWords('short text')).toBe('short text');
    const cut = firstWords('word '.repeat(40), 30);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(31);
  });
});
