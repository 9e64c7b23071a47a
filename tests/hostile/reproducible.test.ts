/**
 * Two builds of the same content are byte-identical: every file, search index included.
 * Builds the hostile corpus twice, back to back (an older build, such as dist-hostile, may
 * come from other code, so it is not compared).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, tempDir } from './buildSite';
import { listFiles } from './scanLiveMarkup';

const CONTENT = 'tests/hostile/reports';
let first: string;
let second: string;
let outputs = '';

beforeAll(() => {
  const a = buildSite(CONTENT, join(tempDir('repro-a'), 'dist'), true);
  const b = buildSite(CONTENT, join(tempDir('repro-b'), 'dist'), true);
  outputs = `${a.output}${b.output}`;
  first = a.outDir;
  second = b.outDir;
}, 900_000);

describe('reproducible builds', () => {
  it('two builds of the same content write the same files, byte for byte', () => {
    const a = listFiles(first);
    const b = listFiles(second);
    expect(a.length, outputs.slice(-3000)).toBeGreaterThan(0);
    const onlyA = a.filter((f) => !b.includes(f));
    const onlyB = b.filter((f) => !a.includes(f));
    const differing = a.filter((f) => b.includes(f) && !readFileSync(join(first, f)).equals(readFileSync(join(second, f))));
    expect({ onlyInFirst: onlyA, onlyInSecond: onlyB, differing }).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [] });
  });
});
