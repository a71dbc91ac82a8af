// Why: the WebKit journeys run against the production build, served the way a static host
// serves it (single-page fallback, no cache on the service worker and index.html). It is the
// same small server as tests/e2e/support/server.ts, in plain JavaScript because Node 20 runs
// these journeys without a TypeScript loader. Stopping it plays "no network".
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Serves `dir` on a free port of 127.0.0.1; resolves to its origin and a way to stop it. */
export async function serveApp(dir) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(url.pathname)) {
        res.writeHead(404).end();
        return;
      }
      file = join(dir, 'index.html');
    }
    const noCache = file.endsWith('sw.js') || file.endsWith('index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': noCache ? 'no-cache' : 'max-age=31536000' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${server.address().port}`;
  let open = true;
  return {
    origin,
    async stop() {
      if (!open) return;
      open = false;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
