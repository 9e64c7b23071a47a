/**
 * First layouts (issue 6): how long Chromium's first `Layout` tasks take on pages of a built site,
 * beside four text-only pages that show what the script alone costs (one sentence and 60
 * paragraphs, Latin and Persian, the system font). Fresh headless Chromium per run, 1280×900,
 * 1.5 s on about:blank first; a `devtools.timeline` trace from navigation to 1.5 s after `load`.
 *
 *   npx tsx bench/layout.bench.ts [--dist dist --pages /,/en/] [--runs 3]
 *
 * Prints, per run, the first few `Layout` events' durations (ms) and the totals of layout, style
 * (`UpdateLayoutTree`) and HTML parsing, then the range of the first layout per page.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium';
import { fmt, machineNote } from './lib/stats';
import { startServer } from './timeline/staticServer';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    base: { type: 'string', default: '/' },
    pages: { type: 'string', default: '/' },
    runs: { type: 'string', default: '3' },
  },
});
const runs = Number(values.runs);

const SENTENCE = {
  latin: 'The foreign ministry of Azerbaijan said talks would continue and the Kremlin spokesman said Moscow was ready to mediate. ',
  persian: 'وزارت امور خارجه آذربایجان اعلام کرد که گفت‌وگوها ادامه دارد و سخنگوی کرملین گفت مسکو آماده میانجی‌گری است. ',
};
/** `/_layout/<script>-<paragraphs>`: text only, no styles, the system font. */
function textPage(name: string): string | null {
  const m = /^(latin|persian)-(\d+)$/.exec(name);
  if (!m) return null;
  const script = m[1] as keyof typeof SENTENCE;
  const paragraphs = Number(m[2]);
  const text = paragraphs === 1 ? SENTENCE[script] : SENTENCE[script].repeat(3);
  const body = `<p>${text}</p>`.repeat(paragraphs);
  return `<!doctype html><html lang="${script === 'latin' ? 'en' : 'fa'}" dir="${script === 'latin' ? 'ltr' : 'rtl'}"><head><meta charset="utf-8"><title>layout</title></head><body>${body}</body></html>`;
}

const server = await startServer({
  dist: values.dist ?? mkdtempSync(join(tmpdir(), 'layout-bench-')),
  base: values.base,
  dynamic: (url) => {
    const m = /^\/_layout\/([\w-]+)$/.exec(url.pathname);
    const body = m ? textPage(m[1] ?? '') : null;
    return body ? { type: 'text/html; charset=utf-8', body } : null;
  },
});
const pages = ['/_layout/latin-1', '/_layout/persian-1', '/_layout/latin-60', '/_layout/persian-60', ...(values.dist ? values.pages.split(',') : [])];

interface TraceEvent { name: string; ts: number; dur?: number }

/** One fresh browser: the trace events of loading `path`. */
async function trace(path: string): Promise<TraceEvent[]> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto('about:blank');
    await page.waitForTimeout(1500);
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    await page.goto(server.origin + path, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await browser.close();
  }
}

const durations = (events: TraceEvent[], name: string): number[] =>
  events.filter((e) => e.name === name && e.dur).sort((a, b) => a.ts - b.ts).map((e) => (e.dur ?? 0) / 1000);
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

console.log(`# first layouts — ${new Date().toISOString()}`);
console.log(`machine: ${await machineNote()}; ${runs} run(s) a page, fresh browser each`);
const firsts = new Map<string, number[]>();
// Pages alternate within each round, so a busy moment does not fall on one page's runs alone.
for (let r = 0; r < runs; r++) {
  for (const path of pages) {
    const events = await trace(path);
    const layouts = durations(events, 'Layout');
    // Layouts under 1 ms are the small relayouts after load, not the page's first.
    const first = layouts.find((d) => d >= 1) ?? 0;
    firsts.set(path, [...(firsts.get(path) ?? []), first]);
    console.log(`${path} run ${r + 1}: layouts ${layouts.slice(0, 5).map((d) => fmt(d)).join(', ')} ms (all ${fmt(sum(layouts))}), style ${fmt(sum(durations(events, 'UpdateLayoutTree')))}, parse ${fmt(sum(durations(events, 'ParseHTML')))}`);
  }
}
console.log('\n| page | first layout ms (runs) |\n|---|---|');
for (const [path, xs] of firsts) console.log(`| ${path} | ${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))} (${xs.map((x) => fmt(x)).join(', ')}) |`);
await server.close();
