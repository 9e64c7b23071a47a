/**
 * A report's URL slug from its path: `2023/09-19 Baku.md` → `2023/09-19-baku`.
 * Letters of any script are kept (pages are served with UTF-8 paths); characters that would
 * break a URL or a file name are refused so that the author renames the file.
 */

/** The slug, or why the path cannot be one. */
export type ReportIdResult = { ok: true; id: string } | { ok: false; message: string; hint: string };

/** Letters, marks (Persian ZWNJ-free words), digits, `-`, `_`, `.` per segment; `/` between. */
const SAFE_SEGMENT = /^[\p{L}\p{M}\p{N}_.-]+$/u;

/**
 * @param file Path relative to the content folder, `/`-separated, ending in `.md`.
 */
export function reportId(file: string): ReportIdResult {
  const id = file
    .replace(/\.md$/i, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u200C]+/g, '-');
  const bad = id.split('/').find((segment) => !SAFE_SEGMENT.test(segment) || segment.startsWith('.'));
  if (bad !== undefined) {
    return {
      ok: false,
      message: `the path "${file}" cannot be a page address ("${bad}" has characters a URL cannot carry)`,
      hint: 'rename the file using letters, digits and "-" only, e.g. 2023-09-19-baku-operation.md',
    };
  }
  return { ok: true, id };
}
