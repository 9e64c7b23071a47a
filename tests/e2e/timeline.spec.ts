import { expect, test, type Page } from '@playwright/test';
import { WORDS_PER_FILE } from '../../src/scripts/timeline/timelineData';
import { GEOMETRY } from '../../src/scripts/timeline/timelineLayout';

/** Statement count from the open-data export, the source of truth the timeline is checked against. */
let statementCount = 0;
test.beforeAll(async ({ request }) => {
  const res = await request.get('data/statements.json');
  expect(res.ok()).toBe(true);
  statementCount = ((await res.json()) as { statements: unknown[] }).statements.length;
  expect(statementCount).toBeGreaterThan(0);
});

/** Opens a page with the timeline and waits until `<tc-timeline>` has taken over; collects console errors. */
async function openTimeline(page: Page, path: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  await expect(page.locator('tc-timeline[data-ready]')).toHaveCount(1);
  return errors;
}

/** Sum over the drawn marks: 1 per statement mark, n per count mark. */
const drawnTotal = (page: Page): Promise<number> =>
  page.$$eval('tc-timeline .tl-marks [data-key]', (els) =>
    els.reduce((sum, el) => sum + (el.classList.contains('tl-count') ? Number(el.getAttribute('data-n')) : 1), 0));

const tickLabels = (page: Page): Promise<string[]> => page.locator('tc-timeline .tl-tick text').allTextContents();

for (const [lang, home] of [['fa', './'], ['en', 'en/']] as const) {
  test(`${lang}: the timeline shows a mark or a count for every statement, without and with JavaScript`, async ({ page, browser }) => {
    const errors = await openTimeline(page, home);
    expect(await drawnTotal(page)).toBe(statementCount);
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const static_ = await noJs.newPage();
    await static_.goto(page.url());
    expect(await drawnTotal(static_)).toBe(statementCount);
    await noJs.close();
    expect(errors).toEqual([]);
  });

  test(`${lang}: turning a capital off hides its lane and goes into the URL`, async ({ page }) => {
    const errors = await openTimeline(page, home);
    const lane = page.locator('tc-timeline .tl-lane-marks[data-lane="moscow"]');
    await expect(lane).toBeVisible();
    await page.locator('tc-timeline input[data-capital="moscow"]').uncheck();
    await expect(lane).toBeHidden();
    await expect(page.locator('tc-timeline .tl-lane[data-lane="moscow"]')).toBeHidden();
    await expect(page).toHaveURL(/capitals=baku%2Cyerevan|capitals=baku,yerevan/);
    await page.locator('tc-timeline input[data-capital="moscow"]').check();
    await expect(lane).toBeVisible();
    expect(errors).toEqual([]);
  });

  test(`${lang}: zooming in changes the axis, and the view is kept in the URL`, async ({ page }) => {
    const errors = await openTimeline(page, home);
    const before = await tickLabels(page);
    for (let i = 0; i < 4; i++) await page.locator('tc-timeline button[data-zoom="in"]').click();
    await expect.poll(() => tickLabels(page)).not.toEqual(before);
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    // The URL is written once the view has settled; wait until it stops changing.
    await expect.poll(async () => {
      const url = page.url();
      await page.waitForTimeout(400);
      return page.url() === url;
    }).toBe(true);
    const zoomed = await tickLabels(page);
    await page.reload();
    await expect(page.locator('tc-timeline[data-ready]')).toHaveCount(1);
    await expect.poll(() => tickLabels(page)).toEqual(zoomed);
    await page.locator('tc-timeline button[data-zoom="reset"]').click();
    await expect.poll(() => tickLabels(page)).toEqual(before);
    expect(errors).toEqual([]);
  });

  test(`${lang}: activating a mark lands on the statement's anchor on its report page`, async ({ page }) => {
    const errors = await openTimeline(page, home);
    const mark = page.locator('tc-timeline .tl-mark').first();
    const href = (await mark.getAttribute('href'))!;
    expect(href).toMatch(lang === 'fa' ? /^\/three-capitals\/reports\/.+\/#.+/ : /^\/three-capitals\/en\/reports\/.+\/#.+/);
    await mark.focus();
    await expect(page.locator('tc-timeline .tl-tip')).toBeVisible();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash.length > 1);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${anchor}"]`)).toBeVisible();
    await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
    expect(errors).toEqual([]);
  });
}

