// Why: one command runs every check the project has (types, lint, unit tests, the
// production build, the browser tests in Chromium and the short WebKit journeys, the engine of
// every browser on an iPad) and ends with one line CI can read:
// "N passed, N failed". A step that cannot run counts as failed, never as skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'tests/e2e/.output');
mkdirSync(out, { recursive: true });
const bin = (name) => join(root, 'node_modules/.bin', name);
let passed = 0;
let failed = 0;

function run(label, cmd, args, env = {}, timeout = undefined) {
  console.log(`\n=== ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, timeout });
  if (r.error) console.log(`--- ${label}: ${r.error.message}`);
  return r.status === 0;
}

function step(label, cmd, args) {
  if (run(label, cmd, args)) passed += 1;
  else {
    failed += 1;
    console.log(`--- ${label} FAILED`);
  }
}

function count(file, extract) {
  if (!existsSync(file)) return null;
  try {
    return extract(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

step('typecheck', bin('tsc'), ['--noEmit']);
step('lint', bin('oxlint'), ['--deny-warnings', 'src', 'tests', 'vite.config.ts']);

const unitJson = join(out, 'unit-results.json');
rmSync(unitJson, { force: true });
const unitOk = run('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
const unit = count(unitJson, (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests + (j.numTotalTestSuites && j.success === false && j.numFailedTests === 0 ? 1 : 0) }));
if (unit) {
  passed += unit.passed;
  failed += unit.failed;
} else failed += unitOk ? 0 : 1;

const e2eJson = join(out, 'e2e-results.json');
rmSync(e2eJson, { force: true });
const e2eOk = run('browser tests', bin('playwright'), ['test', '-c', 'tests/e2e/playwright.config.ts']);
const e2e = count(e2eJson, (j) => {
  const s = j.stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: (s.unexpected ?? 0) + (j.errors?.length ?? 0) };
});
if (e2e) {
  passed += e2e.passed;
  failed += e2e.failed;
  if (!e2eOk && e2e.failed === 0) failed += 1;
} else failed += 1;

// WebKit (WebKitGTK's MiniBrowser over WebDriver): each journey counts; a run that cannot
// start, or is stopped after five minutes, writes or leaves one failure.
const webkitJson = join(out, 'webkit-results.json');
rmSync(webkitJson, { force: true });
// They run on the build the Chromium tests just used (no second build of the same code).
const webkitOk = run('WebKit journeys', process.execPath, ['tests/webkit/run.mjs'], { WEBKIT_DIST: process.env.E2E_DIST ?? join(root, 'dist'), WEBKIT_REBUILD: '0' }, 300_000);
const webkit = count(webkitJson, (j) => (Number.isInteger(j.passed) && Number.isInteger(j.failed) ? { passed: j.passed, failed: j.failed } : null));
if (webkit) {
  passed += webkit.passed;
  failed += webkit.failed;
  if (!webkitOk && webkit.failed === 0) failed += 1;
} else failed += 1;

// The first-load budget, on the build the browser tests just used.
step('first-load budget', process.execPath, [join(root, 'tests/budget.mjs'), process.env.E2E_DIST ?? 'dist']);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
