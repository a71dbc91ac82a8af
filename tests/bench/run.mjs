// Why: speed and size targets are measured here, not asserted in tests (shared machines are
// noisy). Run `npm run bench`; each part prints its figures and the target next to them.
// Parts: first-load size (this file). Later issues add theirs under tests/bench/.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstLoad, precacheSize } from './size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

const KiB = (n) => `${(n / 1024).toFixed(1)} KiB`;
const fl = firstLoad(join(root, 'dist'));
console.log('\n# First load (what index.html loads before anything else), gzip -9');
for (const f of fl.files) console.log(`  ${f.file.padEnd(48)} ${KiB(f.gzip).padStart(10)}`);
console.log(`  total ${KiB(fl.total)} (budget 75 KiB: ${fl.total <= 75 * 1024 ? 'within' : 'OVER'})`);
console.log(`  jsPDF in first load: ${fl.files.some((f) => /jspdf/i.test(f.file)) ? 'YES (wrong)' : 'no'}; fonts in first load: ${fl.files.some((f) => /\.(ttf|woff2?)$/.test(f.file)) ? 'YES (wrong)' : 'no'}`);
const pc = precacheSize(join(root, 'dist'));
console.log(`\n# Precache (service worker): ${pc.count} files, ${KiB(pc.bytes)} raw`);

for (const extra of readdirSync(dirname(fileURLToPath(import.meta.url))).filter((f) => f.startsWith('bench-') && f.endsWith('.mjs')).sort()) {
  console.log(`\n# ${extra}`);
  execFileSync(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), extra)], { cwd: root, stdio: 'inherit' });
}
