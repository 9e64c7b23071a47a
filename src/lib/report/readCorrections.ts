/**
 * Reads front-matter `statements:` corrections. Each entry must say what to do (`action`),
 * which block (`block` number or `match` snippet), and for `add` who speaks for which capital.
 * Whether the block exists and the snippet matches is checked later by the extractor's
 * `applyCorrections`, which has the blocks.
 */
import { isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { CAPITALS, type Capital, isCapital } from '../capitals';
import type { StatementKind } from '../extract/statementTypes';
import { toDisplayText } from '../text/normalise';
import { CORRECTION_FIELDS, type ProblemList, unknownFieldHint } from './frontMatterFields';
import type { StatementCorrection } from './reportTypes';

const ACTIONS = ['add', 'drop', 'set'] as const;
const KINDS: readonly StatementKind[] = ['direct', 'indirect'];
const EXAMPLE = 'e.g. `- { action: add, block: 3, capital: baku, speaker: "وزارت دفاع آذربایجان" }`';

/** File-line locator for YAML nodes. */
export type LineOf = (node: Node | null | undefined) => number | undefined;

/** Makes a locator for YAML parsed with `counter` starting at file line `firstLine`. */
export function lineLocator(counter: LineCounter, firstLine: number): LineOf {
  return (node) => (node?.range ? counter.linePos(node.range[0]).line + firstLine - 1 : undefined);
}

const plain = (node: unknown): unknown => (isScalar(node) ? node.value : (node as { toJSON?: () => unknown })?.toJSON?.());

/**
 * @param value The `statements` node.
 * @param lineOf Locator for file lines.
 * @param problems Where problems go; field names are `statements[i].key` (0-based i).
 * @returns The corrections that are well formed (entries with problems are left out, and reported).
 */
export function readCorrections(value: Node | null, fieldLine: number | undefined, lineOf: LineOf, problems: ProblemList): StatementCorrection[] {
  if (!isSeq(value)) {
    problems.add('statements', lineOf(value) ?? fieldLine, '`statements` must be a list of corrections', `write one "- action: …" line per correction, ${EXAMPLE}`);
    return [];
  }
  const out: StatementCorrection[] = [];
  value.items.forEach((item, i) => {
    const at = `statements[${i}]`;
    const line = lineOf(item as Node) ?? fieldLine;
    if (!isMap(item)) {
      problems.add(at, line, 'a correction must be a mapping with `action` and `block` or `match`', EXAMPLE);
      return;
    }
    const before = problems.items.length;
    const fields = new Map<string, { value: unknown; line: number | undefined }>();
    for (const pair of item.items) {
      const key = String(plain(pair.key));
      const keyLine = lineOf(pair.key as Node) ?? line;
      if (!(CORRECTION_FIELDS as readonly string[]).includes(key)) {
        problems.add(`${at}.${key}`, keyLine, `unknown correction field "${key}"`, unknownFieldHint(key, CORRECTION_FIELDS));
        continue;
      }
      fields.set(key, { value: plain(pair.value), line: keyLine });
    }
    const get = (k: string) => fields.get(k);
    const text = (k: string): string | undefined => {
      const f = get(k);
      if (f === undefined) return undefined;
      if (typeof f.value === 'string' && f.value.trim() !== '') return toDisplayText(f.value.trim());
      problems.add(`${at}.${k}`, f.line, `\`${k}\` must be non-empty text`, EXAMPLE);
      return undefined;
    };

    const action = get('action');
    if (action === undefined) problems.add(`${at}.action`, line, 'the correction has no `action`', `add \`action: add\`, \`drop\` or \`set\`; ${EXAMPLE}`);
    else if (!(ACTIONS as readonly unknown[]).includes(action.value)) {
      problems.add(`${at}.action`, action.line, `unknown action ${JSON.stringify(action.value)}`, 'use `add`, `drop` or `set`');
    }

    let block: number | undefined;
    const blockField = get('block');
    if (blockField !== undefined) {
      if (typeof blockField.value === 'number' && Number.isInteger(blockField.value) && blockField.value >= 1) block = blockField.value;
      else problems.add(`${at}.block`, blockField.line, `\`block\` must be a block number from 1, not ${JSON.stringify(blockField.value)}`, 'count headings, paragraphs, quoted paragraphs and list items from 1 (`npm run extract -- DIR --blocks` lists them), or use `match: "a few words of the paragraph"`');
    }
    const match = text('match');
    if (blockField === undefined && get('match') === undefined) {
      problems.add(`${at}.block`, line, 'the correction does not say which block it is about', 'add `block: <number>` or `match: "a few words of the paragraph"`');
    } else if (blockField !== undefined && get('match') !== undefined) {
      problems.add(`${at}.match`, get('match')!.line, 'the correction gives both `block` and `match`', 'keep one of them');
    }

    let capitals: Capital[] | undefined;
    const one = get('capital');
    const many = get('capitals');
    if (one !== undefined && many !== undefined) problems.add(`${at}.capitals`, many.line, 'the correction gives both `capital` and `capitals`', 'keep one: `capital: baku` or `capitals: [baku, moscow]`');
    const raw = one !== undefined ? [one.value] : many !== undefined ? many.value : undefined;
    const rawLine = (one ?? many)?.line;
    if (raw !== undefined) {
      const list = Array.isArray(raw) ? raw : [raw];
      const bad = list.filter((c) => !isCapital(c));
      if (list.length === 0 || bad.length > 0) {
        problems.add(`${at}.${one !== undefined ? 'capital' : 'capitals'}`, rawLine, `unknown capital ${bad.map((c) => JSON.stringify(c)).join(', ') || '(empty list)'}`, `use ${CAPITALS.join(', ')}`);
      } else capitals = [...new Set(list as Capital[])];
    }

    const speaker = text('speaker');
    const of = text('of');
    const kindField = get('kind');
    let kind: StatementKind | undefined;
    if (kindField !== undefined) {
      if (KINDS.includes(kindField.value as StatementKind)) kind = kindField.value as StatementKind;
      else problems.add(`${at}.kind`, kindField.line, `unknown kind ${JSON.stringify(kindField.value)}`, 'use `direct` (quoted words) or `indirect` (reported speech)');
    }

    if (action?.value === 'add') {
      if (capitals === undefined && raw === undefined) problems.add(`${at}.capital`, line, 'an `add` correction needs the capital', 'add `capital: baku` (or moscow, yerevan), or `capitals: [...]` for a joint statement');
      if (speaker === undefined && get('speaker') === undefined) problems.add(`${at}.speaker`, line, 'an `add` correction needs the speaker', 'add `speaker: "<name as the report writes it>"`');
    }
    if (action?.value === 'drop' && (raw !== undefined || get('speaker') !== undefined || kindField !== undefined)) {
      problems.add(`${at}.action`, action.line, 'a `drop` correction takes only `block`/`match` and `of`', 'remove `capital`, `speaker` and `kind`, or use `action: set` to re-attribute');
    }
    if (problems.items.length > before) return;
    out.push({
      action: action!.value as StatementCorrection['action'],
      block,
      match,
      of,
      capitals,
      speaker,
      kind,
      line,
    });
  });
  return out;
}
