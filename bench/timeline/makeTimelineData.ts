/**
 * Writes the timeline's data file (`TimelineData`, the format of `data/timeline.json`) for a
 * folder of reports without building the site: the PIPELINE's `buildCorpus` with the project's
 * extractor, then the TIMELINE owner's own `toTimelineItem` / `toTimelineData`.
 *   npx tsx bench/timeline/makeTimelineData.ts --content DIR --out FILE.json
 * Used by timeline.bench.ts (`--data-file`) when no site has been built from a large enough corpus.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../../src/lib/pipeline/buildCorpus';
import { projectExtractor } from '../../src/lib/pipeline/projectExtractor';
import { toTimelineData, toTimelineItem } from '../../src/scripts/timeline/timelineData';

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } });
if (!values.content || !values.out) {
  console.error('usage: npx tsx bench/timeline/makeTimelineData.ts --content DIR --out FILE.json');
  process.exit(2);
}
const corpus = buildCorpus(resolve(values.content), { extract: projectExtractor });
if (corpus.problems.length > 0) console.error(`${corpus.problems.length} problems (first: ${JSON.stringify(corpus.problems[0])})`);
const data = toTimelineData(corpus.statements.map(toTimelineItem));
writeFileSync(values.out, JSON.stringify(data));
console.log(`${corpus.reports.length} reports, ${data.day.length} statements → ${values.out}`);
