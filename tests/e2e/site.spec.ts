import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

/** The open-data export: the source of truth the pages are checked against. */
interface Exported {
  reports: { id: string; lang: 'fa' | 'en'; title: string }[];
  statements: { id: string; report: string; anchor: string; date: string; capitals: string[]; text: string; lang: 'fa' | 'en' }[];
}

let exported: Exported;
test.beforeAll(async ({ request }) => {
  const res = await request.get('data/statements.json');
  expect(res.ok()).toBe(true);
  exported = (await res.json()) as Exported;
  // The export names statements by id `<report>/<anchor>`; the anchor is the last segment.
  for (const s of exported.statements) s.anchor = s.id.slice(s.report.length + 1);
  expect(exported.statements.length).toBeGreaterThan(0);
});

const reportWithStatements = () => {
  const s = exported.statements.find((x) => exported.statements.filter((y) => y.report === x.report).length >= 2) ?? exported.statements[0]!;
  return s.report;
};

test('the language switch keeps the page, both ways', async ({ page }) => {
  const id = reportWithStatements();
  await page.goto(`reports/${id}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(new RegExp(`/en/reports/${id}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(new RegExp(`/three-capitals/reports/${id}/$`));
  for (const path of ['capitals/moscow/', 'search/', 'about/']) {
    await page.goto(path);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`/en/${path}$`));
  }
});

/** The statement links (`/reports/<id>/#<anchor>`) of the list items on the current page. */
const statementLinks = (page: Page): Promise<string[]> =>
  page.locator('[data-statement-item] a[href*="/reports/"]').evaluateAll((as) =>
    as.map((a) => { const u = new URL((a as HTMLAnchorElement).href); return u.pathname.replace(/^.*?(\/reports\/)/, '$1') + u.hash; }));

/** Absolute URLs (no query or fragment) of the links matching `selector`, SVG links included. */
const hrefs = (page: Page, selector: string): Promise<string[]> =>
  page.locator(selector).evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, location.href).href.replace(/[#?].*$/, '')));

/**
 * Opens `start` and every page reached from it by links matching `follow` (absolute URLs),
 * and returns the statement links of all of them, in visiting order, one entry per item.
 */
async function listAcross(page: Page, start: string, follow: RegExp): Promise<{ pages: number; links: string[] }> {
  const seen = new Set<string>();
  const queue = [new URL(start, test.info().project.use.baseURL!).href];
  const links: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    await page.goto(url);
    links.push(...(await statementLinks(page)));
    const next = await hrefs(page, 'a[href]');
    for (const href of next) if (follow.test(href) && !seen.has(href)) queue.push(href);
  }
  return { pages: seen.size, links };
}

const expectedLinks = (filter: (s: Exported['statements'][number]) => boolean = () => true) =>
  exported.statements.filter(filter).map((s) => `/reports/${s.report}/#${encodeURIComponent(s.anchor)}`).sort();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('home lists the newest statements and links every month; the month pages show every statement exactly once', async ({ page }) => {
    test.setTimeout(240_000);
    for (const lang of ['', 'en/']) {
      await page.goto(lang);
      const home = await statementLinks(page);
      expect(home.length).toBeGreaterThan(0);
      expect(home.length).toBeLessThanOrEqual(100);
      const months = [...new Set(await hrefs(page, 'a[href*="/months/"]'))];
      const listed: string[] = [];
      for (const href of months) {
        const month = /\/months\/(\d{4}-\d{2})\/$/.exec(href)![1]!;
        // The month page and, for a busy month, its later pages, reached through its pager.
        listed.push(...(await listAcross(page, href, new RegExp(`/${lang}months/${month}/\\d+/$`))).links);
      }
      expect([...listed].sort()).toEqual(expectedLinks());
      expect(home.filter((l) => !listed.includes(l))).toEqual([]);
    }
  });
});

test('a report page marks each statement with its anchor, capital and a label', async ({ page }) => {
  const id = reportWithStatements();
  const statements = exported.statements.filter((s) => s.report === id);
  await page.goto(`reports/${id}/`);
  for (const s of statements) {
    const target = page.locator(`[id="${s.anchor}"]`);
    await expect(target).toHaveCount(1);
    const block = page.locator(`.statement:has([id="${s.anchor}"]), .statement[id="${s.anchor}"]`).first();
    await expect(block).toHaveAttribute('data-capital', new RegExp(s.capitals[0]!));
    await expect(block.locator('.statement-label')).toBeVisible();
  }
  await expect(page.locator('.report-body')).toHaveAttribute('dir', exported.reports.find((r) => r.id === id)!.lang === 'fa' ? 'rtl' : 'ltr');
  await expect(page.locator('a[href*="/days/"]').first()).toBeVisible();
});

