// Why: the tests run against the production build (service worker included), and the update
// test needs a second, newer build of the same app to serve as "the update".
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = join(ROOT, 'dist');
export const DIST_NEXT = join(ROOT, 'tests/e2e/.output/dist-next');

export default function globalSetup(): void {
  const vite = join(ROOT, 'node_modules/.bin/vite');
  if (!existsSync(join(DIST, 'index.html')) || process.env.E2E_REBUILD !== '0') {
    execFileSync(vite, ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  execFileSync(vite, ['build', '--logLevel', 'warn', '--outDir', DIST_NEXT, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, DEDA_APP_VERSION: '99.0.0-next' },
  });
}
