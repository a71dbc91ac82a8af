// Why: `npm run verify -- FILE` must work on a fresh clone after `npm ci`, with Node 20, which
// cannot run TypeScript. This builds src/exchange/verify-cli.ts (and the very modules the app
// uses) with Vite in SSR mode into node_modules/.cache (ignored by git), then runs it. The
// build takes about a second and is redone each time, so it never runs stale code; each run
// builds into a folder of its own (by process id) and removes it, so two runs at once (tests
// in parallel) never empty each other's build.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, `node_modules/.cache/deda-tafel-verify-${process.pid}`);

const oneLine = (e) => {
  const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  console.error(`Could not check ${process.argv[2] ?? 'the file'}: ${why.split('\n')[0]}`);
  process.exitCode = 2;
};
// Even an error no code awaited: one line, then out.
process.on('uncaughtException', (e) => {
  oneLine(e);
  process.exit(2);
});
process.on('unhandledRejection', (e) => {
  oneLine(e);
  process.exit(2);
});

// Whatever fails here (the build, the import, the check) is said in one line, never as a
// stack trace; verify-cli.ts does the same for everything inside the check.
try {
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    build: {
      ssr: join(root, 'src/exchange/verify-cli.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'verify-cli.mjs', format: 'es' } },
    },
  });
  const { verifyCli } = await import(pathToFileURL(join(outDir, 'verify-cli.mjs')).href);
  process.exitCode = await verifyCli(process.argv.slice(2));
} catch (e) {
  oneLine(e);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
