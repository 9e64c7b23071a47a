/**
 * A tiny static server on 127.0.0.1 for the timeline benchmark: the built site (under its base
 * path), node_modules (`/nm/…`, for the peer libraries), the peer pages and their data.
 * `override(path)` may replace one file of the site (e.g. the timeline data file cut to N statements).
 * Text is sent gzip-compressed to clients that accept it, as GitHub Pages does, so transfer
 * sizes (and Lighthouse's simulated network times) are those a reader gets.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** Types GitHub Pages compresses (fonts, images and wasm are already compressed). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;
const gzipped = new Map<string, Buffer>();
/** Compressed once per URL and body (the benchmarks ask for the same files many times). */
function gzipOnce(key: string, body: string | Buffer): Buffer {
  let out = gzipped.get(key);
  if (!out) gzipped.set(key, (out = gzipSync(body, { level: 6 })));
  return out;
}

/** What the server serves besides the files. */
export interface ServerRoutes {
  dist: string;
  /** Site base path, e.g. `/` or `/three-capitals/`. */
  base: string;
  /** A page or data body for a path (with its query), or null to fall through to the files. */
  dynamic: (url: URL) => { type: string; body: string | Buffer } | null;
  /** Fixed port, or 0 (default) for any free one. */
  port?: number;
}

/** Starts the server; resolves with its origin and a `close()`. */
export async function startServer(routes: ServerRoutes): Promise<{ origin: string; close: () => Promise<void> }> {
  const nmRoot = resolve('node_modules') + sep;
  const distRoot = resolve(routes.dist) + sep;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const send = (type: string, body: string | Buffer, key: string): void => {
        const compress = gzip && COMPRESSIBLE.test(type);
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', vary: 'accept-encoding', ...(compress ? { 'content-encoding': 'gzip' } : {}) });
        res.end(compress ? gzipOnce(`${key} ${body.length}`, body) : body);
      };
      const dyn = routes.dynamic(url);
      if (dyn) {
        send(dyn.type, dyn.body, url.href);
        return;
      }
      let file: string;
      const path = decodeURIComponent(url.pathname);
      if (path.startsWith('/nm/')) {
        file = normalize(join(nmRoot, path.slice(4)));
        if (!file.startsWith(nmRoot)) throw new Error('outside node_modules');
      } else if (path.startsWith(routes.base)) {
        file = normalize(join(distRoot, path.slice(routes.base.length)));
        if (!file.startsWith(distRoot) && file !== distRoot.slice(0, -1)) throw new Error('outside dist');
        if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      } else throw new Error('not found');
      send(MIME[extname(file)] ?? 'application/octet-stream', await readFile(file), file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(routes.port ?? 0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
