import type { Statement } from '@/lib/extract/statementTypes';
import type { Report } from '@/lib/report/reportTypes';

export type { Statement } from '@/lib/extract/statementTypes';

/** A report as pages use it: validated fields, its statements and the rendered body. */
export interface SiteReport extends Pick<Report, 'id' | 'file' | 'title' | 'date' | 'lang' | 'source' | 'url'> {
  statements: Statement[];
  /** Sanitised HTML of the body, statement blocks marked (`id`, `data-capital`, `class="statement …"`). */
  html: string;
}
