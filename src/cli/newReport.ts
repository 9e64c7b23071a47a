/**
 * `npm run new -- "title"`: scaffolds `content/<year>/<today>-<slug>.md` with today's date,
 * the title and an empty `source` for the author to fill in. Never overwrites a file.
 *
 * Options: `--dir DIR` (or the `CONTENT_DIR` environment variable) writes into another
 * content folder; `--date YYYY-MM-DD` sets the date instead of today (for back-filling).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A file-name slug from a title: letters of any script (Persian stays Persian), digits and
 * `-`; spaces and ZWNJ become `-`; everything else (quotes, colons, «», ، …) is dropped.
 * Matches what `reportId` accepts, so the new file always has a valid page address.
 */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u200C\u200D]+/gu, '-')
    .replace(/[^\p{L}\p{M}\p{N}_-]/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'report' : slug;
}

/** Today's calendar date on this machine as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The text of a new report: front matter with the title, the date and an empty source. */
export function reportTemplate(title: string, date: string): string {
  // JSON strings are valid YAML double-quoted scalars, so any title (with ":" or "#") is safe.
  return `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\nsource: ""\n---\n\n`;
}

/**
 * Writes the new report and returns its path; throws when the file exists already.
 * @param contentDir The content folder (created if missing, with the year subfolder).
 */
export function scaffoldReport(title: string, contentDir: string, date: string = todayIso()): string {
  const folder = join(contentDir, date.slice(0, 4));
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${date}-${slugFromTitle(title)}.md`);
  // 'wx' fails with EEXIST instead of replacing an author's work.
  writeFileSync(file, reportTemplate(title, date), { flag: 'wx' });
  return file;
}

interface Args {
  title: string;
  dir: string;
  date: string | undefined;
}

function parseArgs(argv: string[]): Args | string {
  let dir = process.env['CONTENT_DIR'] || 'content';
  let date: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dir' || arg === '--date') {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--dir') dir = value;
      else date = value;
    } else if (arg.startsWith('--dir=')) dir = arg.slice('--dir='.length);
    else if (arg.startsWith('--date=')) date = arg.slice('--date='.length);
    else words.push(arg);
  }
  const title = words.join(' ').trim();
  if (title === '') return 'give the title: npm run new -- "عنوان گزارش"';
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return `--date must look like 2023-09-19, got "${date}"`;
  return { title, dir, date };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`new report: ${args}\n`);
    process.exitCode = 1;
    return;
  }
  try {
    const file = scaffoldReport(args.title, args.dir, args.date);
    process.stdout.write(`${relative(process.cwd(), file) || file}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'EEXIST'
      ? 'a report with this date and title exists already; nothing was written (choose another title or edit the existing file)'
      : (error as Error).message;
    process.stderr.write(`new report: ${message}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
