import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_STORE_MODULE_ID, contentStoreAsLiteral, storeAsLiteral } from '@/lib/build/contentStoreAsLiteral';

/** What Astro's content plugin writes for a store (`vite-plugin-content-virtual-mod.js`). */
const astroModule = (store: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`;
/** Evaluates an `export default …` module's value. */
const valueOf = (code: string): unknown => new Function(`return (${code.replace(/^export default /, '')});`)();

describe('contentStoreAsLiteral', () => {
  const store = [{ reports: 1 }, 'آذربایجان', 'line\u2028separator', 'quote " and \\ backslash', 1.5e-7, null, true, [], {}, '</script>'];

  it('writes the store as a literal that evaluates to what JSON.parse returned', () => {
    const code = storeAsLiteral(astroModule(store));
    expect(code).not.toBeNull();
    expect(code).not.toContain('JSON.parse');
    expect(valueOf(code!)).toEqual(JSON.parse(JSON.stringify(store)));
  });

  it('leaves any other shape as it is', () => {
    expect(storeAsLiteral('export default new Map()')).toBeNull();
    expect(storeAsLiteral('export default JSON.parse(someVariable)')).toBeNull();
    expect(storeAsLiteral('export default JSON.parse("[1,2]"); export const x = 1;')).toBeNull();
    expect(storeAsLiteral('export default JSON.parse([1,2])')).toBeNull();
  });

  it('touches only the content-store module', () => {
    const plugin = contentStoreAsLiteral();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform(astroModule(store), '/src/pages/index.astro')).toBeNull();
    expect(transform(astroModule(store), CONTENT_STORE_MODULE_ID)?.code).toBe(storeAsLiteral(astroModule(store)));
  });

  it('still matches what the installed Astro writes (otherwise the plugin silently does nothing)', () => {
    const astroDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const source = readFileSync(join(astroDir, 'dist/content/vite-plugin-content-virtual-mod.js'), 'utf8');
    expect(source).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    const consts = readFileSync(join(astroDir, 'dist/content/consts.js'), 'utf8');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";');
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;');
  });
});
