/**
 * Finds every `.md` report under a content folder, recursively, in a stable order.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param contentDir The content folder.
 * @returns Paths relative to `contentDir`, `/`-separated, sorted by UTF-16 code units (the
 *   same on every machine and locale). Hidden files and folders (`.git`, `.obsidian`) are skipped;
 *   symbolic links are followed once.
 */
export function listReportFiles(contentDir: string): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = (dir: string, prefix: string): void => {
    const real = realpathSync(dir);
    if (visited.has(real)) return;
    visited.add(real);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && statSync(full, { throwIfNoEntry: false })?.isDirectory());
      if (isDir) walk(full, rel);
      else if (/\.md$/i.test(entry.name)) found.push(rel);
    }
  };
  walk(contentDir, '');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
