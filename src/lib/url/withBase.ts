/**
 * Joins a site-relative path to a base that ends with `/` (Astro's `BASE_URL` under
 * `trailingSlash: 'always'`). Leading slashes on `path` are dropped so `withBase('/x/')` and
 * `withBase('x/')` agree; absolute URLs and fragment-only links are returned unchanged.
 * @param path Site-relative path such as `reports/a/` or `/favicon.svg`; `''` gives the base.
 * @param base The base path, e.g. `/three-capitals/` (a missing final `/` is added).
 */
export function joinBase(path: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('#') || path.startsWith('//')) return path;
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}
