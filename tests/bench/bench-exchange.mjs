// Why: the bundle's speed targets (export+sign <= 500 ms, import+verify <= 1 s for a workshop
// of 1,000 notes and 10 photos of ~300 KB, growing linearly at 4x and 16x), measured, never
// asserted in a test. The app's own exchange modules (tests/bench/exchange-bench-entry.ts,
// built with Vite) run twice:
// - in Debian's Chromium (via Playwright), which is what a tablet runs: native base64, the
//   browser's WebCrypto and garbage collector;
// - in Node 20, which has the same WebCrypto API and is what `npm run verify` uses; Node lacks
//   native Uint8Array base64, so the JavaScript path is measured there.
// IndexedDB writes are not included (one transaction of the rows any edit writes).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const entry = join(root, 'tests/bench/exchange-bench-entry.ts');
const nodeOut = join(root, 'node_modules/.cache/deda-tafel-bench');
const webOut = join(root, 'node_modules/.cache/deda-tafel-bench-web');
const quiet = { root, configFile: false, logLevel: 'error' };
await build({ ...quiet, build: { ssr: entry, outDir: nodeOut, emptyOutDir: true, target: 'node20', rollupOptions: { output: { entryFileNames: 'bench.mjs', format: 'es' } } } });
await build({ ...quiet, build: { lib: { entry, formats: ['es'], fileName: () => 'bench.js' }, outDir: webOut, emptyOutDir: true, target: 'es2022', minify: true } });

function print(label, rows) {
  const base = rows[0];
  console.log(`  ${label}; median of 5 runs (3 at 16x); per 1x: 1,000 notes, 50 action points, 10 photos of 300 KB`);
  console.log('  scale  bundle     export+sign (<= 500 ms at 1x)   import+verify (<= 1000 ms at 1x)');
  for (const r of rows) {
    const verdict = (v, target, b) => (r.scale === 1 ? (v <= target ? 'within' : 'OVER') : `${(v / b).toFixed(1)}x the 1x time`);
    console.log(
      `  ${`${r.scale}x`.padEnd(5)}  ${`${r.mb.toFixed(1)} MB`.padEnd(9)}  ${`${r.exportMs.toFixed(0)} ms`.padStart(9)}  ${verdict(r.exportMs, 500, base.exportMs).padEnd(20)}  ${`${r.importMs.toFixed(0)} ms`.padStart(9)}  ${verdict(r.importMs, 1000, base.importMs)}`,
    );
  }
}

// Chromium: serve the built module from localhost (WebCrypto needs a secure context).
const server = createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(webOut, 'bench.js')));
  else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title>');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const executablePath = process.env.CHROMIUM_PATH ?? execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
const browser = await chromium.launch({ executablePath, args: ['--disable-gpu'] });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const version = browser.version();
  const rows = await page.evaluate(async () => (await import('/bench.js')).measure());
  print(`Chromium ${version}`, rows);
} finally {
  await browser.close();
  server.close();
}

const { measure } = await import(pathToFileURL(join(nodeOut, 'bench.mjs')).href);
print(`Node ${process.version}`, await measure());
