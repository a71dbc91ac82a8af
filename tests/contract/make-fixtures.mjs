// Why: writes the frozen fixtures of a released format version with the release's own code in a
// real Chromium: a seed module (tests/contract/v<N>-seed.ts) runs in a page served by Vite from
// the source, fills IndexedDB through the app's repositories, exports through the app's export
// flow and dumps the database. It refuses to overwrite: a golden file that later code could
// regenerate would protect nothing. After the fixtures are committed the seed is deleted (it
// imports that release's code, which moves on); git keeps it. Version 1 was made by
// tests/contract/v1-seed.ts in commit a25a12f; version 2 (schema 6, with merge vectors and
// tombstones) by tests/contract/v2-seed.ts, in the commit that added tests/contract/v2/.
//   node tests/contract/make-fixtures.mjs <N>
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const version = Number(process.argv[2]);
if (!Number.isInteger(version) || version < 1) {
  console.error('usage: node tests/contract/make-fixtures.mjs <format version>');
  process.exit(2);
}
const out = join(root, `tests/contract/v${version}`);
const targets = ['rich.deda.json', 'small.deda.json', 'backup.json', 'database.json'].map((f) => join(out, f));
if (targets.some((f) => existsSync(f))) {
  console.error(`tests/contract/v${version} already holds the frozen fixtures; they are never regenerated.`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const photo = (name) => readFileSync(join(root, 'tests/unit/report/photos', name)).toString('base64');
const server = await createServer({ root, configFile: join(root, 'vite.config.ts'), server: { port: 5391, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
await server.listen();
const browser = await chromium.launch({
  executablePath: execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim(),
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log('[page]', m.text()));
  await page.goto('http://127.0.0.1:5391/tests/contract/seed.html');
  const result = await page.evaluate(async (args) => {
    const [photos, v] = args;
    const mod = await import(`/tests/contract/v${v}-seed.ts`);
    return mod.seed(photos);
  }, [{ landscape: photo('poster-landscape.jpg'), png: photo('whiteboard.png') }, version]);
  writeFileSync(join(out, 'rich.deda.json'), Buffer.from(result.files.rich, 'base64'));
  writeFileSync(join(out, 'small.deda.json'), Buffer.from(result.files.small, 'base64'));
  writeFileSync(join(out, 'backup.json'), Buffer.from(result.files.backup, 'base64'));
  const { files: _files, ...rest } = result;
  writeFileSync(join(out, 'database.json'), `${JSON.stringify(rest, null, 1)}\n`);
  console.log('written', targets.join('\n'));
} finally {
  await browser.close();
  await server.close();
}
