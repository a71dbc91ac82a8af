// Why: the first-load budget is about what a tablet must fetch before the home screen can
// work: the scripts, module preloads and stylesheets index.html names, gzipped.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function firstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = new Set();
  for (const m of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"[^>]*>/g)) {
    const tag = m[0];
    const ref = m[1];
    if (/rel="(icon|apple-touch-icon|manifest)"/.test(tag)) continue;
    if (/\.(js|css)$/.test(ref)) refs.add(ref.replace(/^\//, ''));
  }
  const files = [{ file: 'index.html', gzip: gzipSync(html, { level: 9 }).length }];
  for (const f of refs) files.push({ file: f, gzip: gzipSync(readFileSync(join(dist, f)), { level: 9 }).length });
  return { files, total: files.reduce((s, f) => s + f.gzip, 0) };
}

export function precacheSize(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  let bytes = 0;
  for (const u of urls) bytes += statSync(join(dist, u)).size;
  return { count: urls.length, bytes };
}
