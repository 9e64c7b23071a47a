import type { TimelineItem } from './timelineData';
import { CAPITALS } from '../../lib/capitals';

/** For tests, the demo and benchmarks: `n` statements spread over 2020-09-01…2024-08-31, deterministic (a small LCG). */
export function syntheticItems(n: number, seed = 7): TimelineItem[] {
  let s = seed;
  const rand = (): number => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const start = Date.UTC(2020, 8, 1);
  const span = Date.UTC(2024, 7, 31) - start;
  return Array.from({ length: n }, (_, i) => ({
    id: `r${Math.floor(i / 3)}/s${i}`,
    date: new Date(start + Math.floor(rand() * (span / 86_400_000)) * 86_400_000).toISOString().slice(0, 10),
    capitals: [CAPITALS[i % 3]!],
    speaker: `speaker ${i % 17}`,
    words: `words of statement ${i}`,
  }));
}
