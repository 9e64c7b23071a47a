import { describe, expect, it } from 'vitest';
import { searchQuery } from '@/lib/site/searchQuery';

describe('searchQuery', () => {
  it('folds Arabic ي and ك, ZWNJ and digits to the spelling the index holds', () => {
    expect(searchQuery('علي‌اف')).toBe(searchQuery('علی اف'));
    expect(searchQuery('كريدور')).toBe('کریدور');
    expect(searchQuery('۱۴۰۲')).toBe('1402');
    expect(searchQuery('  Lachin   Corridor ')).toBe('lachin corridor');
  });
});
