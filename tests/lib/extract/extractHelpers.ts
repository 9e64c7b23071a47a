import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '@/lib/extract/loadGazetteer';
import { extractStatements } from '@/lib/extract/extractStatements';
import { lexReport } from '@/lib/markdown/lexReport';
import { toDisplayText } from '@/lib/text/normalise';
import type { ReportLang } from '@/lib/report/reportTypes';

export const PROJECT_GAZETTEER = fileURLToPath(new URL('../../../src/gazetteer.yaml', import.meta.url));
export const gazetteer = loadGazetteer([PROJECT_GAZETTEER]);

/** Lexes a Markdown body and extracts its statements with the project gazetteer. */
export function extract(markdown: string, lang: ReportLang = 'fa', date = '2023-09-19') {
  const { blocks } = lexReport(toDisplayText(markdown), 1);
  return { blocks, ...extractStatements(blocks, { lang, gazetteer, date }) };
}

/** `capital:speaker` of each statement, for compact assertions. */
export const said = (markdown: string, lang: ReportLang = 'fa', date?: string) =>
  extract(markdown, lang, date).statements.map((s) => `${s.block}:${s.capitals.join('+')}:${s.speaker}:${s.kind}`);
