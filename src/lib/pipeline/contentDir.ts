import { resolve } from 'node:path';

/** The content folder the build reads: `CONTENT_DIR` from the environment, else `content`, resolved from the working directory. */
export function contentDirFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const dir = env['CONTENT_DIR']?.trim();
  return resolve(dir ? dir : 'content');
}
