/**
 * The corpus of the project's content folder, built once per process and shared by the
 * content-layer loader (both collections) and the data endpoints.
 */
import { buildCorpus } from './buildCorpus';
import { contentDirFromEnv } from './contentDir';
import type { Corpus } from './corpusTypes';
import { projectExtractor } from './projectExtractor';

/**
 * Astro loads `content.config.ts` and the endpoints as separate module graphs in one
 * process, so the memo lives on `globalThis` under a registered symbol, not in a module variable.
 */
const MEMO_KEY = Symbol.for('three-capitals.corpus');
type Memo = Map<string, Corpus>;
const memo = (): Memo => {
  const holder = globalThis as unknown as Record<symbol, Memo | undefined>;
  return (holder[MEMO_KEY] ??= new Map());
};

/**
 * @param contentDir Absolute content folder; default `CONTENT_DIR` or `content`.
 * @param fresh Rebuild even if this folder was built already in this process (dev reloads).
 */
export function getProjectCorpus(contentDir = contentDirFromEnv(), fresh = false): Corpus {
  const cache = memo();
  const cached = cache.get(contentDir);
  if (cached && !fresh) return cached;
  const corpus = buildCorpus(contentDir, { extract: projectExtractor });
  cache.set(contentDir, corpus);
  return corpus;
}
