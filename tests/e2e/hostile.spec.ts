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

/** Elements hovered with the real mouse per page; elements swept with events in the page. */
const HOVER_LIMIT = 2;
const SWEEP_LIMIT = 5000;

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

    // Search boxes get a hostile query, so result rendering is exercised too.
    const search = page.locator('input[type="search"]').first();
    if (await search.count()) {
      await search.fill('<img src=x onerror=window.__pwned=1> alert');
      await search.press('Enter').catch(() => undefined);
      await page.waitForTimeout(800);
    }

    // A reader's hover and focus, for real, on the first few statements, marks and links.
    const targets = page.locator('[data-statement-id], svg a, mark, article a, main a');
    const n = Math.min(await targets.count(), HOVER_LIMIT);
    for (let i = 0; i < n; i++) {
      // force: skip actionability waits (an element under a sticky header would wait out the timeout).
      await targets.nth(i).hover({ timeout: 500, force: true }).catch(() => undefined);
      await targets.nth(i).focus({ timeout: 500 }).catch(() => undefined);
    }

    // Then every element at once, in the page: mouse and focus events on all of them, and a
    // click on every in-page target (fragment links, buttons, statements, SVG marks, summaries).
    // Links to other pages are visited as pages of their own; external ones are not followed.
    await page.evaluate((limit) => {
      const all = [...document.body.querySelectorAll('*')].slice(0, limit);
      for (const el of all) {
        for (const type of ['mouseover', 'mouseenter', 'mousemove', 'pointerover']) el.dispatchEvent(new MouseEvent(type, { bubbles: true }));
        if (el instanceof HTMLElement || el instanceof SVGElement) el.focus?.();
        el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      }
      const clickable = all.filter((el) => el.matches('a[href^="#"], button:not([type="submit"]), [data-statement-id], summary, [role="button"]'));
      for (const el of clickable) {
        if (el instanceof HTMLElement) el.click();
        else el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      }
    }, SWEEP_LIMIT).catch((error: Error) => {
      // A click may open another page of the site (framenavigated checks it stays on the site).
      if (!/context was destroyed|navigation/i.test(error.message)) throw error;
    });
    await page.waitForLoadState('load').catch(() => undefined);
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
