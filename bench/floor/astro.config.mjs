// @ts-check
// Astro's own floor for bench/build.ts (variant `floor`): as many pages as the project writes, each
// as large as the project's mean page, with nothing to read, validate, extract or lay out. What it
// costs is what Astro spends a page (request, render, response, file write) at that count and size,
// so set against the baseline it is the lowest ratio any page set of that size could reach. Like
// bench/baseline it has no package.json (`astro` resolves from the repository's node_modules) and
// is built from its own folder: `FLOOR_PAGES=… FLOOR_BYTES=… npx astro build --root . --outDir <tmp>`.
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  cacheDir: process.env.BENCH_CACHE_DIR || '/tmp/bench-astro-cache-floor',
});
