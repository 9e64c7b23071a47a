/**
 * The content collection of the report pipeline: `reports` (fields, statements, rendered HTML),
 * from one memoised `buildCorpus` over `CONTENT_DIR` (default `content/`). Any problem in any
 * report fails the build with every problem listed.
 */
import { defineCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { CAPITALS } from './lib/capitals';
import { formatProblem } from './lib/errors';
import { contentDirFromEnv } from './lib/pipeline/contentDir';
import type { Corpus } from './lib/pipeline/corpusTypes';
import { getProjectCorpus } from './lib/pipeline/projectCorpus';
import { formatSummary } from './lib/pipeline/summarise';

const statementSchema = z.object({
  id: z.string(),
  anchor: z.string(),
  report: z.string(),
  date: z.string(),
  block: z.number().int(),
  line: z.number().int(),
  capitals: z.array(z.enum(CAPITALS)).min(1),
  speaker: z.string(),
  speakerKey: z.string().optional(),
  kind: z.enum(['direct', 'indirect']),
  text: z.string(),
  lang: z.enum(['fa', 'en']),
});

const reportSchema = z.object({
  file: z.string(),
  title: z.string(),
  date: z.string(),
  lang: z.enum(['fa', 'en']),
  source: z.string().optional(),
  url: z.string().optional(),
  bodyLine: z.number().int(),
  blockCount: z.number().int(),
  statements: z.array(statementSchema),
});

/** The build fails here, naming every file, field and line, when any report has a problem. */
function corpusOrThrow(fresh: boolean): Corpus {
  const corpus = getProjectCorpus(contentDirFromEnv(), fresh);
  if (corpus.problems.length > 0) {
    const n = corpus.problems.length;
    throw new AstroError(
      `${n} problem${n === 1 ? '' : 's'} in the reports (${contentDirFromEnv()}):\n${corpus.problems.map(formatProblem).join('\n')}`,
      'Fix each report named above (the hint under each line says how), then build again. `npm run extract -- DIR` checks a folder without building the site.',
    );
  }
  return corpus;
}

/**
 * Rebuilds on edits in `npm run dev`. The watcher can report one edit more than once; it is
 * counted once, so the corpus is rebuilt once and the repeats reuse it.
 */
let changes = 0;
let builtAt = 0;
let lastEvent = '';

function pipelineLoader(name: string, fill: (corpus: Corpus, context: LoaderContext) => Promise<void>): Loader {
  return {
    name,
    load: async (context) => {
      const run = async () => {
        const fresh = changes > builtAt;
        builtAt = changes;
        const corpus = corpusOrThrow(fresh);
        context.store.clear();
        await fill(corpus, context);
      };
      await run();
      const dir = contentDirFromEnv();
      context.watcher?.add(dir);
      context.watcher?.on('all', (event, path, stats) => {
        if (!path.startsWith(dir) || !/\.(md|ya?ml)$/i.test(path)) return;
        const key = `${event}:${path}:${stats?.mtimeMs ?? ''}`;
        if (key !== lastEvent) {
          lastEvent = key;
          changes += 1;
        }
        run().catch((error: unknown) => context.logger.error(String((error as Error).message)));
      });
    },
  };
}

const reports = defineCollection({
  loader: pipelineLoader('three-capitals-reports', async (corpus, { store, parseData, logger }) => {
    logger.info(`extraction summary\n${formatSummary(corpus.summary)}`);
    for (const { html, id, ...fields } of corpus.reports) {
      const data = await parseData({ id, data: { ...fields } });
      store.set({ id, data, rendered: { html } });
    }
  }),
  schema: reportSchema,
});

// Statements live inside their reports (`src/data/statements.ts` gathers them): a second
// collection doubled the content store that every build writes, bundles and loads again.
export const collections = { reports };
