/**
 * Reads gazetteer YAML files (format documented at the top of `src/gazetteer.yaml`) and merges
 * them in order: the project's file first, then a content folder's own `gazetteer.yaml`.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { isCapital, type Capital } from '../capitals';
import { ContentError, type ContentProblem } from '../errors';
import type { ActorName, ActorType, Gazetteer } from './gazetteerTypes';

const SECTIONS = { speakers: 'capital', others: 'other', sources: 'source' } as const;
type Section = keyof typeof SECTIONS;
const ACTOR_TYPES: readonly ActorType[] = ['person', 'body', 'metonym'];
const TERM = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ENTRY_KEYS: Readonly<Record<Section, readonly string[]>> = {
  speakers: ['id', 'capital', 'capitals', 'type', 'names', 'from', 'to', 'offices', 'note'],
  others: ['id', 'category', 'type', 'names', 'note'],
  sources: ['id', 'names', 'note'],
};

/** Collects problems for one file with the line of the YAML node concerned. */
class FileReader {
  readonly problems: ContentProblem[] = [];
  private readonly lines = new LineCounter();
  readonly root: unknown;
  readonly rootNode: Node | null;

  constructor(readonly file: string, text: string) {
    const doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: true });
    for (const error of doc.errors) {
      this.problems.push({ file, field: 'yaml', line: error.linePos?.[0].line, message: `Malformed YAML: ${error.message.split('\n')[0]}`, hint: 'Check indentation and that every list item starts with "- ".' });
    }
    this.rootNode = doc.contents as Node | null;
    this.root = doc.errors.length > 0 ? undefined : doc.toJS();
  }

  lineOf(node: unknown): number | undefined {
    const range = (node as Node | undefined)?.range;
    return range ? this.lines.linePos(range[0]).line : undefined;
  }

  problem(node: unknown, field: string, message: string, hint: string): void {
    this.problems.push({ file: this.file, field, line: this.lineOf(node), message, hint });
  }
}

const childNode = (node: unknown, key: string | number): unknown => {
  if (isMap(node)) return node.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.value ?? node;
  if (isSeq(node) && typeof key === 'number') return node.items[key] ?? node;
  return node;
};

/** Names as a list, or as a map of language → list (`fa: […]`, `en: […]`). */
function readNames(raw: unknown): string[] | undefined {
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? Object.values(raw).flat() : undefined;
  if (!list || list.length === 0 || !list.every((n) => typeof n === 'string' && n.trim() !== '')) return undefined;
  return (list as string[]).map((n) => n.trim());
}

const readTerm = (value: unknown): string | undefined | null =>
  value === undefined || value === null ? undefined : TERM.test(String(value)) ? String(value) : null;

/**
 * Adds spelling twins of English names: `defence`/`defense`, and `the …` so that "the Office of
 * the Prime Minister of Armenia" wins over the pronoun "the office" that starts at the same word.
 */
const withSpellingTwins = (names: string[]): string[] =>
  names
    .flatMap((n) => (/defen[cs]e/i.test(n) ? [n, n.replace(/defence/gi, 'defense'), n.replace(/defense/gi, 'defence')] : [n]))
    .flatMap((n) => (/^[A-Za-z]/.test(n) && !/^the\s/i.test(n) ? [n, `the ${n}`] : [n]));

