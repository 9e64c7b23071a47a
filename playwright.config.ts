import { defineConfig } from '@playwright/test';

const base = process.env.BASE_PATH || '/three-capitals/';
const port = 4329;

/** Browser tests drive Debian's Chromium against the built site served under a sub-path. */
export default defineConfig({
  testDir: 'tests/e2e',
  // The hostile corpus has its own build and server: tests/e2e/hostile.config.ts.
  testIgnore: 'hostile.spec.ts',
  outputDir: 'test-results/e2e-artifacts',
  timeout: 60_000,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { BASE_PATH: base, SITE_URL: process.env.SITE_URL || 'https://example.github.io' },
  },
});
