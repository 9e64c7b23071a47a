import { describe, expect, it } from 'vitest';
import { searchResultUrl } from '@/lib/site/searchResultUrl';

describe('searchResultUrl', () => {
  it('opens a result in the English interface under en/, whatever the base', () => {
    expect(searchResultUrl('/three-capitals/reports/2023/x/', '/three-capitals/', 'en')).toBe('/three-capitals/en/reports/2023/x/');
    expect(searchResultUrl('/reports/2023/x/#s-1', '/', 'en')).toBe('/en/reports/2023/x/#s-1');
  });
  it('keeps the Persian interface\'s URL, and any URL outside the base, as it is', () => {
    expect(searchResultUrl('/three-capitals/reports/2023/x/', '/three-capitals/', 'fa')).toBe('/three-capitals/reports/2023/x/');
    expect(searchResultUrl('/elsewhere/reports/x/', '/three-capitals/', 'en')).toBe('/elsewhere/reports/x/');
  });
});
