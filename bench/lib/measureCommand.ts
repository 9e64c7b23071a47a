/**
 * Runs a command and measures its wall time, CPU time and peak memory.
 *
 * Two memory figures, because they answer different questions:
 * - `maxRssKB`: GNU `/usr/bin/time -v` "Maximum resident set size", the peak RSS of the largest
 *   single process in the tree (getrusage of waited-for children), when /usr/bin/time exists;
 * - `treePeakKB`: the peak of the SUM of VmRSS over the whole process tree (npx → node → workers),
 *   sampled from /proc every 100 ms (may miss spikes shorter than that).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';

/** What one measured run gave. */
export interface Measured {
  ok: boolean;
  exitCode: number | null;
  wallS: number;
  /** user + system CPU seconds of the tree (GNU time), or null without it. */
  cpuS: number | null;
  maxRssKB: number | null;
  treePeakKB: number;
  load1Before: number;
  load1After: number;
  /** Last lines of output, for a failed run. */
  tail: string;
}

export const HAS_GNU_TIME = existsSync('/usr/bin/time');

/** Children of every process, from /proc/<pid>/stat (field 4 is the parent pid). */
function childrenMap(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(name));
      map.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

/** Sum of VmRSS (kB) over `root` and all its descendants. */
function treeRssKB(root: number): number {
  const kids = childrenMap();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) total += Number(m[1]);
    } catch {
      // gone
    }
    stack.push(...(kids.get(pid) ?? []));
  }
  return total;
}

/** Runs `cmd args` (through GNU time when present) and measures it. */
export function measureCommand(cmd: string, args: readonly string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; log?: string } = {}): Promise<Measured> {
  const load1Before = loadavg()[0] ?? 0;
  const full = HAS_GNU_TIME ? ['/usr/bin/time', ['-v', cmd, ...args]] as const : [cmd, args] as const;
  const t0 = performance.now();
  const child = spawn(full[0], [...full[1]], { env: { ...process.env, ...opts.env }, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (b: Buffer): void => {
    out += b.toString();
    if (out.length > 400_000) out = out.slice(-200_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let treePeakKB = 0;
  const timer = setInterval(() => {
    if (child.pid) treePeakKB = Math.max(treePeakKB, treeRssKB(child.pid));
  }, 100);
  return new Promise((resolvePromise) => {
    child.on('close', (code) => {
      clearInterval(timer);
      const wallS = (performance.now() - t0) / 1000;
      const num = (re: RegExp): number | null => {
        const m = re.exec(out);
        return m ? Number(m[1]) : null;
      };
      const user = num(/User time \(seconds\): ([\d.]+)/);
      const sys = num(/System time \(seconds\): ([\d.]+)/);
      resolvePromise({
        ok: code === 0,
        exitCode: code,
        wallS,
        cpuS: user != null && sys != null ? user + sys : null,
        maxRssKB: num(/Maximum resident set size \(kbytes\): (\d+)/),
        treePeakKB,
        load1Before,
        load1After: loadavg()[0] ?? 0,
        tail: out.split('\n').filter((l) => l.trim() && !/^\s+(Command being timed|User time|System time|Percent|Elapsed|Average|Maximum|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size|Exit status)/.test(l)).slice(-25).join('\n'),
      });
    });
  });
}
