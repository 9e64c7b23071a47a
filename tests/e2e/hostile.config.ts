import { defineConfig } from '@playwright/test';

const base = '/three-capitals/';
const port = 4339;

/**
 * The hostile browser test: serves dist-hostile/ (built by tests/hostile/build-hostile.sh,
 * never by this config) on its own port, so it can run beside the main browser tests.
 * Run: bash tests/hostile/build-hostile.sh && npx playwright test -c tests/e2e/hostile.config.ts
 */
export default defineConfig({
  testDir: '.',
  testMatch: 'hostile.spec.ts',
  outputDir: '../../test-results/e2e-hostile-artifacts',
  timeout: 60_000,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e-hostile.json' }]],
  projects: [{ name: 'hostile' }],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port} --outDir dist-hostile --ignore-lock`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { BASE_PATH: base, SITE_URL: 'https://example.github.io', CONTENT_DIR: 'tests/hostile/reports' },
  },
});
