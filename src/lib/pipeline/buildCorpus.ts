/**
 * The build-time pipeline: every report in a content folder is read, validated, lexed,
 * its statements extracted, corrected, given stable ids, and its body rendered. Bad reports
 * never throw: their problems are collected so the caller can list them all at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentError, type ContentProblem } from '../errors';
import type { Statement } from '../extract/statementTypes';
import { renderReportHtml } from '../markdown/renderReportHtml';
import { readReport } from '../report/readReport';
import { toSearchKey } from '../text/normalise';
import type { BuiltReport, Corpus, Extractor, ReviewCandidate } from './corpusTypes';
import { listReportFiles } from './listReportFiles';
import { disambiguate, statementAnchor } from './statementAnchor';
import { summarise } from './summarise';

/** Options for `buildCorpus`. */
export interface BuildCorpusOptions<G = unknown> {
  /** The statement extractor (the project's by default; tests may pass another). */
  extract: Extractor<G>;
  /** Gazetteer files; default: `<projectRoot>/src/gazetteer.yaml` and `<contentDir>/gazetteer.yaml` if present. */
  gazetteerFiles?: string[];
  /** Folder that holds `src/gazetteer.yaml`; default: the working directory. */
  projectRoot?: string;
}

const SNIPPET = 120;
const snippet = (text: string): string => (text.length > SNIPPET ? `${text.slice(0, SNIPPET - 1)}…` : text);
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The gazetteer files that apply to a content folder: the project's, then the folder's own. */
export function gazetteerFilesFor(contentDir: string, projectRoot = process.cwd()): string[] {
  const files = [resolve(projectRoot, 'src/gazetteer.yaml')];
  const local = resolve(contentDir, 'gazetteer.yaml');
  if (existsSync(local)) files.push(local);
  return files;
}

/**
 * Builds the corpus of a content folder.
 * @param contentDir Folder of `.md` reports (searched recursively).
 * @param options The extractor and where its gazetteer comes from.
 * @returns Valid reports with HTML and statements, all statements, every problem, the summary.
 */
export function buildCorpus<G>(contentDir: string, options: BuildCorpusOptions<G>): Corpus {
  const { extract } = options;
  const problems: ContentProblem[] = [];
  // A broken gazetteer is reported with the reports' problems; the reports are still read
  // and validated so that the author sees everything in one run.
  let gazetteer: { value: G } | undefined;
  try {
    gazetteer = { value: extract.loadGazetteer(options.gazetteerFiles ?? gazetteerFilesFor(contentDir, options.projectRoot)) };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
  const files = listReportFiles(contentDir);
  const reports: BuiltReport[] = [];
  const candidates: ReviewCandidate[] = [];
  const idOwner = new Map<string, string>();

  for (const file of files) {
    let raw: Uint8Array;
    try {
      raw = readFileSync(join(contentDir, file));
    } catch (error) {
      problems.push({ file, field: 'file', message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, hint: 'check that the file exists and is readable' });
      continue;
    }
    const read = readReport(file, raw);
    problems.push(...read.problems);
    const { report, lexed } = read;
    if (!report || !lexed || !gazetteer) continue;

    const owner = idOwner.get(report.id);
    if (owner !== undefined) {
      problems.push({ file, field: 'slug', message: `the page address "${report.id}" is already used by ${owner}`, hint: 'rename one of the two files: names that differ only in case or spaces give the same address' });
      continue;
    }
    idOwner.set(report.id, file);

    const found = extract.extractStatements(lexed.blocks, { lang: report.lang, gazetteer: gazetteer.value, date: report.date });
    const corrected = extract.applyCorrections(found.statements, report.corrections, lexed.blocks, file);
    if (corrected.problems.length > 0) {
      problems.push(...corrected.problems);
      continue;
    }
    const blockByIndex = new Map(lexed.blocks.map((b) => [b.index, b]));
    const ordered = [...corrected.statements].sort((a, b) => a.block - b.block);
    const anchors = disambiguate(ordered.map((s) => statementAnchor(blockByIndex.get(s.block)?.text ?? '', s.speaker)));
    const statements: Statement[] = ordered.map((s, i) => {
      const block = blockByIndex.get(s.block);
      const anchor = anchors[i]!;
      return {
        ...s,
        id: `${report.id}/${anchor}`,
        anchor,
        report: report.id,
        date: report.date,
        text: block?.text ?? '',
        lang: report.lang,
        line: block?.line ?? report.bodyLine,
      };
    });
    for (const index of found.candidates) {
      const block = blockByIndex.get(index);
      if (block) candidates.push({ file, line: block.line, block: index, snippet: snippet(block.text) });
    }
    const { body: _body, corrections: _corrections, ...fields } = report;
    reports.push({ ...fields, html: renderReportHtml(lexed.tokens, statements), statements, blockCount: lexed.blocks.length });
  }

  const statements = reports
    .flatMap((r) => r.statements)
    .sort((a, b) => byCodeUnits(a.date, b.date) || byCodeUnits(a.report, b.report) || a.block - b.block);
  const ids = extract.speakerIds && gazetteer ? extract.speakerIds.bind(extract) : undefined;
  const speakerKey = (s: Statement): string => {
    const known = ids?.(s.speaker, gazetteer!.value, s.date) ?? [];
    return known.length > 0 ? `id:${known.join('+')}` : toSearchKey(s.speaker);
  };
  for (const s of statements) s.speakerKey = speakerKey(s);
  return { reports, statements, problems, summary: summarise(files.length, reports.length, statements, candidates, problems.length, speakerKey) };
}
