import { describe, expect, it } from 'vitest';
import {
  capitalPath, dayPath, langPath, monthPath, otherLangPath, pagedPath, reportPath, splitLangPath, statementPath, stripBase,
} from '@/lib/url/sitePaths';

describe('site paths', () => {
  it('puts Persian pages at the root and English pages under en/', () => {
    expect(langPath('fa')).toBe('');
    expect(langPath('en')).toBe('en/');
    expect(reportPath('fa', '2023/09-19-baku')).toBe('reports/2023/09-19-baku/');
    expect(reportPath('en', 'x')).toBe('en/reports/x/');
    expect(capitalPath('en', 'moscow')).toBe('en/capitals/moscow/');
    expect(dayPath('fa', '2023-09-19')).toBe('days/2023-09-19/');
    expect(monthPath('en', '2023-09')).toBe('en/months/2023-09/');
  });
  it('pagedPath(first, n) is the first page itself for n = 1 and first + n/ after', () => {
    expect(pagedPath('capitals/baku/', 1)).toBe('capitals/baku/');
    expect(pagedPath('en/months/2023-09/', 3)).toBe('en/months/2023-09/3/');
  });
  it('links a statement to its anchor on the report page', () => {
    expect(statementPath('fa', 'r1', 's-ab12')).toBe('reports/r1/#s-ab12');
  });
  it('switches language while keeping the page', () => {
    expect(otherLangPath('reports/r1/')).toBe('en/reports/r1/');
    expect(otherLangPath('en/reports/r1/')).toBe('reports/r1/');
    expect(otherLangPath('')).toBe('en/');
    expect(otherLangPath('en/')).toBe('');
    expect(otherLangPath('en')).toBe('');
  });
  it('does not mistake a path that merely starts with "en" for English', () => {
    expect(splitLangPath('entries/x/')).toEqual({ lang: 'fa', rest: 'entries/x/' });
  });
  it('strips the base from a pathname', () => {
    expect(stripBase('/three-capitals/en/search/', '/three-capitals/')).toBe('en/search/');
    expect(stripBase('/three-capitals', '/three-capitals/')).toBe('');
    expect(stripBase('/about/', '/')).toBe('about/');
  });
});
