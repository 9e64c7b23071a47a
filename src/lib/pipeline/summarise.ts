import { CAPITALS, type Capital } from '../capitals';
import type { Statement } from '../extract/statementTypes';
import { toSearchKey } from '../text/normalise';
import type { ExtractionSummary, ReviewCandidate, SpeakerCount } from './corpusTypes';

/**
 * The extraction summary: reports read, statements per capital and per speaker (spellings of
 * one speaker counted together under the first spelling seen), review candidates.
 * @param speakerKey Identity of a statement's speaker; default: the normalised name.
 */
export function summarise(
  reportsRead: number,
  reportsValid: number,
  statements: readonly Statement[],
  candidates: ReviewCandidate[],
  problems: number,
  speakerKey: (s: Statement) => string = (s) => toSearchKey(s.speaker),
): ExtractionSummary {
  const byCapital = Object.fromEntries(CAPITALS.map((c) => [c, 0])) as Record<Capital, number>;
  const speakers = new Map<string, SpeakerCount>();
  for (const s of statements) {
    for (const c of s.capitals) byCapital[c] += 1;
    const capital = s.capitals[0]!;
    const key = `${capital}\u0000${speakerKey(s)}`;
    const entry = speakers.get(key);
    if (entry) entry.statements += 1;
    else speakers.set(key, { capital, speaker: s.speaker, statements: 1 });
  }
  const bySpeaker = [...speakers.values()].sort(
    (a, b) => b.statements - a.statements || CAPITALS.indexOf(a.capital) - CAPITALS.indexOf(b.capital) || (a.speaker < b.speaker ? -1 : a.speaker > b.speaker ? 1 : 0),
  );
  return { reportsRead, reportsValid, statements: statements.length, byCapital, bySpeaker, candidates, problems };
}

/** The summary as a few lines for the build log. */
export function formatSummary(summary: ExtractionSummary): string {
  const capitals = CAPITALS.map((c) => `${c} ${summary.byCapital[c]}`).join(', ');
  const top = summary.bySpeaker.slice(0, 10).map((s) => `    ${s.capital.padEnd(8)}${String(s.statements).padStart(5)}  ${s.speaker}`);
  const lines = [
    `reports read: ${summary.reportsRead} (${summary.reportsValid} valid, ${summary.problems} problem${summary.problems === 1 ? '' : 's'})`,
    `statements: ${summary.statements} (${capitals})`,
    ...(top.length > 0 ? ['top speakers:', ...top] : []),
    `blocks to review (saying verb, no statement): ${summary.candidates.length}`,
    ...summary.candidates.slice(0, 10).map((c) => `    ${c.file}:${c.line} ${c.snippet}`),
  ];
  if (summary.candidates.length > 10) lines.push(`    … ${summary.candidates.length - 10} more in data/extraction-report.json`);
  return lines.join('\n');
}
