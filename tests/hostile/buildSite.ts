/**
 * Runs a real `astro build` (and optionally Pagefind) of a content folder into its own output
 * and cache folders, so test builds never touch `dist/` or each other's content cache.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project root (tests/hostile/../..). */
export const ROOT = resolve(__dirname, '../..');

/** Exit status and combined output of a build. */
export interface BuildResult {
  status: number;
  output: string;
  outDir: string;
}

/** A fresh temporary folder whose name says which test made it. */
export const tempDir = (label: string): string => mkdtempSync(join(tmpdir(), `three-capitals-${label}-`));

/**
 * The test runner's environment without what Vitest adds for its own Vite (`BASE_URL`, `MODE`,
 * `DEV`, `PROD`, `SSR`, `NODE_ENV=test`, `VITEST*`): passed on, they change the child build
 * (its base path became `/`).
 */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST') || key.startsWith('VITE_')) delete env[key];
  }
  return env;
}

/**
 * Builds the site from `contentDir` into `outDir` under `/three-capitals/`.
 * @param pagefind also index the output with Pagefind (as `npm run build` does).
 */
export function buildSite(contentDir: string, outDir: string, pagefind = false): BuildResult {
  const env = {
    ...inheritedEnv(),
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: resolve(ROOT, contentDir),
    BASE_PATH: '/three-capitals/',
    SITE_URL: 'https://example.github.io',
    ASTRO_CACHE_DIR: `${outDir}-cache`,
  };
  const run = (args: string[]) => spawnSync('npx', args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const astro = run(['astro', 'build', '--outDir', outDir]);
  let output = `${astro.stdout}${astro.stderr}`;
  let status = astro.status ?? 1;
  if (status === 0 && pagefind) {
    const pf = spawnSync('bash', ['src/cli/searchIndex.sh', outDir], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    output += `${pf.stdout}${pf.stderr}`;
    status = pf.status ?? 1;
  }
  return { status, output, outDir };
}

/**
 * The hostile build to test: `HOSTILE_DIST` (made by tests/hostile/build-hostile.sh) when it
 * exists, else a fresh build of tests/hostile/reports into a temporary folder.
 */
export function hostileDist(): BuildResult {
  const given = process.env.HOSTILE_DIST;
  if (given && existsSync(join(resolve(ROOT, given), 'index.html'))) return { status: 0, output: '', outDir: resolve(ROOT, given) };
  return buildSite('tests/hostile/reports', join(tempDir('hostile'), 'dist'), true);
}