function readEntry(reader: FileReader, section: Section, raw: unknown, node: unknown, at: string, out: [string, ActorName][]): void {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    reader.problem(node, at, 'An entry must be a mapping with `id` and `names`.', 'Write it as "- id: …" followed by indented "names: [...]".');
    return;
  }
  const entry = raw as Record<string, unknown>;
  for (const key of Object.keys(entry)) {
    if (!ENTRY_KEYS[section].includes(key)) reader.problem(childNode(node, key), `${at}.${key}`, `Unknown key "${key}".`, `Allowed keys here: ${ENTRY_KEYS[section].join(', ')}.`);
  }
  const id = entry['id'];
  if (typeof id !== 'string' || id.trim() === '') {
    reader.problem(node, `${at}.id`, 'Missing `id`.', 'Give every entry a short unique id such as "ru-mfa".');
    return;
  }
  const names = readNames(entry['names']);
  if (!names) reader.problem(childNode(node, 'names'), `${at}.names`, `Entry "${id}" has no names.`, 'List its spellings: "names: [Ilham Aliyev, الهام علی‌اف]" or a map "fa: […] en: […]".');
  const type = (entry['type'] ?? (section === 'sources' ? 'body' : undefined)) as ActorType | undefined;
  if (!type || !ACTOR_TYPES.includes(type)) {
    reader.problem(childNode(node, 'type'), `${at}.type`, `Entry "${id}" has type "${String(entry['type'])}".`, 'Use person, body or metonym.');
    return;
  }
  let capitals: Capital[] = [];
  if (section === 'speakers') {
    const rawCaps = entry['capitals'] ?? (entry['capital'] === undefined ? undefined : [entry['capital']]);
    if (!Array.isArray(rawCaps) || rawCaps.length === 0 || !rawCaps.every(isCapital)) {
      reader.problem(childNode(node, entry['capitals'] ? 'capitals' : 'capital'), `${at}.capital`, `Entry "${id}" speaks for "${String(rawCaps)}", not a capital.`, 'Use baku, moscow or yerevan; put other actors under `others:`.');
      return;
    }
    capitals = rawCaps;
  }
  const category = section === 'others' ? String(entry['category'] ?? 'other') : undefined;
  const role = SECTIONS[section];
  const from = readTerm(entry['from']);
  const to = readTerm(entry['to']);
  if (from === null || to === null) {
    reader.problem(childNode(node, from === null ? 'from' : 'to'), `${at}.${from === null ? 'from' : 'to'}`, `Entry "${id}" has a term that is not a date.`, 'Write YYYY, YYYY-MM or YYYY-MM-DD.');
    return;
  }
  const offices = Array.isArray(entry['offices']) ? (entry['offices'] as unknown[]) : [];
  const terms: { from?: string | undefined; to?: string | undefined }[] = [];
  offices.forEach((office, i) => {
    const officeNode = childNode(childNode(node, 'offices'), i);
    const o = (office ?? {}) as Record<string, unknown>;
    const titles = readNames(o['titles']);
    const oFrom = readTerm(o['from']);
    const oTo = readTerm(o['to']);
    if (!titles || oFrom === null || oTo === null) {
      reader.problem(officeNode, `${at}.offices[${i}]`, `Office ${i + 1} of "${id}" needs titles and a term.`, 'Write "- titles: [...]" with optional "from:"/"to:" as YYYY[-MM[-DD]].');
      return;
    }
    terms.push({ from: oFrom, to: oTo });
    for (const title of withSpellingTwins(titles)) out.push([title, { id, type: 'person', capitals, role, category, from: oFrom, to: oTo, title: true }]);
  });
  // A person with offices speaks for the capital while holding one of them.
  const span = terms.length > 0 && from === undefined && to === undefined
    ? { from: terms.some((t) => !t.from) ? undefined : terms.map((t) => t.from!).sort()[0], to: terms.some((t) => !t.to) ? undefined : terms.map((t) => t.to!).sort().at(-1) }
    : { from, to };
  for (const name of withSpellingTwins(names ?? [])) out.push([name, { id, type, capitals, role, category, from: span.from, to: span.to }]);
}

/** Parses one gazetteer file's text; returns its names and any problems (with lines). */
export function parseGazetteer(file: string, text: string): { names: [string, ActorName][]; problems: ContentProblem[] } {
  const reader = new FileReader(file, text);
  const names: [string, ActorName][] = [];
  const root = reader.root;
  if (reader.problems.length === 0) {
    if (root !== null && root !== undefined && (typeof root !== 'object' || Array.isArray(root))) {
      reader.problem(reader.rootNode, 'yaml', 'A gazetteer must be a mapping with `speakers`, `others` and/or `sources`.', 'Start the file with "speakers:".');
    } else {
      for (const [key, value] of Object.entries((root ?? {}) as Record<string, unknown>)) {
        const sectionNode = childNode(reader.rootNode, key);
        if (!(key in SECTIONS)) {
          reader.problem(sectionNode, key, `Unknown section "${key}".`, 'Use speakers, others or sources.');
          continue;
        }
        if (!Array.isArray(value)) {
          if (value !== null) reader.problem(sectionNode, key, `Section "${key}" must be a list.`, 'Start each entry with "- id: …".');
          continue;
        }
        value.forEach((entry, i) => readEntry(reader, key as Section, entry, childNode(sectionNode, i), `${key}[${i}]`, names));
      }
    }
  }
  return { names, problems: reader.problems };
}

/**
 * Loads and merges gazetteer files in order (later files add spellings and actors).
 * @throws ContentError listing every problem (file, field, line, hint) in every file.
 */
export function loadGazetteer(files: string[]): Gazetteer {
  const names: [string, ActorName][] = [];
  const problems: ContentProblem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push({ file, field: 'file', message: `Cannot read the gazetteer: ${(error as Error).message}`, hint: 'Check the path, or remove the file from the list.' });
      continue;
    }
    const parsed = parseGazetteer(file, text.replace(/^\uFEFF/, ''));
    names.push(...parsed.names);
    problems.push(...parsed.problems);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { names, files: [...files] };
}
