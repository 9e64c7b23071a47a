import { getCollection } from 'astro:content';
import { neighbours } from '@/lib/site/groupStatements';
import type { SiteReport } from './types';

let cache: Promise<SiteReport[]> | undefined;
let indexCache: Promise<{ byId: Map<string, SiteReport>; position: Map<string, number> }> | undefined;

async function loadReports(): Promise<SiteReport[]> {
  const entries = await getCollection('reports');
  const reports: SiteReport[] = entries.map((entry) => ({ ...entry.data, id: entry.id, html: entry.rendered?.html ?? '' }));
  return reports.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every report, oldest first (date, then id). */
export const getReports = (): Promise<SiteReport[]> => (cache ??= loadReports());

// One lookup table per build: a linear search per report page was quadratic in the corpus.
const indexes = () => (indexCache ??= getReports().then((reports) => ({
  byId: new Map(reports.map((r) => [r.id, r])),
  position: new Map(reports.map((r, i) => [r.id, i])),
})));

/** The report with this id, or undefined. */
export async function getReport(id: string): Promise<SiteReport | undefined> {
  return (await indexes()).byId.get(id);
}

/** The reports before and after this one in date order. */
export async function reportNeighbours(id: string): Promise<{ previous?: SiteReport; next?: SiteReport }> {
  const [reports, { position }] = await Promise.all([getReports(), indexes()]);
  return neighbours(reports, position.get(id) ?? -1);
}

/** Report titles and languages by id, for statement lists that name their report. */
export async function reportIndex(): Promise<Map<string, SiteReport>> {
  return (await indexes()).byId;
}
