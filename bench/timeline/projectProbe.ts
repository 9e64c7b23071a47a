/**
 * In-page probe for the project's home page (injected before the page's scripts, after PROBE).
 * Filled in against the TIMELINE widget's code: when it is fully drawn, and how to zoom and pan it.
 */
export const PROJECT_PROBE = String.raw`
(() => {
  const CHART = '[data-timeline], .timeline, #timeline';
  const drawn = () => {
    const el = document.querySelector(CHART);
    return el && el.querySelector('circle, rect, path, canvas') ? el : null;
  };
  (async () => {
    while (!drawn()) await nextFrame();
    reportRendered(null);
  })();
})();
`;
