import { loadGazetteer } from '@/lib/extract/loadGazetteer';
import type { Gazetteer } from '@/lib/extract/gazetteerTypes';
import { gazetteerFilesFor } from '@/lib/pipeline/buildCorpus';
import { contentDirFromEnv } from '@/lib/pipeline/contentDir';
import { nameVariants } from '@/lib/site/nameVariants';

let cache: Gazetteer | undefined;

/** Every gazetteer spelling of the actor(s) named by `speaker` (for the search index). */
export function speakerVariants(speaker: string): string[] {
  cache ??= loadGazetteer(gazetteerFilesFor(contentDirFromEnv()));
  return nameVariants(cache, speaker);
}
