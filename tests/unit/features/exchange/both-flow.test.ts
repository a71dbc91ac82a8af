// Why: "report and bundle" is only worth something if the report names exactly the bundle
// made with it. These tests hold the bundle's proof against the command-line verifier (the
// fingerprint and payload SHA-256 it prints for the same file), check that the report is made
// from the same reading of the workshop with that proof, and that a failure writes nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkshopId } from '../../../../src/domain/ids';
import { verifyCli } from '../../../../src/exchange/verify-cli';
import { makeBoth } from '../../../../src/features/exchange/both-flow';
import { makeBundleWithProof } from '../../../../src/features/exchange/export-flow';
import { makePdf, type PdfResult } from '../../../../src/features/shared/report/make-pdf';
import { DedaDatabase, db, useDatabase } from '../../../../src/storage/db';
import { putGraph, readGraph } from '../../../../src/storage/graph-store';
import { freshName } from '../../storage/migration-harness';
import { pack, richGraph } from '../../exchange/support';

vi.mock('../../../../src/features/shared/report/make-pdf', () => ({ makePdf: vi.fn() }));
const pdf = vi.mocked(makePdf);

const dir = mkdtempSync(join(tmpdir(), 'deda-both-'));

beforeEach(() => {
  pdf.mockReset();
  useDatabase(new DedaDatabase(freshName('both')));
});
afterEach(() => {
  db().close();
  useDatabase(null);
});

async function stored() {
  const g = await richGraph();
  await putGraph(g);
  await db().packs.put(pack);
  return g;
}

async function verified(file: File): Promise<string> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.deda.json`);
  writeFileSync(path, new Uint8Array(await file.arrayBuffer()));
  const lines: string[] = [];
  expect(await verifyCli([path], (l) => lines.push(l), (l) => lines.push(l))).toBe(0);
  return lines.join('\n');
}

const fakeReport = (): PdfResult => ({ ok: true, report: { blob: new Blob(['%PDF-1.7 …'], { type: 'application/pdf' }), fileName: '2026-11-12 Slimme vuilcontainers DEDA-verslag.pdf' } });

describe('makeBundleWithProof', () => {
  it('names the fingerprint and payload SHA-256 that npm run verify prints for the same file', async () => {
    const g = await stored();
    const made = await makeBundleWithProof(g.workshop.id, 'Anne');
    if (!made.ok) throw new Error(JSON.stringify(made.failure));
    expect(made.proof.sha256).toMatch(/^[0-9a-f]{64}$/);
    const out = await verified(made.file);
    expect(out).toContain(`Fingerprint:     ${made.proof.signerFingerprint}`);
    expect(out).toContain(`Payload SHA-256: ${made.proof.sha256}`);
  });

  it('hands on the workshop as it was read for the bundle', async () => {
    const g = await stored();
    const made = await makeBundleWithProof(g.workshop.id, 'Anne');
    if (!made.ok) throw new Error(JSON.stringify(made.failure));
    const payload = JSON.parse(await made.file.text()).payload;
    expect(made.source.graph.notes.map((n) => n.text)).toEqual(payload.notes.map((n: { text: string }) => n.text));
    expect(made.source.pack.version).toBe(payload.pack.version);
    expect(made.ids).toEqual([g.workshop.id]);
  });
});

describe('makeBoth', () => {
  it('makes the report from the bundle’s reading, naming that bundle; the PDF comes first', async () => {
    const g = await stored();
    pdf.mockResolvedValue(fakeReport());
    const steps: string[] = [];
    const r = await makeBoth(g.workshop.id, 'Anne', (s) => steps.push(s.step));
    if (!r.ok) throw new Error(JSON.stringify(r.failure));
    expect(pdf).toHaveBeenCalledTimes(1);
    const [graph, usedPack, options] = pdf.mock.calls[0] ?? [];
    expect(options?.bundle).toEqual(r.made.proof);
    expect(options?.exportedAt?.toISOString()).toBe(r.made.at);
    expect(graph).toBe(r.made.source.graph);
    expect(usedPack).toBe(r.made.source.pack);
    expect(r.files.map((f) => [f.name, f.type])).toEqual([
      ['2026-11-12 Slimme vuilcontainers DEDA-verslag.pdf', 'application/pdf'],
      [r.made.file.name, 'application/json'],
    ]);
    expect(steps.slice(0, 2)).toEqual(['bundle', 'loading']);
    const out = await verified(r.files[1]);
    expect(out).toContain(`Payload SHA-256: ${options?.bundle?.sha256}`);
  });

  it('reports a failed report and writes nothing: the workshop is not marked as exported', async () => {
    const g = await stored();
    const before = await readGraph(g.workshop.id);
    pdf.mockResolvedValue({ ok: false, failure: 'render' });
    const r = await makeBoth(g.workshop.id, 'Anne', () => undefined);
    expect(r).toEqual({ ok: false, failure: { part: 'report', failure: 'render' } });
    expect(await readGraph(g.workshop.id)).toEqual(before);
    expect((await readGraph(g.workshop.id))?.workshop.lastExportedAt).toBeNull();
  });

  it('says when the workshop is gone, without making a report', async () => {
    pdf.mockResolvedValue(fakeReport());
    const r = await makeBoth('no-such-workshop' as WorkshopId, 'Anne', () => undefined);
    expect(r).toEqual({ ok: false, failure: { part: 'bundle', failure: { kind: 'not-found' } } });
    expect(pdf).not.toHaveBeenCalled();
  });
});
