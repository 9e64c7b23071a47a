// @ts-check
// The project's own astro.config.mjs, unchanged except for `cacheDir`: benchmark builds keep their
// content-layer store out of node_modules/.astro, which other people's builds in this checkout use.
import config from '../astro.config.mjs';

export default { ...config, cacheDir: process.env.BENCH_CACHE_DIR || '/tmp/bench-astro-cache-project' };
