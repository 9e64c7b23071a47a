import { joinBase } from '@/lib/url/withBase';

/** Prefixes a site-relative path with the deployment base (`import.meta.env.BASE_URL`, ends with `/`). */
export function withBase(path = ''): string {
  return joinBase(path, import.meta.env.BASE_URL);
}
