/**
 * Scores the extractor on an annotated folder of reports (`x.md` + hand-made
 * `x.expected.json`). A found statement matches an expected one when the block is the same,
 * the capitals are the same set, and the speakers are the same (see `sameSpeaker`); each
 * expected statement matches at most once. Precision, recall and F1 are per capital.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CAPITALS, isCapital, type Capital } from '../capitals';
import { lexReport } from '../markdown/lexReport';
import { detectLang } from '../report/detectLang';
import type { ReportLang } from '../report/reportTypes';
import { splitFrontMatter } from '../report/splitFrontMatter';
import { toDisplayText } from '../text/normalise';
import { extractStatements } from './extractStatements';
import type { Gazetteer } from './gazetteerTypes';
import { sameSpeaker } from './speakerIdentity';
import type { ExtractedStatement } from './statementTypes';

/** Precision, recall and F1 for one capital, with the counts behind them. */
export interface CapitalScore {
  capital: Capital;
  expected: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A disagreement: an expected statement not found (`miss`) or a found one not expected (`extra`). */
export interface EvaluationError {
  file: string;
  type: 'miss' | 'extra';
  statement: ExtractedStatement;
  blockText: string;
}

/** The whole evaluation. */
export interface Evaluation {
  reports: number;
  scores: CapitalScore[];
  errors: EvaluationError[];
  /** Matched statements whose `kind` also agrees, over all matched. */
  kindAgreement: number;
}

/** One annotated fixture as read from disk. */
export interface Fixture {
  file: string;
  lang: ReportLang;
  date: string | undefined;
  blocks: ReturnType<typeof lexReport>['blocks'];
  expected: ExtractedStatement[];
}

/** Reads every `*.md` with its `*.expected.json` from `dir` (the date from the name or `date:`). */
export function readFixtures(dir: string): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const raw = toDisplayText(readFileSync(join(dir, file), 'utf8'));
      const split = splitFrontMatter(raw);
      const front = (split.yaml ? parse(split.yaml) : {}) as { lang?: ReportLang; date?: string };
      const { blocks } = lexReport(split.body, split.bodyLine);
      const expectedFile = join(dir, file.replace(/\.md$/, '.expected.json'));
      const expected = (JSON.parse(readFileSync(expectedFile, 'utf8')) as { statements: ExtractedStatement[] }).statements;
      for (const s of expected) {
        if (!s.capitals.every(isCapital)) throw new Error(`${expectedFile}: bad capitals in ${JSON.stringify(s)}`);
      }
      const date = front.date ? String(front.date) : /^(\d{4}-\d{2}-\d{2})-/.exec(file)?.[1];
      return { file, lang: front.lang ?? detectLang(split.body), date, blocks, expected };
    });
}

const sameCapitals = (a: readonly Capital[], b: readonly Capital[]): boolean =>
  a.length === b.length && a.every((c) => b.includes(c));

/** Runs the extractor over `fixtures` and scores it against their expected statements. */
export function evaluateFixtures(fixtures: readonly Fixture[], gazetteer: Gazetteer): Evaluation {
  const counts = new Map(CAPITALS.map((c) => [c, { expected: 0, found: 0, matched: 0 }]));
  const errors: EvaluationError[] = [];
  let matchedAll = 0;
  let kindAgree = 0;
  for (const fixture of fixtures) {
    const { statements } = extractStatements(fixture.blocks, { lang: fixture.lang, gazetteer, date: fixture.date });
    const open = [...fixture.expected];
    const text = (block: number) => fixture.blocks.find((b) => b.index === block)?.text ?? '';
    for (const s of fixture.expected) for (const c of s.capitals) counts.get(c)!.expected++;
    for (const found of statements) {
      for (const c of found.capitals) counts.get(c)!.found++;
      const i = open.findIndex((e) => e.block === found.block && sameCapitals(e.capitals, found.capitals) && sameSpeaker(e.speaker, found.speaker, gazetteer, fixture.date));
      if (i === -1) {
        errors.push({ file: fixture.file, type: 'extra', statement: found, blockText: text(found.block) });
        continue;
      }
      const [hit] = open.splice(i, 1);
      matchedAll++;
      if (hit!.kind === found.kind) kindAgree++;
      for (const c of found.capitals) counts.get(c)!.matched++;
    }
    for (const miss of open) errors.push({ file: fixture.file, type: 'miss', statement: miss, blockText: text(miss.block) });
  }
  const scores = CAPITALS.map((capital) => {
    const { expected, found, matched } = counts.get(capital)!;
    const precision = found === 0 ? 1 : matched / found;
    const recall = expected === 0 ? 1 : matched / expected;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { capital, expected, found, matched, precision, recall, f1 };
  });
  return { reports: fixtures.length, scores, errors, kindAgreement: matchedAll === 0 ? 1 : kindAgree / matchedAll };
}
