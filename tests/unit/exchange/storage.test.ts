// Why: the storage half of the exchange against a real (in-memory) IndexedDB: an import is
// one transaction and never overwrites silently; a refused file writes nothing at all; the
// device key is made once and kept; an export is remembered without counting as a change.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentPack } from '../../../src/content/pack-types';
import { needsExport } from '../../../src/domain/workshop';
import type { IsoDateTime } from '../../../src/domain/time';
import { readImportFile } from '../../../src/features/exchange/import-flow';
import { makeBackupFile, makeBundleFile } from '../../../src/features/exchange/export-flow';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { markExported } from '../../../src/storage/export-repo';
import { putGraph, readGraph } from '../../../src/storage/graph-store';
import { commitImports, listRecovery, prepareImport, restoreRecovery } from '../../../src/storage/import-repo';
import { ensureDeviceKey, forgetSigner, listTrustedSigners, makeNewDeviceKey, readDeviceKey, readSignerName, saveSignerName } from '../../../src/storage/keys-repo';
import { freshName } from '../storage/migration-harness';
import { badFiles } from './bad-files';
import { pack, richGraph } from './support';
import { opened, snapshot } from './storage-support';
import { unstamped } from '../support/unstamped';

beforeEach(() => {
  useDatabase(new DedaDatabase(freshName('exchange')));
});
afterEach(() => {
  db().close();
  useDatabase(null);
});

describe('import into storage', () => {
  it('imports a new workshop with its pack, in full', async () => {
    const otherPack: ContentPack = { ...pack, version: '9.9.9' };
    const g = await richGraph();
    const b = await opened(Promise.resolve({ ...g, workshop: { ...g.workshop, pack: { id: pack.id, version: '9.9.9' } } }), otherPack);
    const prepared = await prepareImport(b);
    expect(prepared.existing).toEqual({ kind: 'none' });
    expect(prepared.signerStatus).toBe('unknown');
    const r = await commitImports([{ bundle: b, choice: { kind: 'new' } }]);
    expect(r).toEqual({ ok: true, value: [{ kind: 'imported', workshopId: g.workshop.id }] });
    const stored = await readGraph(g.workshop.id);
    expect(unstamped(stored?.notes)).toEqual(b.graph.notes);
    expect(stored?.attachments.map((a) => a.sha256).sort()).toEqual(g.attachments.map((a) => a.sha256).sort());
    expect(await db().packs.get([pack.id, '9.9.9'])).toEqual(otherPack);
  });

  it('reports the same workshop already here: which is newer and what differs', async () => {
    const g = await richGraph();
    await putGraph({ ...g, notes: g.notes.slice(0, 1), workshop: { ...g.workshop, title: 'Oude titel', updatedAt: '2026-10-01T00:00:00.000Z' as IsoDateTime } });
    const p = await prepareImport(await opened(Promise.resolve(g)));
    expect(p.existing).toMatchObject({ kind: 'same-workshop', newer: 'incoming', current: { title: 'Oude titel', counts: { notes: 1 } } });
    if (p.existing.kind === 'same-workshop') expect([...p.existing.differences].sort()).toEqual(['notes', 'title', 'updatedAt']);
  });

  it('keeps both: the import arrives as a copy, the current one is untouched', async () => {
    const g = await richGraph();
    await putGraph(g);
    const before = await snapshot();
    const r = await commitImports([{ bundle: await opened(Promise.resolve(g)), choice: { kind: 'keep-both', title: 'Kopie uit bundel' } }]);
    if (!r.ok || r.value[0]?.kind !== 'imported') throw new Error('import failed');
    const copyId = r.value[0].workshopId;
    expect(copyId).not.toBe(g.workshop.id);
    expect((await readGraph(copyId))?.workshop.title).toBe('Kopie uit bundel');
    expect((await readGraph(copyId))?.notes.map((n) => n.text)).toEqual(g.notes.map((n) => n.text));
    const after = await snapshot();
    expect((after.workshops as unknown[]).length).toBe(2);
    const original = await readGraph(g.workshop.id);
    expect(unstamped(original?.workshop)).toEqual(g.workshop);
    expect(unstamped(original?.notes)).toEqual(g.notes);
    expect((before.notes as { id: string }[]).every((n) => (after.notes as { id: string }[]).some((m) => m.id === n.id))).toBe(true);
  });

  it('replaces only after saving the current version for recovery, and gets it back', async () => {
    const g = await richGraph();
    const current = { ...g, workshop: { ...g.workshop, title: 'Versie op dit apparaat' } };
    await putGraph(current);
    const r = await commitImports([{ bundle: await opened(Promise.resolve(g)), choice: { kind: 'replace' } }]);
    expect(r.ok).toBe(true);
    expect((await readGraph(g.workshop.id))?.workshop.title).toBe(g.workshop.title);
    const rec = await listRecovery();
    expect(rec).toHaveLength(1);
    expect(rec[0]).toMatchObject({ workshopId: g.workshop.id, title: 'Versie op dit apparaat' });
    const back = await restoreRecovery(rec[0]?.id ?? '', 'Teruggezet');
    if (!back.ok) throw new Error('restore failed');
    expect((await readGraph(back.value))?.notes.map((n) => n.text)).toEqual(current.notes.map((n) => n.text));
    expect(await listRecovery()).toEqual([]);
  });

  it('writes nothing when a workshop appeared between preview and choice', async () => {
    const a = await opened();
    const g = await richGraph();
    const b = await opened(Promise.resolve(g));
    await putGraph(g);
    const before = await snapshot();
    const r = await commitImports([{ bundle: a, choice: { kind: 'new' } }, { bundle: b, choice: { kind: 'new' } }], [a.signer]);
    expect(r).toEqual({ ok: true, value: [{ kind: 'skipped' }, { kind: 'changed-meanwhile' }] });
    expect(await snapshot()).toEqual(before);
  });

  it('remembers a signer the person trusts, and forgets it again', async () => {
    const b = await opened(undefined, undefined, 'Piet Puk');
    await commitImports([{ bundle: b, choice: { kind: 'new' } }], [b.signer]);
    expect((await listTrustedSigners()).map((s) => [s.name, s.kid])).toEqual([['Piet Puk', b.signer.kid]]);
    expect((await prepareImport(b)).signerStatus).toBe('trusted');
    await forgetSigner(b.signer.kid);
    expect(await listTrustedSigners()).toEqual([]);
  });
});

