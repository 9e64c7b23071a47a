import { describe, expect, it } from 'vitest';
import { decodeVlq, encodeVlq } from '../../../src/scripts/timeline/vlqColumn';

describe('vlqColumn', () => {
  it('writes the digits of the source-map encoding (sign in the lowest bit, 5 bits a character)', () => {
    // Values from the source map v3 format's examples: 0 → A, 1 → C, −1 → D, 15 → e, 16 → gB.
    expect(encodeVlq([0, 1, -1, 15, 16])).toBe('ACDegB');
    expect([...decodeVlq('ACDegB', 5)]).toEqual([0, 1, -1, 15, 16]);
    // And the `vlq` package's documented examples: 123 → 2H, [123, 456, 789] → 2HwcqxB, 123456789 → qxmvrH.
    expect(encodeVlq([123, 456, 789])).toBe('2HwcqxB');
    expect([...decodeVlq('qxmvrH', 1)]).toEqual([123456789]);
  });

  it('stores differences with `delta`, so a sorted column is mostly one character a value', () => {
    const days = [16437, 16437, 16438, 16440, 16440, 20000];
    const text = encodeVlq(days, { delta: true });
    expect(text.length).toBeLessThan(12);
    expect([...decodeVlq(text, days.length, { delta: true })]).toEqual(days);
  });

  it('round-trips random columns, negative values and the largest magnitudes', () => {
    let seed = 7;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const scale of [3, 1000, 2 ** 20, 2 ** 29]) {
      const values = Array.from({ length: 500 }, () => Math.round((rand() - 0.5) * scale) || 0); // no −0
      for (const delta of [false, true]) expect([...decodeVlq(encodeVlq(values, { delta }), values.length, { delta })]).toEqual(values);
    }
    const edges = [2 ** 30 - 1, -(2 ** 30 - 1), 0];
    expect([...decodeVlq(encodeVlq(edges), 3)]).toEqual(edges);
    expect(encodeVlq([])).toBe('');
    expect(decodeVlq('', 0).length).toBe(0);
  });

  it('refuses what it cannot write faithfully', () => {
    expect(() => encodeVlq([1.5])).toThrow(/value 0 \(1\.5\)/);
    expect(() => encodeVlq([2 ** 30])).toThrow(/whole number within/);
    expect(() => encodeVlq([NaN])).toThrow(/whole number/);
    // Each value is within range but their difference is not.
    expect(() => encodeVlq([-(2 ** 30 - 1), 2 ** 30 - 1], { delta: true })).toThrow(/value 1/);
  });

  it('refuses a damaged column instead of decoding other numbers', () => {
    expect(() => decodeVlq('AC!A', 4)).toThrow(/character 2 \("!"\)/);
    expect(() => decodeVlq('ACج', 3)).toThrow(/not a base64 digit/);
    expect(() => decodeVlq('ACg', 3)).toThrow(/ends inside a value/);
    expect(() => decodeVlq('ACA', 2)).toThrow(/more than 2/);
    expect(() => decodeVlq('AC', 3)).toThrow(/2 values, expected 3/);
    expect(() => decodeVlq('gggggggB', 1)).toThrow(/longer than 32 bits/);
  });
});
