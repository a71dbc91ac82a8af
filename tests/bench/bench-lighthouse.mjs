// Why: issue 16 compares the app with the lightest peer by Lighthouse's mobile performance
// score (target 100, CLS 0). Lighthouse is not a dependency of the app or its tests (it is large
// and wants its own Node): this runs the pinned 12.2.3 through npx (LIGHTHOUSE=<path to its cli>
// uses a copy already installed), against the production build served gzipped on a local port,
// with Debian's Chromium, the default mobile preset (simulated slow 4G and 4x CPU), five runs per
// build, builds interleaved run by run, and prints the median of each figure.
// BENCH_DIST=<dir>[,<dir>...] the builds (default dist/); BENCH_RUNS=<n> (default 5).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, serveDist, stats } from './serve-dist.mjs';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
const dists = (process.env.BENCH_DIST ?? join(root, 'dist')).split(',').filter(Boolean);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const cli = process.env.LIGHTHOUSE ? [process.execPath, [process.env.LIGHTHOUSE]] : ['npx', ['--yes', 'lighthouse@12.2.3']];

// Asynchronous: the local server runs in this process and must go on answering meanwhile.
async function lighthouse(url, out) {
  await promisify(execFile)(cli[0], [...cli[1], url, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${out}`, `--chrome-flags=--headless=new --no-sandbox --disable-gpu --user-data-dir=${mkdtempSync(join(tmpdir(), 'lh-profile-'))}`], {
    env: { ...process.env, CHROME_PATH: chromiumPath() },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 180_000,
  });
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const audit = (id) => r.audits[id]?.numericValue ?? NaN;
  return { score: Math.round((r.categories.performance.score ?? 0) * 100), fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'), tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift'), si: audit('speed-index') };
}

const servers = [];
for (const dist of dists) servers.push({ dist, server: await serveDist(dist, { gzip: true }), runs: [] });
const dir = mkdtempSync(join(tmpdir(), 'lh-'));
try {
  for (let i = 0; i < RUNS; i += 1) {
    for (const s of servers) {
      try {
        s.runs.push(await lighthouse(`${s.server.origin}/`, join(dir, `run-${i}.json`)));
      } catch (e) {
        console.log(`  lighthouse could not run (${e.message.split('\n')[0]}): no figures for ${s.dist}`);
      }
    }
  }
} finally {
  for (const s of servers) await s.server.close();
  rmSync(dir, { recursive: true, force: true });
}

const med = (runs, k) => stats(runs.map((r) => r[k])).median;
console.log(`\n# Lighthouse ${process.env.LIGHTHOUSE ? '(local copy)' : '12.2.3'} mobile, home screen of an empty device, median of ${RUNS} (target: score 100, CLS 0)`);
console.log('  build'.padEnd(44) + 'score   FCP ms   LCP ms   TBT ms   SI ms   CLS');
for (const s of servers) {
  if (s.runs.length === 0) continue;
  console.log(`  ${s.dist.slice(-40).padEnd(42)}${String(med(s.runs, 'score')).padStart(5)}${med(s.runs, 'fcp').toFixed(0).padStart(9)}${med(s.runs, 'lcp').toFixed(0).padStart(9)}${med(s.runs, 'tbt').toFixed(0).padStart(9)}${med(s.runs, 'si').toFixed(0).padStart(8)}${med(s.runs, 'cls').toFixed(3).padStart(7)}   (scores ${s.runs.map((r) => r.score).join(', ')})`);
}
