import { getCollection } from 'astro:content';
import type { Capital } from '@/lib/capitals';
import {
  compareStatements, groupByDay, groupByMonth, neighbours, speaksFor, tallySpeakers, type SpeakerTally,
} from '@/lib/site/groupStatements';
import type { Statement } from './types';

let cache: Promise<Statement[]> | undefined;

async function loadStatements(): Promise<Statement[]> {
  const entries = await getCollection('statements');
  return entries.map((e): Statement => e.data).sort(compareStatements);
}

/** Every statement, in chronological order. */
export const getStatements = (): Promise<Statement[]> => (cache ??= loadStatements());

/** Statements of one capital (joint statements included), in order. */
export async function statementsOf(capital: Capital): Promise<Statement[]> {
  return (await getStatements()).filter((s) => speaksFor(s, capital));
}

/** Statements grouped by day `YYYY-MM-DD`, days in order. */
export async function statementsByDay(): Promise<Map<string, Statement[]>> {
  return groupByDay(await getStatements());
}

/** Statements grouped by month `YYYY-MM`, months in order. */
export async function statementsByMonth(): Promise<Map<string, Statement[]>> {
  return groupByMonth(await getStatements());
}

/** Speakers of a capital with their statement counts, most first. */
export async function speakersOf(capital: Capital, lang?: 'fa' | 'en'): Promise<SpeakerTally[]> {
  return tallySpeakers(await statementsOf(capital), lang);
}

/** Days with statements, in order. */
export async function getDays(): Promise<string[]> {
  return [...(await statementsByDay()).keys()];
}

/** The days with statements just before and after `day`. */
export async function dayNeighbours(day: string): Promise<{ previous?: string; next?: string }> {
  const days = await getDays();
  return neighbours(days, days.indexOf(day));
}

/** The months with statements just before and after `month`. */
export async function monthNeighbours(month: string): Promise<{ previous?: string; next?: string }> {
  const months = [...(await statementsByMonth()).keys()];
  return neighbours(months, months.indexOf(month));
}
