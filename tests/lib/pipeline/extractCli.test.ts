import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
/** `npx tsx src/cli/extract.ts …`, minus npx's package lookup: this Node (24) runs tsx's CLI. */
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/extract.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: '', BASE_PATH: '' },
  });

const good = '## Pashinyan on the talks\n\nNikol Pashinyan said that Armenia is ready to sign the peace treaty.\n';

describe('npm run extract -- DIR', () => {
  it('prints the statements JSON on stdout and exits 0 for a folder of valid reports', () => {
    const r = run(folder({ '2024-03-01-talks.md': good }), '--base', '/three-capitals/');
    expect(r.stderr).toContain('reports read: 1');
    expect(r.status).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.version).toBe(1);
    expect(data.reports[0]).toMatchObject({ id: '2024-03-01-talks', file: '2024-03-01-talks.md', date: '2024-03-01', lang: 'en', path: '/three-capitals/reports/2024-03-01-talks/' });
  });

  it('exits 1 and names file, field and line of every problem on stderr when a report is invalid', () => {
    const dir = folder({
      '2024-03-01-talks.md': good,
      'bad.md': '---\ntitle: Bad\ndate: 1402/12/30\nlang: de\n---\nText.\n',
    });
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.md:3 [date] "1402/12/30" is not a real Solar Hijri date');
    expect(r.stderr).toContain('bad.md:4 [lang] unknown language "de"');
    expect(r.stderr).toContain('hint:');
    expect(JSON.parse(r.stdout).reports.map((x: { id: string }) => x.id)).toEqual(['2024-03-01-talks']);
  });

  it('exits 2 with the usage when the folder is missing', () => {
    const r = run(join(tmpdir(), 'no-such-folder-for-extract'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run extract -- DIR');
  });

  it('lists numbered blocks with --blocks, for writing corrections', () => {
    const r = run(folder({ '2024-03-01-talks.md': good }), '--blocks');
    expect(r.stdout).toContain('2024-03-01-talks.md');
    expect(r.stdout).toMatch(/ {2}1 {2}line 1 +heading +Pashinyan on the talks/);
    expect(r.stdout).toMatch(/ {2}2 {2}line 3 +paragraph +Nikol Pashinyan said/);
  });
});
