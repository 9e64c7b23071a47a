/**
 * Serves a built site from 127.0.0.1 (used by bench/lighthouse.sh).
 *   npx tsx bench/serve.ts --dist DIR [--base /] [--port 4391]
 * Prints the origin, then serves until killed.
 */
import { parseArgs } from 'node:util';
import { startServer } from './timeline/staticServer';

const { values } = parseArgs({ options: { dist: { type: 'string' }, base: { type: 'string', default: '/' }, port: { type: 'string', default: '0' } } });
if (!values.dist) {
  console.error('usage: npx tsx bench/serve.ts --dist DIR [--base /]');
  process.exit(2);
}
const { origin } = await startServer({ dist: values.dist, base: values.base, dynamic: () => null, port: Number(values.port) });
console.log(origin);
