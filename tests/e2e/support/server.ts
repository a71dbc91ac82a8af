// Why: a tiny static server for the built app, with the single-page fallback a real host
// would have. Tests stop it to play "no network" and point it at another build to play
// "an update was published". It remembers its port, so the origin (and so the service
// worker and IndexedDB) stays the same across a restart.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
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

export class AppServer {
  private server: Server | null = null;
  private port = 0;
  constructor(private dir: string) {}

  get origin(): string {
    return `http://localhost:${this.port}`;
  }

  serve(dir: string): void {
    this.dir = dir;
  }

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      let file = normalize(join(this.dir, decodeURIComponent(url.pathname)));
      if (!file.startsWith(this.dir)) {
        res.writeHead(403).end();
        return;
      }
      if (!existsSync(file) || statSync(file).isDirectory()) {
        if (extname(url.pathname)) {
          res.writeHead(404).end();
          return;
        }
        file = join(this.dir, 'index.html');
      }
      const noCache = file.endsWith('sw.js') || file.endsWith('index.html');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': noCache ? 'no-cache' : 'max-age=31536000' });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this.origin;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
}