test('an English report inside the Persian interface reads left to right', async ({ page }) => {
  const en = exported.reports.find((r) => r.lang === 'en');
  test.skip(!en, 'no English report in the bundled content');
  await page.goto(`reports/${en!.id}/`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.report-body')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('.report-body')).toHaveAttribute('lang', 'en');
});

test('the pages of a capital list all of its statements, each once, with its speakers and years', async ({ page }) => {
  test.setTimeout(240_000);
  for (const capital of ['baku', 'moscow', 'yerevan']) {
    const expected = expectedLinks((s) => s.capitals.includes(capital));
    await page.goto(`en/capitals/${capital}/`);
    const sum = async (section: string) => (await page.locator(`section[aria-labelledby="${section}"] tbody tr td:last-child`).allInnerTexts())
      .map((c) => Number(c.trim())).reduce((a, b) => a + b, 0);
    expect(await sum('speakers')).toBe(expected.length);
    expect(await sum('years')).toBe(expected.length);
    const { links } = await listAcross(page, `en/capitals/${capital}/`, new RegExp(`/en/capitals/${capital}/(\\d+/)?$`));
    expect(links.sort()).toEqual(expected);
  }
});

test('statement items out of view are not laid out until scrolled near, yet their words are in the page from the start', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('capitals/baku/');
  const items = page.locator('[data-statement-item]');
  expect(await items.count()).toBeGreaterThan(10);
  const last = items.last();
  // `checkVisibility({ contentVisibilityAuto: true })` is false inside an item whose rendering is skipped.
  const rendered = (): Promise<boolean> => last.evaluate((el) => el.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }));
  const firstRendered = await items.first().evaluate((el) => el.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }));
  expect(firstRendered).toBe(true);
  expect(await rendered()).toBe(false);
  // Skipped, not hidden: the text is there for find-in-page, screen readers and search engines.
  expect((await last.textContent())!.trim().length).toBeGreaterThan(10);
  expect(await last.evaluate((el) => el.firstElementChild!.checkVisibility())).toBe(true);
  await last.scrollIntoViewIfNeeded();
  await expect.poll(rendered).toBe(true);
  expect((await last.boundingBox())!.height).toBeGreaterThan(40);
  // Printed, every item is laid out.
  await page.goto('capitals/baku/');
  expect(await rendered()).toBe(false);
  await page.emulateMedia({ media: 'print' });
  await expect.poll(rendered).toBe(true);
});

