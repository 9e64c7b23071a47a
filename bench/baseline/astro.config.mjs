// @ts-check
// Baseline for bench/build.sh: a plain Astro project that renders the same Markdown files as bare
// pages (no validation, no extraction, no layout, no CSS, no integrations). It has no package.json
// and resolves `astro` from the repository's node_modules. Build it from its own folder:
//   cd bench/baseline && CONTENT_DIR=<dir> npx astro build --root . --outDir <tmp>
// (from its own folder: Astro 7 writes prerender chunks to <cwd>/.astro/.prerender).
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Its own cache, so it never shares a content-layer store with the project's builds.
  cacheDir: process.env.BENCH_CACHE_DIR || '/tmp/bench-astro-cache-baseline',
});
