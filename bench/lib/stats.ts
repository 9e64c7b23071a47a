/** Small statistics helpers for benchmark figures. */

/** Median of the finite values (null when there are none). */
export function median(xs: readonly number[]): number | null {
  return percentile(xs, 50);
}

/** Nearest-rank percentile p (0–100) of the finite values (null when there are none). */
export function percentile(xs: readonly number[], p: number): number | null {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(s.length, rank) - 1] ?? null;
}

/** `x` with `d` decimals, or "–" for a missing figure. */
export const fmt = (x: number | null | undefined, d = 0): string => (x == null || !Number.isFinite(x) ? '–' : x.toFixed(d));

/** The machine's load averages and core count, printed with every run (the machine is shared). */
export async function machineNote(): Promise<string> {
  const os = await import('node:os');
  const [l1, l5] = os.loadavg();
  return `${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load avg 1m ${fmt(l1, 2)} / 5m ${fmt(l5, 2)}, node ${process.version}`;
}
