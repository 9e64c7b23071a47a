/**
 * The project's statement extractor (EXTRACTOR's modules), in the shape `buildCorpus` calls.
 */
import { applyCorrections } from '../extract/applyCorrections';
import { extractStatements } from '../extract/extractStatements';
import type { Gazetteer } from '../extract/gazetteerTypes';
import { loadGazetteer } from '../extract/loadGazetteer';
import { speakerIds } from '../extract/speakerIdentity';
import type { Extractor } from './corpusTypes';

/** `loadGazetteer`, `extractStatements`, `applyCorrections` and `speakerIds` from `src/lib/extract/`. */
export const projectExtractor: Extractor<Gazetteer> = { loadGazetteer, extractStatements, applyCorrections, speakerIds };
