import { getCollection } from 'astro:content';
import { neighbours } from '@/lib/site/groupStatements';
import type { SiteReport } from './types';

let cache: Promise<SiteReport[]> | undefined;

async function loadReports(): Promise<SiteReport[]> {
  const entries = await getCollection('reports');
  const reports: SiteReport[] = entries.map((entry) => ({ ...entry.data, id: entry.id, html: entry.rendered?.html ?? '' }));
  return reports.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every report, oldest first (date, then id). */
export const getReports = (): Promise<SiteReport[]> => (cache ??= loadReports());

/** The report with this id, or undefined. */
export async function getReport(id: string): Promise<SiteReport | undefined> {
  return (await getReports()).find((r) => r.id === id);
}

/** The reports before and after this one in date order. */
export async function reportNeighbours(id: string): Promise<{ previous?: SiteReport; next?: SiteReport }> {
  const reports = await getReports();
  return neighbours(reports, reports.findIndex((r) => r.id === id));
}

/** Report titles and languages by id, for statement lists that name their report. */
export async function reportIndex(): Promise<Map<string, SiteReport>> {
  return new Map((await getReports()).map((r) => [r.id, r]));
}
