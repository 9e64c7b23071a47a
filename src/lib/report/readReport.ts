/**
 * Reads one report file: decodes it, parses and validates the front matter, finds the title
 * and date, and lexes the body. Every problem of the file is collected, not only the first.
 *
 * Why hand-written checks rather than zod: each field needs its own message, hint and file
 * line (from the YAML node), Jalali dates need conversion, and unknown fields get a
 * "did you mean" hint; a zod schema would need a custom error map and a second pass to find
 * lines, so a few explicit checks are shorter and clearer here.
 */
import { isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { dateFromFileName, parseReportDate } from '../dates/parseReportDate';
import type { ContentProblem } from '../errors';
import { type LexedReport, lexReport } from '../markdown/lexReport';
import { toDisplayText } from '../text/normalise';
import { decodeReportFile } from './decodeReportFile';
import { detectLang } from './detectLang';
import { ProblemList, REPORT_FIELDS, unknownFieldHint } from './frontMatterFields';
import { lineLocator, readCorrections } from './readCorrections';
import { reportId } from './reportId';
import { REPORT_LANGS, type Report, type ReportLang, type StatementCorrection } from './reportTypes';
import { splitFrontMatter } from './splitFrontMatter';

/** The result of reading one file: the report when it has no problems, and every problem. */
export interface ReadReportResult {
  report?: Report | undefined;
  /** The lexed body (tokens and blocks), so the pipeline does not lex twice. */
  lexed?: LexedReport | undefined;
  problems: ContentProblem[];
}

const DATE_HINT = 'add `date: 2023-09-19` (or a Solar Hijri date such as `1402/06/28`) to the front matter, or start the file name with the date: 2023-09-19-<name>.md';

const scalarText = (node: unknown): unknown => (isScalar(node) ? node.value : (node as { toJSON?: () => unknown })?.toJSON?.());

/** Text fields accept strings and, forgivingly, numbers (a title such as `1402`). */
function readText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' && value.trim() !== '') return toDisplayText(value.trim());
  return undefined;
}

/**
 * Reads and validates one report.
 * @param file Path relative to the content folder, `/`-separated (used in messages and for the id).
 * @param raw The file's bytes (preferred: invalid UTF-8 and binary files are detected) or text.
 * @returns `report` and `lexed` when the file has no problems; `problems` always (maybe empty).
 */