test('fa: a count mark zooms into its range and splits; ArrowLeft moves later in time', async ({ page }) => {
  const errors = await openTimeline(page, './');
  const count = page.locator('tc-timeline .tl-count').first();
  test.skip((await count.count()) === 0, 'no statements close enough to merge');
  const n = Number(await count.getAttribute('data-n'));
  await count.click();
  await expect(page).toHaveURL(/from=/);
  await expect.poll(() => page.locator('tc-timeline .tl-marks [data-key]').count()).toBeGreaterThan(1);
  expect(await drawnTotal(page)).toBeGreaterThanOrEqual(n);
  const from = () => new URL(page.url()).searchParams.get('from') ?? '';
  await page.locator('tc-timeline button[data-zoom="in"]').click();
  await expect(page).toHaveURL(/from=/);
  const before = from();
  await page.locator('tc-timeline svg.tl-chart').focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(from).not.toBe(before);
  expect(from() > before).toBe(true);
  expect(errors).toEqual([]);
});

test('en: marks re-used across zoom levels still account for every statement once, with their own labels', async ({ page }) => {
  const errors = await openTimeline(page, 'en/');
  for (let i = 0; i < 5; i++) await page.locator('tc-timeline button[data-zoom="in"]').click();
  for (let i = 0; i < 5; i++) await page.locator('tc-timeline button[data-zoom="out"]').click();
  await expect.poll(() => drawnTotal(page)).toBe(statementCount);
  const marks = await page.$$eval('tc-timeline .tl-marks [data-key]', (els) =>
    els.map((el) => ({ key: el.getAttribute('data-key'), i: el.getAttribute('data-i'), n: el.getAttribute('data-n'), text: el.querySelector('text')?.textContent ?? null })));
  expect(new Set(marks.map((m) => m.key)).size).toBe(marks.length);
  for (const m of marks) {
    if (m.i !== null) expect(m.key).toBe(`i${m.i}`);
    else expect(m.text).toBe(m.n);
  }
  expect(errors).toEqual([]);
});

test('fa: the tooltip shows the statement\'s first words, loaded on first hover from the words file of its part', async ({ page, request }) => {
  const errors = await openTimeline(page, './');
  const wordsRequests: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/data/timeline-words')) wordsRequests.push(new URL(r.url()).pathname); });
  const mark = page.locator('tc-timeline .tl-mark').first();
  const i = Number(await mark.getAttribute('data-i'));
  const part = `data/timeline-words/${Math.floor(i / WORDS_PER_FILE)}.json`;
  const words = (await (await request.get(part)).json()) as string[];
  await mark.hover();
  await expect(page.locator('tc-timeline .tl-tip')).toBeVisible();
  await expect(page.locator('tc-timeline .tl-tip span')).toHaveText(words[i % WORDS_PER_FILE]!);
  expect(wordsRequests).toEqual([`/three-capitals/${part}`]);
  expect(errors).toEqual([]);
});

test('fa: a words part that failed to load is asked for again on the next hover', async ({ page, request }) => {
  await openTimeline(page, './');
  const mark = page.locator('tc-timeline .tl-mark').first();
  const i = Number(await mark.getAttribute('data-i'));
  const part = `data/timeline-words/${Math.floor(i / WORDS_PER_FILE)}.json`;
  const words = (await (await request.get(part)).json()) as string[];
  let asked = 0;
  await page.route(`**/${part}`, (route) => (++asked === 1 ? route.abort() : route.continue()));
  const tip = page.locator('tc-timeline .tl-tip span');
  await mark.hover();
  await expect.poll(() => asked).toBe(1);
  await expect(tip).toHaveText('');
  await page.mouse.move(0, 0);
  await mark.hover();
  await expect(tip).toHaveText(words[i % WORDS_PER_FILE]!);
  expect(asked).toBe(2);
});

