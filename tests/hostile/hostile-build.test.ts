/**
 * A real build of the hostile corpus: no live markup from a report in any built file
 * (HTML, feeds, JSON, search index), and nothing lost. Set HOSTILE_DIST=dist-hostile (made by
 * tests/hostile/build-hostile.sh) to test an existing build; otherwise this test builds one.
 * Set BUNDLED_DIST=dist to run the nothing-lost check over the bundled content's build too.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, hostileDist, ROOT } from './buildSite';
import { checkNothingLost } from './nothingLost';
import { scanDist } from './scanLiveMarkup';

let build: BuildResult;
beforeAll(() => {
  build = hostileDist();
}, 600_000);

const reportCount = readdirSync(join(__dirname, 'reports')).filter((f) => f.endsWith('.md')).length;

describe('the site built from the hostile corpus', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-4000)).toBe(0);
  });

  it('has no live markup from a report in any built file', () => {
    const { findings, counts } = scanDist(build.outDir);
    console.log(`hostile build scanned: ${JSON.stringify(counts)}`);
    expect(counts.html).toBeGreaterThanOrEqual(reportCount);
    expect(counts.xml).toBeGreaterThan(0);
    expect(counts.json).toBeGreaterThan(0);
    expect(findings).toEqual([]);
  });

  it('loses nothing: every report has its page, every statement is everywhere it belongs', () => {
    const result = checkNothingLost(build.outDir);
    console.log(`hostile nothing-lost: ${result.reports} reports, ${result.statements} statements, found ${JSON.stringify(result.found)}`);
    expect(result.reports).toBe(reportCount);
    expect(result.statements).toBeGreaterThan(0);
    expect(result.missing).toEqual([]);
  });
});

const bundled = process.env.BUNDLED_DIST ? resolve(ROOT, process.env.BUNDLED_DIST) : undefined;
describe.runIf(bundled !== undefined)('the site built from the bundled content (BUNDLED_DIST)', () => {
  it('loses nothing: every report has its page, every statement is everywhere it belongs', () => {
    expect(existsSync(join(bundled!, 'data/statements.json')), `${bundled}/data/statements.json`).toBe(true);
    const result = checkNothingLost(bundled!);
    console.log(`bundled nothing-lost: ${result.reports} reports, ${result.statements} statements, found ${JSON.stringify(result.found)}`);
    expect(result.statements).toBeGreaterThan(0);
    expect(result.missing).toEqual([]);
  });
});
