/**
 * Benchmark pages for the peer timeline libraries (vis-timeline, timelines-chart), adapted from
 * shared/reference/anchors-bench/pages.mjs. Library code comes from node_modules through the
 * local static server (`/nm/…`); the data comes from `/peer-data.json?n=N`, fetched like the
 * project's own timeline fetches its data file. No CDN, no third-party request.
 */

/** One statement as the peer pages draw it: time (ms), capital lane 0–2, speaker index, label. */
export interface PeerItem {
  id: number;
  t: number;
  g: number;
  s: number;
  label: string;
}

export const LANES = ['Baku', 'Moscow', 'Yerevan'];

/** In-page probe shared by every page: render-complete report and the frame-time stepper. */
export const PROBE = String.raw`
const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
window.__bench = { done: false };
async function reportRendered(tStart) {
  await nextFrame(); // the frame with the drawn items starts…
  await nextFrame(); // …and has been produced once the next one starts
  window.__bench = {
    done: true, tStart, tPainted: performance.now(),
    domNodes: document.getElementsByTagName('*').length,
    heapMB: performance.memory ? performance.memory.usedJSHeapSize / 1048576 : null,
  };
}
// One step per animation frame; frame time = interval between successive rAF timestamps
// (the step's script + style/layout/paint + the wait for the next frame).
window.__stepBench = async (kind, steps) => {
  const step = window.__steps && window.__steps[kind];
  if (!step) return null;
  const reset = kind === 'pan' ? window.__zoomedReset : window.__reset;
  if (reset) reset();
  await new Promise((r) => setTimeout(r, 50)); await nextFrame(); await nextFrame();
  const stamps = [await nextFrame()];
  for (let i = 0; i < steps; i++) { step(i); stamps.push(await nextFrame()); }
  await new Promise((r) => setTimeout(r, 700)); await nextFrame(); // the project writes its view to the URL 250 ms after a gesture ends, which d3-zoom calls 150 ms after the last wheel event
  return { intervals: stamps.slice(1).map((t, i) => t - stamps[i]), domNodesAfter: document.getElementsByTagName('*').length,
    spanDays: window.__span ? window.__span() / 864e5 : null };
};
`;

const VIS = String.raw`
const el = document.getElementById('chart');
const tStart = performance.now();
const DATA = await (await fetch('/peer-data.json?n=' + N)).json();
const items = new vis.DataSet(DATA.map((d) => ({ id: d.id, group: d.g, start: d.t, content: d.label, type: 'point' })));
const groups = new vis.DataSet(LANES.map((name, id) => ({ id, content: name })));
const tl = new vis.Timeline(el, items, groups, { stack: false, onInitialDrawComplete: () => reportRendered(tStart) });
const win = () => { const w = tl.getWindow(); return [+w.start, +w.end]; };
window.__steps = {
  zoom: () => { const [a, b] = win(); const c = (a + b) / 2, h = (b - a) / 2 / 1.1; tl.setWindow(c - h, c + h, { animation: false }); },
  pan: () => { const [a, b] = win(); const d = (b - a) * 0.03; tl.setWindow(a + d, b + d, { animation: false }); },
};
let fitted = null;
window.__reset = () => { if (!fitted) { tl.fit({ animation: false }); fitted = win(); } else tl.setWindow(fitted[0], fitted[1], { animation: false }); };
window.__span = () => { const [a, b] = win(); return b - a; };
window.__zoomedReset = () => { const [a, b] = fitted || win(); const c = (a + b) / 2, h = (b - a) / 2 / 8; tl.setWindow(c - h, c + h, { animation: false }); };
`;

const TC = String.raw`
const el = document.getElementById('chart');
const tStart = performance.now();
const DATA = await (await fetch('/peer-data.json?n=' + N)).json();
const speakers = Math.max(...DATA.map((d) => d.s)) + 1;
const tcData = LANES.map((group, g) => ({ group, data: Array.from({ length: speakers }, (_, s) => ({
  label: 'Speaker ' + (s + 1),
  data: DATA.filter((d) => d.g === g && d.s === s).map((d) => ({ timeRange: [new Date(d.t), new Date(d.t + 864e5)], val: 'statement' })),
})).filter((l) => l.data.length) }));
const chart = new TimelinesChart(el).width(1200).maxHeight(600).enableAnimations(false).zQualitative(true).data(tcData);
(async () => { while (!el.querySelector('rect.series-segment')) await nextFrame(); reportRendered(tStart); })();
const extent = [Math.min(...DATA.map((d) => d.t)), Math.max(...DATA.map((d) => d.t)) + 864e5];
const cur = () => { const z = chart.zoomX(); return z && z[0] != null ? [+z[0], +z[1]] : extent; };
window.__steps = {
  zoom: () => { const [a, b] = cur(); const c = (a + b) / 2, h = (b - a) / 2 / 1.1; chart.zoomX([new Date(c - h), new Date(c + h)]); },
  pan: () => { const [a, b] = cur(); const d = (b - a) * 0.03; chart.zoomX([new Date(a + d), new Date(b + d)]); },
};
window.__reset = () => chart.zoomX([new Date(extent[0]), new Date(extent[1])]);
window.__span = () => { const [a, b] = cur(); return b - a; };
window.__zoomedReset = () => { const c = (extent[0] + extent[1]) / 2, h = (extent[1] - extent[0]) / 2 / 8; chart.zoomX([new Date(c - h), new Date(c + h)]); };
`;

const LIBS: Record<string, { head: string; body: string }> = {
  vis: {
    head: `<link rel="stylesheet" href="/nm/vis-timeline/styles/vis-timeline-graph2d.min.css">
<script src="/nm/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>`,
    body: VIS,
  },
  tc: { head: `<script src="/nm/timelines-chart/dist/timelines-chart.min.js"></script>`, body: TC },
};

export const PEERS = Object.keys(LIBS);

/** The page for peer `lib` drawing the first `n` items of the shared data set. */
export function peerPage(lib: string, n: number): string {
  const def = LIBS[lib];
  if (!def) throw new Error(`unknown peer ${lib}`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${lib} ${n}</title>
<style>body{margin:0;font:14px sans-serif} #chart{width:1200px}</style>
${def.head}
</head><body><div id="chart"></div>
<script>${PROBE}</script>
<script type="module">
const N = ${n}; const LANES = ${JSON.stringify(LANES)};
${def.body}
</script></body></html>`;
}
