import { CAPITALS, type Capital } from '@/lib/capitals';
import {
  compareStatements, groupByDay, groupByMonth, neighbours, speaksFor, tallySpeakers, type SpeakerTally,
} from '@/lib/site/groupStatements';
import type { Statement } from './types';
import { speakerName } from './gazetteer';
import { getReports } from './reports';

// Every view below is computed once per build and shared by all pages: a page that regrouped
// or refiltered the ~50,000 statements of a large corpus made the build quadratic (issue 6).
let cache: Promise<Statement[]> | undefined;
let byCapital: Promise<Map<Capital, Statement[]>> | undefined;
let byDay: Promise<Map<string, Statement[]>> | undefined;
let byMonth: Promise<Map<string, Statement[]>> | undefined;
let dayList: Promise<{ days: string[]; index: Map<string, number> }> | undefined;
const speakerCache = new Map<string, Promise<SpeakerTally[]>>();

async function loadStatements(): Promise<Statement[]> {
  return (await getReports()).flatMap((r) => r.statements).sort(compareStatements);
}

/** Every statement, in chronological order. */
export const getStatements = (): Promise<Statement[]> => (cache ??= loadStatements());

/** Statements of one capital (joint statements included), in order. */
export async function statementsOf(capital: Capital): Promise<Statement[]> {
  byCapital ??= getStatements().then((all) => new Map(CAPITALS.map((c) => [c, all.filter((s) => speaksFor(s, c))])));
  return (await byCapital).get(capital) ?? [];
}

/** Statements grouped by day `YYYY-MM-DD`, days in order. */
export const statementsByDay = (): Promise<Map<string, Statement[]>> => (byDay ??= getStatements().then(groupByDay));

/** Statements grouped by month `YYYY-MM`, months in order. */
export const statementsByMonth = (): Promise<Map<string, Statement[]>> => (byMonth ??= getStatements().then(groupByMonth));

/** Speakers of a capital with their statement counts, most first. */
export function speakersOf(capital: Capital, lang?: 'fa' | 'en'): Promise<SpeakerTally[]> {
  const key = `${capital}/${lang ?? ''}`;
  let tally = speakerCache.get(key);
  if (!tally) speakerCache.set(key, (tally = statementsOf(capital).then((list) => tallySpeakers(list, lang, lang ? (key, spelling) => speakerName(key, lang, spelling) : undefined))));
  return tally;
}

const days = () => (dayList ??= statementsByDay().then((m) => {
  const list = [...m.keys()];
  return { days: list, index: new Map(list.map((d, i) => [d, i])) };
}));

/** Days with statements, in order. */
export async function getDays(): Promise<string[]> {
  return (await days()).days;
}

/** The days with statements just before and after `day`. */
export async function dayNeighbours(day: string): Promise<{ previous?: string; next?: string }> {
  const { days: list, index } = await days();
  return neighbours(list, index.get(day) ?? -1);
}

/** The months with statements just before and after `month`. */
export async function monthNeighbours(month: string): Promise<{ previous?: string; next?: string }> {
  const months = [...(await statementsByMonth()).keys()];
  return neighbours(months, months.indexOf(month));
}
