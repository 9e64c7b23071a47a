import { loadGazetteer } from '@/lib/extract/loadGazetteer';
import type { Gazetteer } from '@/lib/extract/gazetteerTypes';
import { gazetteerFilesFor } from '@/lib/pipeline/buildCorpus';
import { contentDirFromEnv } from '@/lib/pipeline/contentDir';
import { speakerKeyName } from '@/lib/site/gazetteerName';
import { nameVariants } from '@/lib/site/nameVariants';

let cache: Gazetteer | undefined;
// Few distinct speakers, many statements: each speaker's variants are looked up once per build.
const variants = new Map<string, string[]>();

const gazetteer = (): Gazetteer => (cache ??= loadGazetteer(gazetteerFilesFor(contentDirFromEnv())));

/** The name in `lang` for a statement's `speakerKey`, joint speakers too (see `speakerKeyName`). */
export function speakerName(key: string, lang: 'fa' | 'en', spellingInLang?: string): string | undefined {
  return speakerKeyName(gazetteer(), key, lang, spellingInLang);
}

/** Every gazetteer spelling of the actor(s) named by `speaker` (for the search index). */
export function speakerVariants(speaker: string): string[] {
  let found = variants.get(speaker);
  if (!found) {
    variants.set(speaker, (found = nameVariants(gazetteer(), speaker)));
  }
  return found;
}