export function readReport(file: string, raw: string | Uint8Array): ReadReportResult {
  const problems = new ProblemList(file);
  const decoded = decodeReportFile(raw);
  if (!decoded.ok) {
    problems.add('file', undefined, decoded.message, decoded.hint);
    return { problems: problems.items };
  }
  const id = reportId(file);
  if (!id.ok) problems.add('file', undefined, id.message, id.hint);

  const split = splitFrontMatter(decoded.text);
  const fields = new Map<string, { node: Node | null; line: number | undefined }>();
  let yamlBroken = false;
  let lineOf: ReturnType<typeof lineLocator> = () => undefined;
  if (split.unclosed) {
    problems.add('front matter', 1, 'the front matter starts with `---` but never ends', 'add a line with only `---` after the last front-matter field');
    yamlBroken = true;
  } else if (split.yaml !== undefined) {
    const counter = new LineCounter();
    const doc = parseDocument(split.yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    lineOf = lineLocator(counter, split.yamlLine);
    for (const error of doc.errors) {
      const line = counter.linePos(error.pos[0]).line + split.yamlLine - 1;
      const duplicate = error.code === 'DUPLICATE_KEY';
      problems.add(
        'front matter',
        line,
        `the front matter is not valid YAML: ${error.message.split('\n')[0]}`,
        duplicate ? 'give each field once' : 'check the indentation, and put values containing ":" or "#" in quotes',
      );
      yamlBroken = true;
    }
    if (!yamlBroken && doc.contents !== null && !isMap(doc.contents)) {
      problems.add('front matter', split.yamlLine, 'the front matter must be `field: value` lines', `use fields such as title, date, source (known: ${REPORT_FIELDS.join(', ')})`);
      yamlBroken = true;
    }
    if (!yamlBroken && isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        const key = String(scalarText(pair.key));
        const line = lineOf(pair.key as Node);
        if ((REPORT_FIELDS as readonly string[]).includes(key)) fields.set(key, { node: pair.value as Node | null, line });
        else problems.add(key, line, `unknown front-matter field "${key}"`, unknownFieldHint(key, REPORT_FIELDS));
      }
    }
  }

  const body = toDisplayText(split.body);
  const lexed = lexReport(body, split.bodyLine);
  const value = (k: string): unknown => {
    const f = fields.get(k);
    return f ? scalarText(f.node) : undefined;
  };
  const lineOfField = (k: string) => fields.get(k)?.line;

  // Title: front matter, else the first heading.
  let title: string | undefined;
  if (fields.has('title')) {
    title = readText(value('title'));
    if (title === undefined) problems.add('title', lineOfField('title'), 'the title is empty or not text', 'write `title: <the headline>` or remove the field to use the first heading');
  } else {
    title = lexed.blocks.find((b) => b.kind === 'heading')?.text;
    if (title === undefined && !yamlBroken) {
      problems.add('title', undefined, 'the report has no title: no `title` field and no heading', 'add `title: <the headline>` to the front matter, or start the body with a `## headline` line');
    }
  }

  // Date: front matter, else the file name; never the body.
  let date: string | undefined;
  if (fields.has('date')) {
    const parsed = parseReportDate(value('date'));
    if (parsed.ok) date = parsed.date;
    else problems.add('date', lineOfField('date'), parsed.message, parsed.hint);
  } else if (!yamlBroken) {
    const fromName = dateFromFileName(file);
    if (fromName === undefined) problems.add('date', undefined, 'the report has no date: no `date` field and the file name does not start with one', DATE_HINT);
    else if (fromName.ok) date = fromName.date;
    else problems.add('date', undefined, fromName.message, fromName.hint);
  }

  let lang: ReportLang | undefined;
  if (fields.has('lang')) {
    const v = value('lang');
    if ((REPORT_LANGS as readonly unknown[]).includes(v)) lang = v as ReportLang;
    else problems.add('lang', lineOfField('lang'), `unknown language ${JSON.stringify(v)}`, `use \`lang: fa\` (Persian) or \`lang: en\` (English), or remove the field to detect it`);
  } else {
    lang = detectLang(`${title ?? ''}\n${body}`);
  }

  let source: string | undefined;
  if (fields.has('source')) {
    source = readText(value('source'));
    if (source === undefined) problems.add('source', lineOfField('source'), 'the source is empty or not text', 'write the outlet or official channel, e.g. `source: "ایرنا"`, or remove the field');
  }

  let url: string | undefined;
  if (fields.has('url')) {
    const v = value('url');
    let parsed: URL | undefined;
    try {
      parsed = typeof v === 'string' ? new URL(v.trim()) : undefined;
    } catch {
      parsed = undefined;
    }
    if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) url = parsed.href;
    else problems.add('url', lineOfField('url'), `${JSON.stringify(v)} is not a web address`, 'give the full address of the original, starting with https:// (or http://)');
  }

  let corrections: StatementCorrection[] = [];
  if (fields.has('statements')) {
    const f = fields.get('statements')!;
    corrections = readCorrections(f.node, f.line, lineOf, problems);
  }

  // In file order, so the author can fix them top to bottom; problems without a line last.
  const lineKey = (line: number | undefined): number => line ?? Number.MAX_SAFE_INTEGER;
  problems.items.sort((a, b) => lineKey(a.line) - lineKey(b.line));
  if (problems.items.length > 0 || !id.ok || title === undefined || date === undefined || lang === undefined) {
    return { problems: problems.items, lexed };
  }
  return {
    report: { id: id.id, file, title, date, lang, source, url, body, bodyLine: split.bodyLine, corrections },
    lexed,
    problems: [],
  };
}
