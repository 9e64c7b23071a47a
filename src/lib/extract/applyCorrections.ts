/**
 * Applies an author's front-matter `statements:` corrections to the extractor's output:
 * `add` a missed statement, `drop` a wrong one, `set` (re-attribute) one. A correction finds
 * its block by number (`block`) or by a snippet of its text (`match`, compared with
 * `toSearchKey`); `of` picks one speaker when the block has several. A correction that
 * matches nothing is a problem naming the file, the entry and its line.
 */
import type { ContentProblem } from '../errors';
import type { Block } from '../markdown/blockTypes';
import type { StatementCorrection } from '../report/reportTypes';
import { toSearchKey } from '../text/normalise';
import type { ExtractedStatement } from './statementTypes';

/** The corrected statements (in block order) and a problem for every correction that failed. */
export interface CorrectionResult {
  statements: ExtractedStatement[];
  problems: ContentProblem[];
}

const preview = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Applies `corrections` in order to `statements` of the report `file` whose blocks are `blocks`. */
export function applyCorrections(
  statements: readonly ExtractedStatement[],
  corrections: readonly StatementCorrection[],
  blocks: readonly Block[],
  file: string,
): CorrectionResult {
  let out = statements.map((s) => ({ ...s, capitals: [...s.capitals] }));
  const problems: ContentProblem[] = [];
  for (const [i, c] of corrections.entries()) {
    const field = `statements[${i}]`;
    const fail = (sub: string, message: string, hint: string) => problems.push({ file, field: `${field}${sub}`, line: c.line, message, hint });
    let target: Block | undefined;
    if (c.block !== undefined) {
      target = blocks.find((b) => b.index === c.block);
      if (!target) {
        fail('.block', `Block ${c.block} does not exist; the report has ${blocks.length} blocks.`, 'Count headings, paragraphs, quotes and list items from 1, or use `match:` with a few words of the paragraph.');
        continue;
      }
    } else if (c.match !== undefined && c.match.trim() !== '') {
      const needle = toSearchKey(c.match);
      const hits = blocks.filter((b) => toSearchKey(b.text).includes(needle));
      if (hits.length === 0) {
        fail('.match', `No block contains "${preview(c.match)}".`, 'Copy a few words exactly from the paragraph (spelling variants and ZWNJ do not matter), or use `block:` with its number.');
        continue;
      }
      if (hits.length > 1) {
        fail('.match', `"${preview(c.match)}" is in ${hits.length} blocks (${hits.map((b) => b.index).join(', ')}).`, 'Use a longer snippet, or `block:` with the number.');
        continue;
      }
      target = hits[0];
    } else {
      fail('', `The correction names no block.`, 'Add `block: <number>` or `match: "<words from the paragraph>"`.');
      continue;
    }
    const blockIndex = target!.index;
    if (c.action === 'add') {
      if (!c.capitals || c.capitals.length === 0 || !c.speaker) {
        fail(c.speaker ? '.capitals' : '.speaker', 'An `add` needs the capitals and the speaker.', 'Write e.g. `capitals: [moscow]` and `speaker: ماریا زاخارووا`.');
        continue;
      }
      const speakerKey = toSearchKey(c.speaker);
      out = out.filter((s) => !(s.block === blockIndex && toSearchKey(s.speaker) === speakerKey));
      out.push({ block: blockIndex, capitals: [...c.capitals], speaker: c.speaker, kind: c.kind ?? 'indirect' });
      continue;
    }
    const picked = out.filter((s) => s.block === blockIndex && (!c.of || toSearchKey(s.speaker).includes(toSearchKey(c.of))));
    if (picked.length === 0) {
      const found = out.filter((s) => s.block === blockIndex).map((s) => s.speaker);
      fail(c.of ? '.of' : '', `Block ${blockIndex} has no statement${c.of ? ` by "${c.of}"` : ''} to ${c.action}.`, found.length > 0 ? `Its statements are by: ${found.join(', ')}.` : 'Use `action: add` for a statement the extractor missed.');
      continue;
    }
    if (c.action === 'drop') out = out.filter((s) => !picked.includes(s));
    else {
      for (const s of picked) {
        if (c.capitals && c.capitals.length > 0) s.capitals = [...c.capitals];
        if (c.speaker) s.speaker = c.speaker;
        if (c.kind) s.kind = c.kind;
      }
    }
  }
  out.sort((a, b) => a.block - b.block);
  return { statements: out, problems };
}
