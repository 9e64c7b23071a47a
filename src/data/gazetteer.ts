import { loadGazetteer } from '@/lib/extract/loadGazetteer';
import type { Gazetteer } from '@/lib/extract/gazetteerTypes';
import { gazetteerFilesFor } from '@/lib/pipeline/buildCorpus';
import { contentDirFromEnv } from '@/lib/pipeline/contentDir';
import { nameVariants } from '@/lib/site/nameVariants';

let cache: Gazetteer | undefined;
// Few distinct speakers, many statements: each speaker's variants are looked up once per build.
const variants = new Map<string, string[]>();

/** Every gazetteer spelling of the actor(s) named by `speaker` (for the search index). */
export function speakerVariants(speaker: string): string[] {
  let found = variants.get(speaker);
  if (!found) {
    cache ??= loadGazetteer(gazetteerFilesFor(contentDirFromEnv()));
    variants.set(speaker, (found = nameVariants(cache, speaker)));
  }
  return found;
}
