/**
 * Separates optional YAML front matter (`---` … `---` at the top of the file) from the body.
 */

/** The front matter's YAML (without fences) and where the body starts. */
export interface FrontMatterSplit {
  /** YAML text, or `undefined` when the file has no front matter. */
  yaml: string | undefined;
  /** 1-based file line of the YAML's first line (the line after the opening `---`). */
  yamlLine: number;
  body: string;
  /** 1-based file line where the body starts. */
  bodyLine: number;
  /** True when an opening `---` has no closing fence. */
  unclosed: boolean;
}

/**
 * Splits LF-only text into front matter and body. The opening fence must be the very first
 * line; the closing fence is the next line that is exactly `---` or `...` (trailing spaces allowed).
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  if (!/^---[ \t]*\n/.test(text) && !/^---[ \t]*$/.test(text)) {
    return { yaml: undefined, yamlLine: 1, body: text, bodyLine: 1, unclosed: false };
  }
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (/^(---|\.\.\.)[ \t]*$/.test(lines[i]!)) {
      return {
        yaml: lines.slice(1, i).join('\n'),
        yamlLine: 2,
        body: lines.slice(i + 1).join('\n'),
        bodyLine: i + 2,
        unclosed: false,
      };
    }
  }
  return { yaml: lines.slice(1).join('\n'), yamlLine: 2, body: '', bodyLine: lines.length + 1, unclosed: true };
}
