// Why: the tests run against the production build (service worker included), and the update
// test needs a second, newer build of the same app to serve as "the update".
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where the build under test goes; set E2E_DIST to keep parallel runs out of each other's way. */
export const DIST = process.env.E2E_DIST ?? join(ROOT, 'dist');
export const DIST_NEXT = `${DIST}-next`;

export default function globalSetup(): void {
  const vite = join(ROOT, 'node_modules/.bin/vite');
  if (!existsSync(join(DIST, 'index.html')) || process.env.E2E_REBUILD !== '0') {
    execFileSync(vite, ['build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit' });
  }
  if (!existsSync(join(DIST_NEXT, 'index.html')) || process.env.E2E_REBUILD !== '0') {
    execFileSync(vite, ['build', '--logLevel', 'warn', '--outDir', DIST_NEXT, '--emptyOutDir'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, DEDA_APP_VERSION: '99.0.0-next' },
    });
  }
}
