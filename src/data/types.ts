import type { Statement } from '@/lib/extract/statementTypes';
import type { ReportLang } from '@/lib/report/reportTypes';

export type { Statement } from '@/lib/extract/statementTypes';

/** A report as pages use it: validated fields, its statements and the rendered body. */
export interface SiteReport {
  id: string;
  file: string;
  title: string;
  date: string;
  lang: ReportLang;
  source?: string | undefined;
  url?: string | undefined;
  statements: Statement[];
  /** Sanitised HTML of the body, statement blocks marked (`id`, `data-capital`, `class="statement …"`). */
  html: string;
}
