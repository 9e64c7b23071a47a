/**
 * Two builds of the same content are byte-identical: every file, search index included.
 * Compares HOSTILE_DIST (when given) with a fresh build, else builds the hostile corpus twice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, tempDir } from './buildSite';
import { listFiles } from './scanLiveMarkup';

const CONTENT = 'tests/hostile/reports';
let first: string;
let second: string;
let outputs = '';

beforeAll(() => {
  const given = process.env.HOSTILE_DIST ? resolve(ROOT, process.env.HOSTILE_DIST) : undefined;
  if (given && existsSync(join(given, 'index.html'))) first = given;
  else {
    const a = buildSite(CONTENT, join(tempDir('repro-a'), 'dist'), true);
    outputs += a.output;
    first = a.outDir;
  }
  const b = buildSite(CONTENT, join(tempDir('repro-b'), 'dist'), true);
  outputs += b.output;
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
