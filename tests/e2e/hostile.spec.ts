/**
 * Chromium loads every page built from the hostile corpus (dist-hostile/), hovers, focuses and
 * clicks through its links, marks and controls (bounded), and nothing runs: no dialog, no
 * navigation away from the site, no page error, no request outside 127.0.0.1, no CSP
 * violation, and `window.__pwned` (what every payload sets) stays undefined.
 * Config: tests/e2e/hostile.config.ts (project "hostile"); skipped under any other project.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { listFiles } from '../hostile/scanLiveMarkup';

const DIST = fileURLToPath(new URL('../../dist-hostile', import.meta.url));
const pages = existsSync(DIST)
  ? listFiles(DIST)
      .filter((f) => f.endsWith('index.html') || f === '404.html')
      .map((f) => (f === '404.html' ? f : f.replace(/index\.html$/, '')))
  : [];

/** At most this many elements hovered/focused, and clicked, per page. */
const HOVER_LIMIT = 40;
const CLICK_LIMIT = 15;

/** What went wrong on one page. */
interface Incidents {
  dialogs: string[];
  errors: string[];
  outside: string[];
  navigations: string[];
  csp: string[];
}

function watch(page: Page, origin: string, base: string): Incidents {
  const found: Incidents = { dialogs: [], errors: [], outside: [], navigations: [], csp: [] };
  page.on('dialog', (d) => {
    found.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (e) => found.errors.push(e.message));
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) found.csp.push(m.text());
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !frame.url().startsWith(`${origin}${base}`)) found.navigations.push(frame.url());
  });
  return found;
}

test.describe.configure({ mode: 'parallel' });

test('the hostile build exists (run tests/hostile/build-hostile.sh first)', () => {
  test.skip(test.info().project.name !== 'hostile', 'runs only under tests/e2e/hostile.config.ts');
  expect(pages.length).toBeGreaterThan(40);
});

for (const path of pages) {
  test(`nothing runs on /${path}`, async ({ page, context, baseURL }) => {
    test.skip(test.info().project.name !== 'hostile', 'runs only under tests/e2e/hostile.config.ts');
    const url = new URL(path, baseURL);
    const origin = url.origin;
    const base = new URL(baseURL!).pathname;
    const found = watch(page, origin, base);

    await context.route('**/*', (route) => {
      const target = route.request().url();
      if (new URL(target).hostname === '127.0.0.1') return route.continue();
      found.outside.push(target);
      return route.abort();
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });

    await page.goto(url.href, { waitUntil: 'load' });
    const home = page.url();

    // Search boxes get a hostile query, so result rendering is exercised too.
    const search = page.locator('input[type="search"]').first();
    if (await search.count()) {
      await search.fill('<img src=x onerror=window.__pwned=1> alert');
      await search.press('Enter').catch(() => undefined);
      await page.waitForTimeout(800);
    }

    // Hover and focus what a reader would: links, buttons, marks, statement blocks, focusables.
    const targets = page.locator('a, button, [tabindex], [data-statement-id], svg a, svg [role="button"], summary, mark');
    const n = Math.min(await targets.count(), HOVER_LIMIT);
    for (let i = 0; i < n; i++) {
      const el = targets.nth(i);
      if (!(await el.isVisible().catch(() => false))) continue;
      await el.hover({ timeout: 1000 }).catch(() => undefined);
      await el.focus({ timeout: 1000 }).catch(() => undefined);
    }

    // Click in-page targets: fragment links, buttons, marks, statements. Links to other pages
    // are visited on their own; external links are checked for their scheme, not followed.
    const clickable = page.locator('a[href^="#"], button, [data-statement-id], svg a, summary');
    const m = Math.min(await clickable.count(), CLICK_LIMIT);
    for (let i = 0; i < m; i++) {
      const el = clickable.nth(i);
      if (!(await el.isVisible().catch(() => false))) continue;
      await el.click({ timeout: 1000, noWaitAfter: true, position: { x: 2, y: 2 } }).catch(() => undefined);
      if (page.url().split('#')[0] !== home.split('#')[0]) {
        await page.goto(url.href, { waitUntil: 'load' }).catch(() => undefined);
      }
    }
    const badLinks = await page.$$eval('a[href]', (as) =>
      as.map((a) => a.getAttribute('href') ?? '').filter((h) => /^\s*(javascript|vbscript|data|file):/i.test(h.replace(/[\u0000-\u0020]/g, ''))),
    );

    await page.waitForTimeout(300);
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect({ ...found, csp: [...found.csp, ...csp], badLinks, pwned }).toEqual({
      dialogs: [],
      errors: [],
      outside: [],
      navigations: [],
      csp: [],
      badLinks: [],
      pwned: undefined,
    });
  });
}