describe('a refused file writes nothing', async () => {
  const corpus = await badFiles();
  for (const bad of corpus) {
    it(`${bad.name}`, async () => {
      await putGraph(await richGraph());
      await ensureDeviceKey();
      const before = await snapshot();
      const r = await readImportFile(new Blob([bad.bytes as Uint8Array<ArrayBuffer>]));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.refusal.kind).toBe(bad.refusal);
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe('device key and export', () => {
  it('makes the key once, keeps it, and makes a new one on request', async () => {
    expect(await readDeviceKey()).toBeNull();
    const first = await ensureDeviceKey();
    const again = await ensureDeviceKey();
    if (!first.ok || !again.ok) throw new Error('no key');
    expect(again.value.key.kid).toBe(first.value.key.kid);
    expect(first.value.kind).toBe('stored');
    expect(first.value.key.privateKey.extractable).toBe(false);
    const fresh = await makeNewDeviceKey();
    if (!fresh.ok) throw new Error('no key');
    expect(fresh.value.key.kid).not.toBe(first.value.key.kid);
    expect((await readDeviceKey())?.key.kid).toBe(fresh.value.key.kid);
  });

  it('signs for the session when the browser cannot store a key (WebKit private mode)', async () => {
    vi.spyOn(db().settings, 'put').mockRejectedValueOnce(Object.assign(new Error('cannot clone'), { name: 'DataCloneError' }));
    const r = await ensureDeviceKey();
    expect(r.ok && r.value.kind).toBe('session-only');
    expect((await readDeviceKey())?.kind).toBe('session-only');
    // the next successful store replaces the session key
    const stored = await makeNewDeviceKey();
    expect(stored.ok && stored.value.kind).toBe('stored');
  });

  it('remembers the signer’s name', async () => {
    expect(await readSignerName()).toBe('');
    await saveSignerName('  Anne de Vries ');
    expect(await readSignerName()).toBe('Anne de Vries');
  });

  it('exports a stored workshop to a file that imports elsewhere, and notes the export without counting it as a change', async () => {
    const g = await richGraph();
    await putGraph(g);
    await db().packs.put(pack);
    const made = await makeBundleFile(g.workshop.id, 'Anne');
    if (!made.ok) throw new Error(JSON.stringify(made.failure));
    expect(made.file.name).toBe('2026-11-12 Slimme vuilcontainers.deda.json');
    await markExported(made.ids, made.at as IsoDateTime);
    const w = (await readGraph(g.workshop.id))?.workshop;
    expect(w?.updatedAt).toBe(g.workshop.updatedAt);
    expect(w && needsExport(w)).toBe(false);
    // "another device"
    db().close();
    useDatabase(new DedaDatabase(freshName('other-device')));
    const start = await readImportFile(made.file);
    if (!start.ok || start.kind !== 'bundle') throw new Error(JSON.stringify(start));
    expect(start.prepared.bundle.signer.name).toBe('Anne');
    expect(start.prepared.existing.kind).toBe('none');
  });

  it('backs up every workshop in one file that reads back as a backup', async () => {
    const a = await richGraph();
    const b = await richGraph();
    await putGraph(a);
    await putGraph(b);
    await db().packs.put(pack);
    const made = await makeBackupFile('Anne', 'DEDA Tafel reservekopie');
    if (!made.ok) throw new Error(JSON.stringify(made.failure));
    const start = await readImportFile(made.file);
    if (!start.ok || start.kind !== 'backup') throw new Error(JSON.stringify(start));
    expect(start.items.map((i) => i.bundle.graph.workshop.id).sort()).toEqual([a.workshop.id, b.workshop.id].sort());
    expect(start.items.every((i) => i.existing.kind === 'same-workshop' && i.signerStatus === 'this-device')).toBe(true);
  });
});
