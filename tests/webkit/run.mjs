// Why: every browser on an iPad is WebKit, and most municipal tablets are iPads. This runs the
// short WebKit journeys (tests/webkit/*.spec.mjs) in Debian's WebKitGTK MiniBrowser, driven
// over WebDriver, against the production build: it builds the app into a folder of its own,
// starts a virtual screen (Xvfb) and WebKitWebDriver on free numbers, runs the journeys one
// file after another with node's own test runner, and stops what it started. It prints one
// line per journey and writes the counts to tests/e2e/.output/webkit-results.json, which
// tests/run-all.mjs adds to the total. When it cannot start, it writes one failure.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { run } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const outDir = join(root, 'tests/e2e/.output');
const resultsFile = join(outDir, 'webkit-results.json');
const dist = process.env.WEBKIT_DIST ?? (process.env.E2E_DIST ? `${process.env.E2E_DIST}-webkit` : join(root, 'dist-webkit'));
/** A spec file that takes longer than this is stuck (each journey has its own, shorter limit). */
const FILE_TIMEOUT_MS = 180_000;
mkdirSync(outDir, { recursive: true });

const started = [];
let passed = 0;
let failed = 0;

function which(cmd) {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

function miniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return existsSync(process.env.WEBKIT_MINIBROWSER) ? process.env.WEBKIT_MINIBROWSER : null;
  try {
    const listed = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' });
    const found = listed.split('\n').find((l) => l.endsWith('/MiniBrowser'));
    return found && existsSync(found) ? found : null;
  } catch {
    return null;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A display number no other X server (another test run on this machine) is using. */
function freeDisplay() {
  for (let n = 90 + (process.pid % 50); n < 400; n += 1) if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  throw new Error('no free X display number');
}

function start(cmd, args, env) {
  // A process group of its own, so stopping it also stops the MiniBrowsers the driver started.
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env }, detached: true });
  let errors = '';
  child.stderr.on('data', (d) => {
    errors = (errors + d).slice(-2000);
  });
  started.push(child);
  return { child, errors: () => errors };
}

async function waitUntil(what, check, ms, child) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.child.exitCode !== null) throw new Error(`${what}: the process ended (${child.errors().trim() || `exit ${child.child.exitCode}`})`);
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not come up in ${ms / 1000} s`);
}

/** What went wrong in a journey, in a few lines (node:test wraps the error as its cause). */
function describe(error) {
  const e = error?.cause ?? error;
  const text = `${e?.name && e.name !== 'Error' ? `${e.name}: ` : ''}${e?.message ?? e}`;
  return text.trim().split('\n').slice(0, 12).join('\n');
}

function stopAll() {
  for (const child of started.splice(0).reverse()) {
    if (child.exitCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
}

function finish(error) {
  if (error) {
    console.error(`WebKit journeys could not run: ${error.message ?? error}`);
    failed += 1;
  }
  stopAll();
  writeFileSync(resultsFile, JSON.stringify({ passed, failed }));
  console.log(`\nWebKit: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

// Stopped from outside (run-all's time limit, Ctrl-C): end the journeys' processes too.
const abort = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    abort.abort();
    stopAll();
    setTimeout(() => process.exit(1), 500);
  });
}

async function main() {
  writeFileSync(resultsFile, JSON.stringify({ passed: 0, failed: 1, note: 'run did not finish' }));
  const xvfb = which('Xvfb');
  const driverBin = which('WebKitWebDriver');
  const browser = miniBrowser();
  const missing = [!xvfb && 'Xvfb (xvfb)', !driverBin && 'WebKitWebDriver (webkit2gtk-driver)', !browser && 'MiniBrowser (libwebkit2gtk-4.1-0)'].filter(Boolean);
  if (missing.length > 0) throw new Error(`missing ${missing.join(', ')}: run bash tests/setup-system.sh`);

  // WEBKIT_REBUILD=0 reuses a build already there (for a quick rerun while working on a journey).
  if (process.env.WEBKIT_REBUILD !== '0' || !existsSync(join(dist, 'index.html'))) {
    execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error', '--outDir', dist, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  }

  const display = freeDisplay();
  const x = start(xvfb, [`:${display}`, '-screen', '0', '1400x1400x24', '-nolisten', 'tcp']);
  await waitUntil('Xvfb', () => existsSync(`/tmp/.X11-unix/X${display}`), 15_000, x);
  const port = await freePort();
  const driverUrl = `http://127.0.0.1:${port}`;
  const d = start(driverBin, [`--port=${port}`, '--host=127.0.0.1'], { DISPLAY: `:${display}` });
  await waitUntil('WebKitWebDriver', () => fetch(`${driverUrl}/status`).then((r) => r.ok, () => false), 15_000, d);

  Object.assign(process.env, { WEBKIT_OUTPUT: outDir, WEBKIT_DRIVER_URL: driverUrl, WEBKIT_MINIBROWSER: browser, WEBKIT_DIST: dist, DISPLAY: `:${display}` });
  const only = process.argv.slice(2);
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.spec.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
    .sort()
    .map((f) => join(here, f));
  if (files.length === 0) throw new Error('no journeys found');

  // No second try: a journey that fails, fails. The rare stuck IndexedDB transaction that a
  // retry used to hide was the app's (a page frozen in WebKit's back/forward cache kept its
  // transaction open, storage/frozen-page.ts), and a retry would hide the next such bug.
  const result = await runFiles(files);
  passed += result.passed;
  failed += result.failed;
  if (result.fileFailures > 0 && result.failed === 0) failed += result.fileFailures;
}

/** Runs journey files one after another; counts the journeys that passed and failed. */
async function runFiles(files) {
  const stream = run({ files, concurrency: 1, timeout: FILE_TIMEOUT_MS, signal: abort.signal });
  let ok = 0;
  let bad = 0;
  let fileFailures = 0;
  for await (const event of stream) {
    const data = event.data;
    if (event.type === 'test:pass' || event.type === 'test:fail') {
      const pass = event.type === 'test:pass';
      // The file itself reports as a test (nesting 0) around its journeys: count journeys only,
      // and the file only when it failed with no journey failing (e.g. a crash in before()).
      const isFile = data.nesting === 0 && data.file && data.name === data.file;
      if (isFile) {
        if (!pass) fileFailures += 1;
        continue;
      }
      if (data.nesting !== 0) continue;
      if (pass) ok += 1;
      else bad += 1;
      const seconds = (data.details.duration_ms / 1000).toFixed(1);
      console.log(`${pass ? '  ok ' : '  FAIL'} ${data.name} (${seconds} s)`);
      if (!pass) console.log(`       ${describe(data.details.error).split('\n').join('\n       ')}`);
    } else if (event.type === 'test:stderr' || event.type === 'test:stdout') {
      process.stdout.write(data.message);
    }
  }
  return { passed: ok, failed: bad, fileFailures };
}

main().then(
  () => finish(null),
  (e) => finish(e),
);