test('a day page shows what each capital said that day in three columns', async ({ page }) => {
  const day = exported.statements.map((s) => s.date).find((d) => new Set(exported.statements.filter((s) => s.date === d).flatMap((s) => s.capitals)).size >= 2)
    ?? exported.statements[0]!.date;
  await page.goto(`days/${day}/`);
  for (const capital of ['baku', 'moscow', 'yerevan']) {
    const expected = exported.statements.filter((s) => s.date === day && s.capitals.includes(capital)).length;
    await expect(page.locator(`section[aria-labelledby="day-${capital}"] [data-statement-item]`)).toHaveCount(expected);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  const boxes = await Promise.all(['baku', 'moscow', 'yerevan'].map((c) => page.locator(`section[aria-labelledby="day-${c}"]`).boundingBox()));
  expect(new Set(boxes.map((b) => Math.round(b!.y))).size).toBe(1);
  await page.setViewportSize({ width: 360, height: 800 });
  const stacked = await Promise.all(['baku', 'moscow', 'yerevan'].map((c) => page.locator(`section[aria-labelledby="day-${c}"]`).boundingBox()));
  expect(stacked[1]!.y).toBeGreaterThan(stacked[0]!.y);
});

async function search(page: Page, query: string, capital = '', prefix = ''): Promise<string[]> {
  await page.goto(`${prefix}search/?q=${encodeURIComponent(query)}${capital ? `&capital=${capital}` : ''}`);
  await expect(page.locator('[data-search-status]')).not.toHaveText(/^$|…/, { timeout: 15_000 });
  return page.locator('[data-search-result] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test.describe('search', () => {
  const fa = () => exported.statements.filter((s) => s.lang === 'fa');
  const words = (text: string) => text.split(/[\s«»"'،.:؛()]+/).filter((w) => w.length >= 5);

  test('finds a Persian word typed with Arabic ي and ك', async ({ page }) => {
    const s = fa().find((x) => words(x.text).some((w) => /[یک]/.test(w)))!;
    const word = words(s.text).find((w) => /[یک]/.test(w))!;
    const arabic = word.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
    expect(arabic).not.toBe(word);
    expect(await search(page, arabic)).toContain(`/three-capitals/reports/${s.report}/`);
  });

  test('the English search page finds Persian and English statements in the one index, and opens and dates them in English', async ({ page }) => {
    for (const lang of ['fa', 'en'] as const) {
      const s = exported.statements.find((x) => x.lang === lang && words(x.text).length > 0)!;
      const word = [...words(s.text)].sort((a, b) => b.length - a.length)[0]!.replace(/[,;!?]/g, '');
      expect(await search(page, word, '', 'en/')).toContain(`/three-capitals/en/reports/${s.report}/`);
      const result = page.locator('[data-search-result]').filter({ has: page.locator(`a[href$="/en/reports/${s.report}/"]`) }).first();
      const [y, m, d] = s.date.split('-').map(Number);
      const english = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
      await expect(result.locator('p').first()).toHaveText(english);
    }
    // The Persian page dates the same records in the Solar Hijri calendar, in Persian digits.
    const s = exported.statements.find((x) => x.lang === 'fa' && words(x.text).length > 0)!;
    const word = [...words(s.text)].sort((a, b) => b.length - a.length)[0]!.replace(/[,;!?]/g, '');
    expect(await search(page, word)).toContain(`/three-capitals/reports/${s.report}/`);
    await expect(page.locator('[data-search-result] p').first()).toHaveText(/^[۰-۹]+ [^\s\d]+ [۰-۹]{4}$/);
  });

  test('finds a ZWNJ word typed with a space, and the other way round', async ({ page }) => {
    const s = fa().find((x) => /\S\u200C\S/.test(x.text))!;
    const word = s.text.split(/\s+/).find((w) => w.includes('\u200C'))!.replace(/[«»"'،.:؛()]/g, '');
    expect(await search(page, word.replace(/\u200C/g, ' '))).toContain(`/three-capitals/reports/${s.report}/`);
    expect(await search(page, word)).toContain(`/three-capitals/reports/${s.report}/`);
  });

  test('finds numbers typed in Persian digits', async ({ page }) => {
    const s = exported.statements.find((x) => /[0-9۰-۹]{2,}/.test(x.text))!;
    const number = /[0-9۰-۹]{2,}/.exec(s.text)![0];
    const persian = number.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
    expect(await search(page, persian)).toContain(`/three-capitals/reports/${s.report}/`);
  });

  test('finds a speaker under another spelling of the name (زاخاروا for زاخارووا)', async ({ page }) => {
    const s = exported.statements.find((x) => /زاخارووا|Zakharova/.test(x.text));
    test.skip(!s, 'no statement by Zakharova in the bundled content');
    expect(await search(page, 'زاخاروا')).toContain(`/three-capitals/reports/${s!.report}/`);
  });

  test('shows each result in the report\'s own words, with the searched word marked as written', async ({ page }) => {
    // A capitalised word from the opening of an English report, searched in lower case: the
    // index holds a lower-cased copy, the excerpt must show the report's text.
    const textOf = async (id: string): Promise<string> => {
      await page.goto(`reports/${id}/`);
      const text = await page.locator('.report-body').evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const label of copy.querySelectorAll('.statement-label')) label.remove();
        return copy.textContent ?? '';
      });
      return text.replace(/\s+/g, ' ').trim();
    };
    let found: { id: string; text: string; word: string } | undefined;
    for (const r of exported.reports.filter((x) => x.lang === 'en')) {
      const text = await textOf(r.id);
      // Within the opening the search record keeps (160 characters).
      const word = /\b[A-Z][a-z]{5,}\b/.exec(text.slice(0, 120))?.[0];
      if (word) { found = { id: r.id, text, word }; break; }
    }
    expect(found).toBeDefined();
    const { id, text, word } = found!;
    expect(await search(page, word.toLowerCase())).toContain(`/three-capitals/reports/${id}/`);
    const result = page.locator('[data-search-result]', { has: page.locator(`a[href$="/reports/${id}/"]`) });
    const marks = await result.locator('mark').allTextContents();
    expect(marks.map((m) => m.replace(/[^\p{L}]/gu, ''))).toContain(word);
    // The excerpt is a run of the report's text (ellipses aside), not the index's copy.
    const excerpt = (await result.locator('p').last().textContent())!.replace(/^…\s*|\s*…$/g, '');
    expect(excerpt.split(' ').length).toBeGreaterThan(5);
    expect(text).toContain(excerpt.split(' ').slice(0, 6).join(' '));
  });

  test('filters by capital', async ({ page }) => {
    const all = await search(page, 'قره‌باغ');
    const baku = await search(page, 'قره‌باغ', 'baku');
    expect(baku.length).toBeGreaterThan(0);
    expect(baku.length).toBeLessThanOrEqual(all.length);
    const bakuReports = new Set(exported.statements.filter((s) => s.capitals.includes('baku')).map((s) => `/three-capitals/reports/${s.report}/`));
    for (const url of baku) expect(bakuReports.has(url)).toBe(true);
  });
});

test('pages log no console error and make no request off 127.0.0.1', async ({ page }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on('request', (r) => { const u = new URL(r.url()); if (!['127.0.0.1', 'localhost'].includes(u.hostname) && u.protocol !== 'data:') outside.push(r.url()); });
  const id = reportWithStatements();
  const day = exported.statements[0]!.date;
  for (const prefix of ['', 'en/']) {
    for (const path of ['', `reports/${id}/`, 'capitals/yerevan/', `days/${day}/`, 'search/?q=%D8%A8%D8%A7%DA%A9%D9%88', 'about/', 'capitals/']) {
      await page.goto(prefix + path);
      await page.waitForLoadState('networkidle');
    }
  }
  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
});

test.describe('accessibility (axe)', () => {
  for (const prefix of ['', 'en/']) {
    test(`no serious or critical violation on home, report, capital and search (${prefix || 'fa'})`, async ({ page }) => {
      test.setTimeout(240_000);
      for (const path of ['', `reports/${reportWithStatements()}/`, 'capitals/baku/', 'search/?q=%D8%B9%D9%84%DB%8C%E2%80%8C%D8%A7%D9%81']) {
        await page.goto(prefix + path);
        await page.waitForLoadState('networkidle');
        const result = await new AxeBuilder({ page }).analyze();
        const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad.map((v) => `${prefix + path}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      }
    });
  }
});

test('screenshots of home and a report page, fa and en, 1280 and 360 px', async ({ browser }) => {
  test.setTimeout(240_000);
  const id = reportWithStatements();
  for (const width of [1280, 360]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const [name, path] of [['home-fa', ''], ['home-en', 'en/'], ['report-fa', `reports/${id}/`], ['report-en', `en/reports/${id}/`]] as const) {
      await page.goto(new URL(path, test.info().project.use.baseURL!).href);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png`, fullPage: true });
    }
    await context.close();
  }
});

/** Every internal href/src of an HTML or CSS text, resolved against its page. */
function references(body: string, from: string, isCss: boolean): string[] {
  const found: string[] = [];
  const patterns = isCss ? [/url\(\s*["']?([^"')]+)["']?\s*\)/g] : [/\s(?:href|src)="([^"]+)"/g];
  for (const pattern of patterns) for (const m of body.matchAll(pattern)) found.push(new URL(m[1]!.replace(/&amp;/g, '&'), from).href);
  return found;
}

async function crawl(request: APIRequestContext, start: string) {
  const origin = new URL(start).origin;
  const seen = new Map<string, number>();
  const ids = new Map<string, Set<string>>();
  const fragments: [string, string, string][] = [];
  const queue = [start];
  const broken: string[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const res = await request.get(url);
    seen.set(url, res.status());
    if (!res.ok()) continue;
    const type = res.headers()['content-type'] ?? '';
    if (!/html|css/.test(type)) continue;
    const body = await res.text();
    if (type.includes('html')) ids.set(url, new Set([...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    for (const ref of references(body, url, type.includes('css'))) {
      const u = new URL(ref);
      if (u.origin !== origin) continue;
      if (!u.pathname.startsWith('/three-capitals/')) { broken.push(`${url} → ${ref} (outside the base)`); continue; }
      if (u.hash && u.hash.length > 1) fragments.push([url, u.href.replace(/#.*$/, '').replace(/\?.*$/, ''), decodeURIComponent(u.hash.slice(1))]);
      u.hash = '';
      u.search = '';
      if (!seen.has(u.href)) queue.push(u.href);
    }
  }
  for (const [url, status] of seen) if (status >= 400) broken.push(`${url} (${status})`);
  for (const [from, page, id] of fragments) if (ids.has(page) && !ids.get(page)!.has(id)) broken.push(`${from} → ${page}#${id} (no such anchor)`);
  return { seen, broken };
}

test('link check: every internal link, asset and anchor of the sub-path build resolves', async ({ request }) => {
  test.setTimeout(300_000);
  const base = test.info().project.use.baseURL!;
  const { seen, broken } = await crawl(request, base);
  for (const extra of ['en/', '404.html', 'robots.txt', 'rss.xml', 'sitemap-index.xml', 'data/statements.json', 'data/statements.csv', 'pagefind/pagefind.js']) {
    const res = await request.get(new URL(extra, base).href);
    if (!res.ok()) broken.push(`${extra} (${res.status()})`);
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(exported.reports.length * 2);
});
