// Why: end-to-end tests drive Debian's Chromium (downloads of browsers are blocked here) at
// tablet size with touch. Each test starts its own static server on its own port, so tests
// can stop "the network" (the server) and swap in a newer build of the app.
import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium not found: install Debian\'s chromium package (bash tests/setup-system.sh).');
  }
}

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Parallel runs (E2E_DIST set) keep their results apart, as Playwright empties this folder.
  outputDir: process.env.E2E_DIST ? `${process.env.E2E_DIST}-results` : './.output/results',
  globalSetup: './support/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: './.output/e2e-results.json' }]],
  use: {
    viewport: { width: 820, height: 1180 },
    hasTouch: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    // A journey installs the service worker only where it is what is tested (offline, update,
    // report and bundle without a network: those files say `serviceWorkers: 'allow'`): its
    // install copies the whole precache (8 MB, fonts included) into every fresh context, about
    // a tenth of the suite's time for nothing the other journeys look at.
    serviceWorkers: 'block',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-gpu'],
    },
  },
});
