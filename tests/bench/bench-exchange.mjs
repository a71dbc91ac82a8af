// Why: the bundle's speed targets (export+sign <= 500 ms, import+verify <= 1 s for a workshop
// of 1,000 notes and 10 photos of ~300 KB, growing linearly at 4x and 16x), measured, never
// asserted in a test. Runs the app's own exchange modules (built with Vite in SSR mode, as the
// CLI verifier is) in Node 20, which has the same WebCrypto API: the numbers then measure our
// code and the crypto without a browser's start-up noise. Node 20 lacks the native
// Uint8Array base64 that Chromium 140+ has, so the photo encoding here is the slower
// JavaScript path: the tablet is not slower than this on that step. IndexedDB writes are not
// included (they are one transaction of the same rows any workshop edit writes).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'node_modules/.cache/deda-tafel-bench');
await build({
  root,
  configFile: false,
  logLevel: 'error',
  build: { ssr: join(root, 'tests/bench/exchange-bench-entry.ts'), outDir, emptyOutDir: true, target: 'node20', rollupOptions: { output: { entryFileNames: 'bench.mjs', format: 'es' } } },
});
const { runBench } = await import(pathToFileURL(join(outDir, 'bench.mjs')).href);
await runBench();
