/**
 * A Vite plugin for the build's content store. Astro hands the store to the pages as one module,
 * `export default JSON.parse("…")`, whose string literal is the whole store (47 MB at 10,000
 * reports). V8 compiles a string literal that size slowly: 17–38 s in a standalone test, against
 * about 2 s for the same JSON written as an array literal, which is what `JSON.parse` returns
 * anyway. Node caches the compiled module, but any change to the content misses that cache, so
 * every real build paid it. Only that exact shape is rewritten; anything else (another Astro
 * version, the chunked store) is left as Astro wrote it.
 */
import type { Plugin } from 'vite';

/** Astro's id of the content-store module (`RESOLVED_DATA_STORE_VIRTUAL_ID`). */
export const CONTENT_STORE_MODULE_ID = '\0astro:data-layer-content';
const HEAD = 'export default JSON.parse(';

/**
 * The store module's code with its JSON as a literal, or `null` to keep `code` as it is.
 * @param code The module Astro generated.
 */
export function storeAsLiteral(code: string): string | null {
  if (!code.startsWith(HEAD) || !code.endsWith(')')) return null;
  let json: unknown;
  try {
    json = JSON.parse(code.slice(HEAD.length, -1));
  } catch {
    return null;
  }
  // JSON text is a valid JavaScript expression (ES2019 made U+2028/U+2029 legal in strings).
  return typeof json === 'string' ? `export default ${json}` : null;
}

/** The plugin, for `vite.plugins` in `astro.config.mjs`. */
export function contentStoreAsLiteral(): Plugin {
  return {
    name: 'three-capitals:content-store-as-literal',
    enforce: 'post',
    transform(code, id) {
      if (id !== CONTENT_STORE_MODULE_ID) return null;
      const literal = storeAsLiteral(code);
      return literal === null ? null : { code: literal, map: null };
    },
  };
}
