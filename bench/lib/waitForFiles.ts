/** Polling for modules other helpers are still writing, so a benchmark can start before they exist. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Resolves when every file exists (paths relative to the repository root), polling every
 * `everyMs`; rejects after `timeoutMs` naming the files still missing.
 */
export async function waitForFiles(files: readonly string[], timeoutMs: number, everyMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const missing = files.filter((f) => !existsSync(resolve(f)));
    if (missing.length === 0) return;
    if (Date.now() > deadline) throw new Error(`still missing after ${Math.round(timeoutMs / 1000)} s: ${missing.join(', ')}`);
    console.error(`waiting for: ${missing.join(', ')}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
