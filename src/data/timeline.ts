import { toTimelineData, toTimelineFiles, toTimelineItem } from '@/scripts/timeline/timelineData';
import { getStatements } from './statements';

let files: ReturnType<typeof load> | undefined;

async function load() {
  return toTimelineFiles(toTimelineData((await getStatements()).map(toTimelineItem)));
}

/** The timeline's three data files (`data/timeline.json`, `-links`, `-words`), packed once per build. */
export const getTimelineFiles = (): ReturnType<typeof load> => (files ??= load());
