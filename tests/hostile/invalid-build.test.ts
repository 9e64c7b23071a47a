/**
 * All invalid reports of the pipeline issue in one folder: one real `astro build` must fail
 * and name every file (and the field at fault) in the one run, not just the first problem.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite, tempDir } from './buildSite';

/** Each invalid file and the front-matter field (or `file`/`slug`/`body`) its message names. */
const EXPECTED: Record<string, string> = {
  'no-date.md': 'date',
  'impossible-iso.md': 'date',
  'impossible-jalali-month.md': 'date',
  'impossible-jalali-leap.md': 'date',
  'malformed-yaml.md': '',
  'unknown-lang.md': 'lang',
  'dup-slug.md': 'slug',
  'binary-file.md': 'file',
  'correction-no-match.md': 'statements',
  'url-javascript.md': 'url',
};

let build: BuildResult;
beforeAll(() => {
  build = buildSite('tests/hostile/invalid', join(tempDir('invalid'), 'dist'));
}, 600_000);

describe('a build over every invalid report at once', () => {
  it('covers every file in tests/hostile/invalid', () => {
    const files = readdirSync(join(__dirname, 'invalid')).filter((f) => f.endsWith('.md'));
    expect(files.filter((f) => f !== 'dup slug.md').sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('fails', () => {
    expect(build.status).not.toBe(0);
  });

  it.each(Object.entries(EXPECTED))('names %s and its field', (file, field) => {
    const lines = build.output.split('\n').filter((l) => l.includes(file));
    expect(lines.length, build.output.slice(-3000)).toBeGreaterThan(0);
    if (field) expect(lines.some((l) => l.includes(`[${field}`)), lines.join('\n')).toBe(true);
  });
});
