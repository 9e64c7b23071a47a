// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentStoreAsLiteral } from './src/lib/build/contentStoreAsLiteral';

/** `SITE_URL` and `BASE_PATH` come from the environment so that the same build serves any GitHub Pages sub-path. */
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';
const rawBase = process.env.BASE_PATH || '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;


/**
 * Content-Security-Policy, as a <meta> tag on every page (GitHub Pages sets no headers).
 * Astro adds script-src/style-src with hashes of its own inline scripts and styles; we allow
 * scripts only from the site itself ('self') or by those hashes, plus 'wasm-unsafe-eval',
 * which Pagefind's WebAssembly search needs (it allows compiling Wasm, not JS eval). No
 * third-party origin anywhere. frame-ancestors/report-uri/sandbox are ignored in a meta tag.
 * @type {Exclude<NonNullable<NonNullable<import('astro').AstroUserConfig['security']>['csp']>, boolean>}
 */
const csp = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "frame-src 'none'",
    "manifest-src 'self'",
    "media-src 'self'",
  ],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  styleDirective: { resources: ["'self'"] },
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap()],
  // contentStoreAsLiteral: the content store reaches the pages as an array literal, which V8
  // compiles in a fraction of the time of Astro's one big string literal (see its file).
  vite: { plugins: [tailwindcss(), contentStoreAsLiteral()] },
  devToolbar: { enabled: false },
  security: { csp },
  // Parallel builds of different content folders (tests) each get their own content-layer cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
