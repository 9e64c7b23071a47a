import { describe, expect, it } from 'vitest';
import { joinBase } from '@/lib/url/withBase';

describe('joinBase', () => {
  it('joins a path to a sub-path base without doubling or dropping slashes', () => {
    expect(joinBase('reports/a/', '/three-capitals/')).toBe('/three-capitals/reports/a/');
    expect(joinBase('/favicon.svg', '/three-capitals/')).toBe('/three-capitals/favicon.svg');
    expect(joinBase('en/', '/three-capitals')).toBe('/three-capitals/en/');
  });
  it('gives the base itself for an empty path, and works at the root base', () => {
    expect(joinBase('', '/three-capitals/')).toBe('/three-capitals/');
    expect(joinBase('rss.xml', '/')).toBe('/rss.xml');
  });
  it('leaves absolute URLs and fragments alone', () => {
    expect(joinBase('https://example.org/x', '/b/')).toBe('https://example.org/x');
    expect(joinBase('#top', '/b/')).toBe('#top');
  });
});
