/**
 * Page URLs as the open-data export gives them: with the site's base path, slash-ended.
 * Report pages live at `<base>reports/<id>/` (Persian UI, the default) and
 * `<base>en/reports/<id>/` (English UI); the export uses the default.
 */

/** `base` with exactly one trailing slash (`/` stays `/`). */
export const normaliseBase = (base: string): string => (base.endsWith('/') ? base : `${base}/`);

/** Each path segment percent-encoded, so a Persian slug still gives a valid URL. */
const encodeId = (id: string): string => id.split('/').map(encodeURIComponent).join('/');

/**
 * @param base The site's base path (`import.meta.env.BASE_URL`), e.g. `/three-capitals/`.
 * @param reportId The report's id (slug).
 * @returns e.g. `/three-capitals/reports/2023-09-19-baku-operation/`.
 */
export function reportPagePath(base: string, reportId: string): string {
  return `${normaliseBase(base)}reports/${encodeId(reportId)}/`;
}

/** A statement's place on its report page: `<report page>#<anchor>`. */
export function statementPagePath(base: string, reportId: string, anchor: string): string {
  return `${reportPagePath(base, reportId)}#${anchor}`;
}
