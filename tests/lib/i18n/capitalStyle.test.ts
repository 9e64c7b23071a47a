import { describe, expect, it } from 'vitest';
import { CAPITALS } from '@/lib/capitals';
import { CAPITAL_STYLE, shapePath } from '@/lib/i18n/capitalStyle';

describe('capital style', () => {
  it('gives each capital its own colour and its own shape', () => {
    const colours = new Set(CAPITALS.map((c) => CAPITAL_STYLE[c].colour));
    const shapes = new Set(CAPITALS.map((c) => CAPITAL_STYLE[c].shape));
    expect(colours.size).toBe(3);
    expect(shapes.size).toBe(3);
  });
  it('draws closed SVG paths for every shape', () => {
    for (const c of CAPITALS) expect(shapePath(CAPITAL_STYLE[c].shape, 5)).toMatch(/^M.*Z$/);
  });
});
