// Why: the merge's speed target (two copies of 1,000 notes each merged in <= 1 s), measured,
// never asserted in a test. The app's own merge rule (tests/bench/merge-bench-entry.ts, built
// with Vite) runs in Node; it is pure (no database), so Node's figure is the rule's own cost.
// Writing the merged copy is one IndexedDB transaction of the changed rows, not included.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'node_modules/.cache/deda-tafel-bench-merge');
await build({ root, configFile: false, logLevel: 'error', build: { ssr: join(root, 'tests/bench/merge-bench-entry.ts'), outDir, emptyOutDir: true, target: 'node20', rollupOptions: { output: { entryFileNames: 'bench.mjs', format: 'es' } } } });
const { run } = await import(pathToFileURL(join(outDir, 'bench.mjs')).href);
console.log('  merge of two copies (each: 200 notes edited, 10 of them on both sides, 100 added, 20 deleted); median of 5 runs, Node');
console.log('  notes per copy   merge (<= 1000 ms at 1,000)   conflicts   incoming   deleted');
for (const r of run()) {
  const verdict = r.notes === 1000 ? (r.ms <= 1000 ? 'within' : 'OVER') : '';
  console.log(`  ${String(r.notes).padEnd(15)}  ${`${r.ms.toFixed(1)} ms`.padStart(9)}  ${verdict.padEnd(18)}  ${String(r.conflicts).padStart(9)}  ${String(r.incoming).padStart(9)}  ${String(r.deleted).padStart(8)}`);
}
