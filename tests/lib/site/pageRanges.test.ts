import { describe, expect, it } from 'vitest';
import type { Statement } from '@/lib/extract/statementTypes';
import { newest, pageRanges, yearsWithPages } from '@/lib/site/pageRanges';

const at = (date: string): Statement => ({ date } as Statement);
const list = ['2019-12-30', '2020-01-02', '2020-01-05', '2020-02-01', '2021-03-04'].map(at);

describe('pageRanges', () => {
  it('pageRanges(statements, size) gives each page the dates of its first and last statements', () => {
    expect(pageRanges(list, 2)).toEqual([
      { page: 1, first: '2019-12-30', last: '2020-01-02' },
      { page: 2, first: '2020-01-05', last: '2020-02-01' },
      { page: 3, first: '2021-03-04', last: '2021-03-04' },
    ]);
  });
  it('pageRanges([]) is empty', () => {
    expect(pageRanges([], 10)).toEqual([]);
  });
  it('yearsWithPages counts each year and names the page and month where it begins', () => {
    expect(yearsWithPages(list, 2)).toEqual([
      { year: '2019', count: 1, page: 1, month: '2019-12' },
      { year: '2020', count: 3, page: 1, month: '2020-01' },
      { year: '2021', count: 1, page: 3, month: '2021-03' },
    ]);
  });
  it('newest(list, n) keeps the last n in order, or all when fewer', () => {
    expect(newest(list, 2).map((s) => s.date)).toEqual(['2020-02-01', '2021-03-04']);
    expect(newest(list, 9)).toHaveLength(5);
  });
});
