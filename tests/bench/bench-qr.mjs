// Why: the QR hand-over's size targets: how many codes twenty typical notes need (target <= 3,
// also asserted for this fixed set in tests/unit/exchange/contribution/parts.test.ts), how large
// those codes are, and what the lazily loaded QR and camera chunks weigh (they are never in the
// first load). Run by `npm run bench` after its build of dist/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const entry = join(root, 'tests/bench/qr-bench-entry.ts');
const out = join(root, 'node_modules/.cache/deda-tafel-bench-qr');
await build({ root, configFile: false, logLevel: 'error', build: { ssr: entry, outDir: out, emptyOutDir: true, target: 'node20', rollupOptions: { output: { entryFileNames: 'bench.mjs', format: 'es' } } } });
const { measure } = await import(pathToFileURL(join(out, 'bench.mjs')).href);
const m = await measure();
const n = m.parts.length;
console.log(`  ${m.notes} notes by 2 people: JSON ${m.jsonBytes} B, deflate-raw ${m.deflatedBytes} B, base45 in QR alphanumeric mode, error correction M`);
console.log(`  parts: ${n} (target <= 3: ${n <= 3 ? 'within' : 'OVER'}); ${m.parts.map((p, i) => `code ${i + 1}: ${p.chars} chars, version ${p.version}`).join('; ')}`);
console.log(`  jsQR reading one 720x720 frame (Node, median of 7): ${m.parts.map((p) => `${p.decodeMs.toFixed(0)} ms`).join(', ')}`);
console.log(`  join code (4 questions, 2 names): ${m.join.length} code, ${m.join.map((p) => `${p.chars} chars, version ${p.version}`).join('')}`);

const assets = join(root, 'dist/assets');
const KiB = (b) => `${(b / 1024).toFixed(1)} KiB`;
console.log('  lazy chunks (gzip -9 / raw), loaded only when used, precached:');
for (const f of readdirSync(assets).filter((f) => /^(jsQR|Scanner|ManyHands|ContributeScreen|ContributeEntry)-.*\.js$/.test(f)).sort()) {
  const bytes = readFileSync(join(assets, f));
  console.log(`    ${f.padEnd(36)} ${KiB(gzipSync(bytes, { level: 9 }).length).padStart(9)} / ${KiB(bytes.length)}`);
}
