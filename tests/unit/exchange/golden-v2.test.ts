// Why: bundles that this release wrote (format version 2, made in Chromium by
// tests/contract/make-fixtures.mjs 2) must open in every later version, read back to the same
// workshop with the same vectors and tombstones, import onto a device, and merge with the copy
// they came from without a conflict. These files are the frozen contract: never regenerated.
// If a test here fails, the change broke files people already hold: keep version 2 readable
// (src/exchange/v2/convert.ts restores what an old file lacks) or make a version 3.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFile } from '../../../src/exchange/backup';
import { createBundle, openBundle, type OpenedBundle } from '../../../src/exchange/bundle';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { graphTables } from '../../../src/storage/graph-store';
import { commitImports, prepareImport } from '../../../src/storage/import-repo';
import { readReplica } from '../../../src/storage/merge-repo';
import { freshName } from '../storage/migration-harness';
import { key } from './support';

const dir = join(__dirname, '../../contract/v2');
const file = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The files as the release wrote them: a golden file that was edited protects nothing. */
const GOLDEN = {
  'rich.deda.json': '8fe8dda111d07f267354f6e86162cb7ab405f63e5c955c73a817063ec27ef323',
  'small.deda.json': '1fd97bcc58b8a27fdec9de4d57b437e2db8135055b3491001d84d9a9c1a09654',
  'backup.json': '0e2611fb72cdee847789d830da42f16dc6a58e859d02c59838c2e1d30178e3c1',
} as const;

async function openOne(name: string): Promise<OpenedBundle> {
  const r = await openFile(file(name));
  if (!r.ok) throw new Error(`${name} refused: ${JSON.stringify(r.refusal)}`);
  if (r.kind !== 'bundle') throw new Error(`${name} opened as a backup`);
  return r.bundle;
}

const nodesOf = (v: object | undefined) => Object.keys(v ?? {}).sort();

describe('golden bundles of format version 2', () => {
  it('are byte for byte what the release wrote', () => {
    for (const [name, hash] of Object.entries(GOLDEN)) expect(sha(file(name)), `${name} was changed: golden files are never regenerated`).toBe(hash);
  });

  it('the rich workshop opens with its records, its vectors from two tablets and its tombstones', async () => {
    const b = await openOne('rich.deda.json');
    expect(b.formatVersion).toBe(2);
    expect(b.signer.name).toBe('Anne de Vries');
    const g = b.graph;
    expect(g.workshop.title).toBe('Wachtlijst schuldhulp voorspellen');
    // The merge kept this tablet's goal; the other tablet's note came in.
    expect(g.workshop.goal.statement).toBe('Inwoners met schulden eerder hulp aanbieden (tablet 1).');
    expect(g.workshop.goal.deliverables).toBe('Een belafspraak binnen twee weken na een signaal.');
    expect(g.notes.map((n) => n.text)).toContain('Brief in eenvoudige taal, ook in het Arabisch en Pools.');
    expect(g.notes.map((n) => n.text)).not.toContain('Wordt nog verwijderd');
    expect(g.notes).toHaveLength(6);
    // A note handed over from a phone, and the DPIA/IAMA answers with the point made from them.
    expect(g.notes.find((n) => n.text === 'Wie ziet de signalen?')?.via).toBe('contribution');
    expect(g.notes.filter((n) => n.via === 'table')).toHaveLength(5);
    expect(g.workshop.screening).toMatchObject({ personalData: 'yes', apList: ['financial-situation'], note: 'Met de FG nagaan.' });
    expect(g.actionPoints.find((a) => a.id === g.workshop.screening.points.dpia)?.title).toBe('DPIA laten uitvoeren');
    expect(g.participants.map((p) => p.name)).toEqual(['Łukasz Wróbel', 'Nguyễn Thị Ánh', 'Fatima el Amrani', 'Sanne']);
    expect(g.workshop.absent.map((a) => a.party)).toEqual(['Cliëntenraad']);
    expect(g.actionPoints.find((a) => a.status === 'done')?.done).toEqual({ note: 'Uitnodiging verstuurd', by: 'Secretariaat', on: '2026-12-02' });
    const sync = b.sync;
    if (!sync) throw new Error('no sync');
    // The goal was changed on both tablets and resolved here: two devices in its vector.
    expect(nodesOf(sync.versions['workshop:goal'])).toHaveLength(2);
    expect(nodesOf(sync.versions['workshop:meta'])).toHaveLength(1);
    for (const n of g.notes) expect(nodesOf(sync.versions[`note:${n.id}`]).length).toBeGreaterThan(0);
    expect(sync.tombstones.map((t) => t.kind).sort()).toEqual(['note', 'participant']);
  });

  it('the small workshop and the backup open', async () => {
    const s = await openOne('small.deda.json');
    expect([s.graph.workshop.title, s.graph.workshop.lang]).toEqual(['Smart bins', 'en']);
    const r = await openFile(file('backup.json'));
    if (!r.ok || r.kind !== 'backup') throw new Error(JSON.stringify(r));
    expect(r.bundles.map((x) => x.graph.workshop.title).sort()).toEqual(['Smart bins', 'Wachtlijst schuldhulp voorspellen']);
    expect(r.bundles.every((x) => x.formatVersion === 2)).toBe(true);
  });
});

describe('golden bundles of format version 2 on a device', () => {
  beforeEach(() => useDatabase(new DedaDatabase(freshName('golden-v2'))));
  afterEach(() => {
    db().close();
    useDatabase(null);
  });

  it('import keeps the vectors and tombstones; merging the same file again finds nothing to do; export again keeps them', async () => {
    const b = await openOne('rich.deda.json');
    const written = await commitImports([{ bundle: b, choice: { kind: 'new' } }]);
    if (!written.ok) throw new Error('import failed');
    const here = await db().transaction('r', [...graphTables(db())], () => readReplica(b.graph.workshop.id));
    expect(here?.versions).toEqual(b.sync?.versions);
    expect(here?.tombstones).toEqual(b.sync?.tombstones);
    const again = await prepareImport(b);
    expect(again.merge).toEqual({ counts: { incoming: 0, changed: 0, deleted: 0 }, conflicts: [] });
    if (!here) throw new Error('not here');
    const out = await createBundle(here.graph, b.pack, await key(), { signer: 'Anne de Vries', appVersion: 'next', now: new Date('2027-01-01T00:00:00Z'), sync: here });
    if (!out.ok) throw new Error(JSON.stringify(out.refusal));
    const golden = JSON.parse(readFileSync(join(dir, 'rich.deda.json'), 'utf8')) as { payload: Record<string, unknown> };
    const { app: _a, exportedAt: _e, ...kept } = golden.payload;
    expect(out.bundle.payload).toMatchObject(kept);
    expect((await openBundle(out.bytes)).ok).toBe(true);
  });
});
