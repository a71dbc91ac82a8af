// Why: the report of a large workshop (1,000 notes, 10 photos) must be made in seconds on a
// tablet. Measured in Node (same V8 engine and the same jsPDF code as Chromium, without the
// noise of a browser driver), from the real source through Vite's module runner; photos go in
// as stored (in the browser they are first scaled down on a canvas, which only makes them
// smaller). Also reports the gzip size of the PDF chunk and of the fonts in the build (dist/).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createServer, createServerModuleRunner } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const KiB = (n) => `${(n / 1024).toFixed(1)} KiB`;

// A module runner that stays open, since the report loads its texts with import() as it goes.
const server = await createServer({ root, logLevel: 'warn', appType: 'custom', optimizeDeps: { noDiscovery: true, include: [] }, server: { middlewareMode: true, hmr: false, ws: false } });
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
const fixture = await runner.import('/tests/unit/report/full-workshop.ts');
const support = await runner.import('/tests/unit/report/render-support.ts');

const graph = fixture.fullWorkshop({ notes: 1000, photos: 10 });
const times = [];
let cold = 0;
let bytes = 0;
for (let run = 0; run < 4; run += 1) {
  const started = performance.now();
  const { pdf } = await support.pdfOf(graph);
  const ms = performance.now() - started;
  bytes = pdf.length;
  // The first run also pays for loading jsPDF, warming up the JIT and converting the fonts once.
  if (run === 0) cold = ms;
  else times.push(ms);
}
await runner.close();
await server.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`  PDF of a workshop with ${graph.notes.length} notes and ${graph.attachments.length} photos (Node ${process.version}):`);
console.log(`  first (cold) run ${(cold / 1000).toFixed(2)} s; then median ${(median / 1000).toFixed(2)} s of ${times.length} runs (min ${(times[0] / 1000).toFixed(2)} s, max ${(times.at(-1) / 1000).toFixed(2)} s), ${(bytes / 1024 / 1024).toFixed(2)} MB (target <= 3 s: ${median <= 3000 ? 'within' : 'OVER'})`);

const assets = join(process.env.BENCH_DIST ?? join(root, 'dist'), 'assets');
const files = readdirSync(assets);
const gz = (f) => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length;
const pdfChunk = files.find((f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('jsPDF'));
console.log(`  jsPDF chunk (with the report renderer): ${pdfChunk ?? 'NOT FOUND'} ${pdfChunk ? KiB(gz(pdfChunk)) : ''} gzip`);
for (const f of files.filter((x) => x.endsWith('.ttf'))) console.log(`  font ${f}: ${KiB(readFileSync(join(assets, f)).length)} raw, ${KiB(gz(f))} gzip`);
const optional = files.filter((f) => /html2canvas|purify|canvg/i.test(f));
console.log(`  jsPDF's optional html2canvas/canvg/dompurify chunks in the build: ${optional.length ? optional.join(', ') : 'none (aliased away)'}`);