test('en: the tooltip\'s words run in their own direction (a Persian statement right to left on the English page)', async ({ page }) => {
  const errors = await openTimeline(page, 'en/');
  const marks = page.locator('tc-timeline .tl-mark');
  const seen = new Set<string>();
  for (let n = 0; n < Math.min(12, await marks.count()); n++) {
    await marks.nth(n).hover();
    const span = page.locator('tc-timeline .tl-tip span');
    await expect(span).not.toHaveText('');
    const text = (await span.textContent())!;
    const direction = await span.evaluate((el) => getComputedStyle(el).direction);
    expect(direction).toBe(/[\u0600-\u06FF]/.test(text.trim()[0]!) ? 'rtl' : 'ltr');
    seen.add(direction);
  }
  expect(seen.has('rtl')).toBe(true);
  expect(errors).toEqual([]);
});

test('en: the marks and the axis are painted on the canvas; during a drag only the canvas moves, and the SVG links and axis follow when it ends', async ({ page }) => {
  const errors = await openTimeline(page, 'en/');
  // Zoom in first, so a drag moves marks.
  for (let i = 0; i < 3; i++) await page.locator('tc-timeline button[data-zoom="in"]').click();
  const canvas = page.locator('tc-timeline canvas.tl-canvas');
  await expect(canvas).toBeVisible();
  const pixels = (): Promise<string> =>
    canvas.evaluate((el: HTMLCanvasElement) => {
      const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
      let n = 0;
      let sum = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) { n++; sum += i; }
      return `${n}:${sum}`;
    });
  const links = (): Promise<string[]> =>
    page.$$eval('tc-timeline .tl-marks [data-key]', (els) => els.map((el) => `${el.getAttribute('data-key')}@${el.getAttribute('transform')}`));
  const paintedBefore = await pixels();
  expect(Number(paintedBefore.split(':')[0])).toBeGreaterThan(50);
  const linksBefore = await links();
  const before = await tickLabels(page);
  const box = (await page.locator('tc-timeline svg.tl-chart').boundingBox())!;
  const y = box.y + box.height - 40;
  await page.mouse.move(box.x + box.width * 0.7, y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(box.x + box.width * (0.7 - i * 0.06), y);
  // Mid-gesture: the canvas has been repainted at the new view, the links are untouched.
  await expect.poll(pixels).not.toBe(paintedBefore);
  expect(await links()).toEqual(linksBefore);
  // The axis too is painted on the canvas (the band under the rule), and the SVG axis waits, hidden and unchanged.
  const axis = page.locator('tc-timeline svg.tl-chart .tl-axis');
  const axisInk = (): Promise<number> =>
    canvas.evaluate((el: HTMLCanvasElement) => {
      const ratio = el.width / el.clientWidth;
      const axisY = Number(/translate\(0,([\d.]+)\)/.exec(el.parentElement!.querySelector('.tl-axis')!.getAttribute('transform')!)![1]);
      const data = el.getContext('2d')!.getImageData(0, Math.round((axisY + 3) * ratio), el.width, Math.round(20 * ratio)).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
  expect(await axis.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
  expect(await axisInk()).toBeGreaterThan(50);
  expect(await tickLabels(page)).toEqual(before);
  // Under the canvas the stale SVG links paint nothing (an underline under a count's label once did).
  const chart = page.locator('tc-timeline svg.tl-chart');
  await canvas.evaluate((el) => el.style.setProperty('visibility', 'hidden'));
  const withLinks = await chart.screenshot();
  await chart.evaluate((el) => (el.querySelector('.tl-marks') as SVGElement).style.setProperty('visibility', 'hidden'));
  expect((await chart.screenshot()).equals(withLinks)).toBe(true);
  await chart.evaluate((el) => (el.querySelector('.tl-marks') as SVGElement).style.removeProperty('visibility'));
  await canvas.evaluate((el) => el.style.removeProperty('visibility'));
  await page.mouse.up();
  await expect.poll(links).not.toEqual(linksBefore);
  await expect.poll(() => tickLabels(page)).not.toEqual(before);
  // Once the gesture ends the SVG axis is shown at the new view and the canvas holds only the marks.
  expect(await axis.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
  expect(await axisInk()).toBe(0);
  const keys = (await links()).map((l) => l.split('@')[0]);
  expect(new Set(keys).size).toBe(keys.length);
  expect(keys.length).toBeGreaterThan(0);
  // The SVG marks themselves are transparent links (the canvas shows them); without JavaScript they are drawn, as the first test checks.
  expect(await page.locator('tc-timeline .tl-marks path').first().evaluate((el) => getComputedStyle(el).fill)).toBe('rgba(0, 0, 0, 0)');
  expect(errors).toEqual([]);
});

for (const [lang, home] of [['fa', './'], ['en', 'en/']] as const) {
  test(`${lang}: the overview's brush spans the view, follows a drag while it lasts, and its pointer target catches up at the end`, async ({ page }) => {
    const errors = await openTimeline(page, home);
    const fill = page.locator('tc-timeline .tl-brush-fill');
    const rect = page.locator('tc-timeline rect.tl-brush');
    // The geometry's box (Playwright's boundingBox counts an SVG shape's stroke).
    const box = (l: typeof fill): Promise<{ x: number; width: number }> =>
      l.evaluate((el) => {
        const b = el.getBoundingClientRect();
        return { x: b.x, width: b.width };
      });
    const ov = (await page.locator('tc-timeline svg.tl-overview').boundingBox())!;
    const { pad } = GEOMETRY;
    // The whole range: the brush spans the overview between its paddings (to the whole days the
    // view is rounded to), and is seen (the rect is only the target).
    const whole = await box(fill);
    expect(Math.abs(whole.x - (ov.x + pad))).toBeLessThan(3);
    expect(Math.abs(whole.width - (ov.width - 2 * pad))).toBeLessThan(3);
    expect(await rect.evaluate((el) => getComputedStyle(el).fill)).toBe('rgba(0, 0, 0, 0)');
    expect(await fill.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    // Three zoom-in clicks (×1.6 each, about the centre): a brush 1.6³ times narrower, and the rect with it.
    for (let i = 0; i < 3; i++) await page.locator('tc-timeline button[data-zoom="in"]').click();
    const zoomed = await box(fill);
    expect(Math.abs(zoomed.width - whole.width / 1.6 ** 3)).toBeLessThan(1.5);
    expect(Math.abs(zoomed.x + zoomed.width / 2 - (whole.x + whole.width / 2))).toBeLessThan(1.5);
    const target = await box(rect);
    expect(Math.abs(target.x - zoomed.x)).toBeLessThan(1);
    expect(Math.abs(target.width - zoomed.width)).toBeLessThan(1);
    // Dragging the chart to the left shows what lay to its right: the brush moves right by the
    // drag's distance over the zoom (the overview maps time to x as the whole chart does).
    const chart = (await page.locator('tc-timeline svg.tl-chart').boundingBox())!;
    const y = chart.y + chart.height - 40;
    const drag = chart.width * 0.3;
    await page.mouse.move(chart.x + chart.width * 0.7, y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(chart.x + chart.width * 0.7 - (drag * i) / 5, y);
    await expect.poll(async () => (await box(fill)).x).toBeGreaterThan(zoomed.x + 10);
    const moved = await box(fill);
    expect(Math.abs(moved.x - zoomed.x - drag / 1.6 ** 3)).toBeLessThan(2);
    expect(Math.abs(moved.width - zoomed.width)).toBeLessThan(1);
    expect(await box(rect)).toEqual(target);
    await page.mouse.up();
    await expect.poll(async () => Math.abs((await box(rect)).x - moved.x)).toBeLessThan(1);
    expect(errors).toEqual([]);
  });
}

test('en: dragging the overview\'s brush pans the chart; the brush follows the pointer during the drag', async ({ page }) => {
  const errors = await openTimeline(page, 'en/');
  for (let i = 0; i < 3; i++) await page.locator('tc-timeline button[data-zoom="in"]').click();
  const fill = page.locator('tc-timeline .tl-brush-fill');
  const x = (): Promise<number> => fill.evaluate((el) => el.getBoundingClientRect().x);
  const width = (): Promise<number> => fill.evaluate((el) => el.getBoundingClientRect().width);
  const before = { x: await x(), width: await width(), ticks: await tickLabels(page) };
  const ov = (await page.locator('tc-timeline svg.tl-overview').boundingBox())!;
  const y = ov.y + ov.height / 2;
  const grab = before.x + before.width / 2;
  await page.mouse.move(grab, y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(grab - i * 20, y);
  // Mid-drag the brush has moved with the pointer (100 px left), keeping its width.
  await expect.poll(async () => Math.abs((await x()) - (before.x - 100))).toBeLessThan(2);
  expect(Math.abs((await width()) - before.width)).toBeLessThan(1);
  await page.mouse.up();
  // The chart shows an earlier range, and the pointer's target has caught up with the boxes.
  await expect.poll(() => tickLabels(page)).not.toEqual(before.ticks);
  const rectX = await page.locator('tc-timeline rect.tl-brush').evaluate((el) => el.getBoundingClientRect().x);
  expect(Math.abs(rectX - (await x()))).toBeLessThan(1);
  await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('from'))).not.toBeNull();
  expect(errors).toEqual([]);
});

test('en: after the window is resized, the canvas still writes counts in the page\'s font, centred on their marks', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const errors = await openTimeline(page, 'en/');
  const canvas = page.locator('tc-timeline canvas.tl-canvas');
  // What a count label is drawn with: the context's text state (a resized canvas resets it).
  const textState = (): Promise<string> =>
    canvas.evaluate((el: HTMLCanvasElement) => {
      const c = el.getContext('2d')!;
      return `${c.font} | ${c.textAlign} | ${c.textBaseline}`;
    });
  const before = await textState();
  expect(before).toMatch(/^bold 10px "Vazirmatn Variable".* \| center \| middle$/);
  const width = await canvas.evaluate((el: HTMLCanvasElement) => el.width);
  await page.setViewportSize({ width: 900, height: 900 });
  await expect.poll(() => canvas.evaluate((el: HTMLCanvasElement) => el.width)).toBeLessThan(width);
  expect(await textState()).toBe(before);
  expect(errors).toEqual([]);
});

test('fa: a focused mark keeps the focus (or hands it to its nearest neighbour) through a wheel zoom', async ({ page }) => {
  const errors = await openTimeline(page, './');
  const first = page.locator('tc-timeline .tl-marks [data-key]').first();
  await first.focus();
  const box = (await page.locator('tc-timeline svg.tl-chart').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -120);
  await page.waitForTimeout(400);
  expect(await page.evaluate(() => document.activeElement?.closest('tc-timeline .tl-marks') !== null && document.activeElement?.hasAttribute('data-key'))).toBe(true);
  // Its outline is shown again at its new place once the gesture is over.
  expect(await page.locator('tc-timeline .tl-stale').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('fa: the first draw loads only the drawing columns; the links load on the first gesture and every new mark links to its statement', async ({ page, request }) => {
  const linksRequests: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/data/timeline-links.json')) linksRequests.push(r.url()); });
  const errors = await openTimeline(page, './');
  await page.waitForTimeout(500);
  expect(linksRequests).toEqual([]);
  const exported = (await (await request.get('data/statements.json')).json()) as { statements: { path: string }[] };
  const paths = new Set(exported.statements.map((s) => s.path));
  const svgMarks = (): Promise<{ key: string | null; href: string | null }[]> =>
    page.$$eval('tc-timeline .tl-mark', (els) => els.map((el) => ({ key: el.getAttribute('data-key'), href: el.getAttribute('href') })));
  // The page's first view, as its HTML has it.
  const first = new Set((await svgMarks()).map((m) => m.key));
  await page.locator('tc-timeline button[data-zoom="in"]').click();
  await expect.poll(() => linksRequests.length).toBe(1);
  // Until the links file has loaded, the SVG marks wait (the canvas shows the view); then they
  // follow it, with marks the first view did not have. Waiting for those, not for the request
  // alone, keeps a slow load from leaving the first view's marks in place (a CI run failed so).
  await expect.poll(async () => (await svgMarks()).some((m) => !first.has(m.key))).toBe(true);
  const zoomedOnce = await svgMarks();
  for (let i = 0; i < 6; i++) await page.locator('tc-timeline button[data-zoom="in"]').click();
  const zoomedIn = await svgMarks();
  await page.locator('tc-timeline button[data-zoom="reset"]').click();
  await expect.poll(() => drawnTotal(page)).toBe(statementCount);
  const marks = [...zoomedOnce, ...zoomedIn, ...(await svgMarks())];
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(paths.has(decodeURI(m.href ?? ''))).toBe(true);
  // Statement marks that the first view did not have were made from the links file.
  const made = marks.filter((m) => !first.has(m.key));
  expect(made.length).toBeGreaterThan(0);
  expect(linksRequests.length).toBe(1);
  expect(errors).toEqual([]);
});
