import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readReport } from '../../src/lib/report/readReport';
import { slugFromTitle, todayIso } from '../../src/cli/newReport';

const run = promisify(execFile);
const cli = join(process.cwd(), 'src/cli/newReport.ts');
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tc-new-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('slugFromTitle', () => {
  it('keeps Persian letters and turns spaces and ZWNJ into dashes', () => {
    expect(slugFromTitle('پسکوف: مسکو با باکو در تماس است')).toBe('پسکوف-مسکو-با-باکو-در-تماس-است');
    expect(slugFromTitle('سخنگوی وزارت\u200Cخانه')).toBe('سخنگوی-وزارت-خانه');
  });
  it('drops punctuation and quote marks and lower-cases Latin letters', () => {
    expect(slugFromTitle('Zakharova: «Lachin» corridor, again!')).toBe('zakharova-lachin-corridor-again');
  });
  it('falls back to "report" when nothing usable is left', () => {
    expect(slugFromTitle('«»: !')).toBe('report');
  });
});

describe('npm run new', () => {
  it('scaffolds content/<year>/<today>-<slug>.md with the title, today and an empty source', async () => {
    const { stdout } = await run(tsx, [cli, '--dir', dir, 'زاخارووا درباره دالان لاچین'], { cwd: dir });
    const today = todayIso();
    const rel = join(today.slice(0, 4), `${today}-زاخارووا-درباره-دالان-لاچین.md`);
    expect(stdout.trim()).toBe(rel);
    const text = readFileSync(join(dir, rel), 'utf8');
    expect(text).toContain('title: "زاخارووا درباره دالان لاچین"');
    expect(text).toContain(`date: ${today}`);
    expect(text).toContain('source: ""');
    // The pipeline reads the scaffold: title and date are right, the empty source is flagged.
    const read = readReport(rel.split('\\').join('/'), text);
    expect(read.problems.map((p) => p.field)).toEqual(['source']);
  });

  it('reads CONTENT_DIR when --dir is not given', async () => {
    await run(tsx, [cli, 'Peskov on the peacekeepers'], { cwd: dir, env: { ...process.env, CONTENT_DIR: join(dir, 'other') } });
    const today = todayIso();
    expect(readFileSync(join(dir, 'other', today.slice(0, 4), `${today}-peskov-on-the-peacekeepers.md`), 'utf8')).toContain('Peskov on the peacekeepers');
  });

  it('refuses to overwrite an existing report and leaves it untouched', async () => {
    const today = todayIso();
    mkdirSync(join(dir, today.slice(0, 4)), { recursive: true });
    const existing = join(dir, today.slice(0, 4), `${today}-same-title.md`);
    writeFileSync(existing, 'author text');
    const attempt = run(tsx, [cli, '--dir', dir, 'Same title'], { cwd: dir });
    await expect(attempt).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('exists already') });
    expect(readFileSync(existing, 'utf8')).toBe('author text');
  });

  it('exits 1 with a usage message when the title is missing', async () => {
    await expect(run(tsx, [cli, '--dir', dir], { cwd: dir })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('give the title') });
  });
});
