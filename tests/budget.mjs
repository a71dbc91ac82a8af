// Why: the first load (what index.html makes a tablet fetch before the home screen works) has
// a budget of 75 KiB gzip, and a budget nobody enforces is a wish. `npm test` runs this on the
// build the browser tests used; it fails, naming the files, when the budget is passed.
//   node tests/budget.mjs [dist]
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstLoad } from './bench/size.mjs';

export const FIRST_LOAD_BUDGET = 75 * 1024;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${dist}: run vite build first.`);
  process.exit(1);
}
const { files, total } = firstLoad(dist);
const KiB = (n) => `${(n / 1024).toFixed(1)} KiB`;
for (const f of files) console.log(`  ${f.file.padEnd(48)} ${KiB(f.gzip).padStart(10)}`);
if (total > FIRST_LOAD_BUDGET) {
  console.error(`First load ${KiB(total)} is over its budget of ${KiB(FIRST_LOAD_BUDGET)}: move what the home screen does not need behind a dynamic import (see docs/architecture.md, "First load").`);
  process.exit(1);
}
console.log(`First load ${KiB(total)}, within its budget of ${KiB(FIRST_LOAD_BUDGET)} (${KiB(FIRST_LOAD_BUDGET - total)} left).`);
