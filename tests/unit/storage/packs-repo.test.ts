// Why: a pack is id, version AND content. A pack kept on this device never changes, the built-in
// pack is never replaced, a workshop pins the hash it was made with (also when it arrives in a
// bundle, which does not carry the hash: it is derived from the pack the bundle carries), and a
// workshop whose pack here is not the one it pinned is flagged with that reason. Workshops of
// schema 6 (made before the pin) open as before, their stored copy being their pin.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../../src/content/pack-types';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { packHash } from '../../../src/exchange/pack-hash';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { commitImports } from '../../../src/storage/import-repo';
import { listPacks, packFor, storePack } from '../../../src/storage/packs-repo';
import { createWorkshop, getWorkshop, listWorkshops } from '../../../src/storage/workshops-repo';
import { opened } from '../exchange/storage-support';
import { richGraph } from '../exchange/support';
import { meta } from '../support/fixtures';
import { V6_DUMP, useV6Database } from './fixtures/v6-database';
import { freshName } from './migration-harness';

/** The built-in pack under another name, with one question changed: an organisation's own. */
function ownPack(question = 'Wie in de wijk weet hiervan?'): ContentPack {
  const p = JSON.parse(JSON.stringify(defaultPack)) as { id: string; licence?: string; groups: { topics: { questions: { text: { nl: string } }[] }[] }[] };
  p.id = 'nl.zuidhaven.vragen';
  p.licence = 'CC BY 4.0';
  p.groups[0]!.topics[0]!.questions[0]!.text.nl = question;
  return p as unknown as ContentPack;
}
const value = <T,>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : null);

describe('packs on a device', () => {
  beforeEach(() => useDatabase(new DedaDatabase(freshName('packs'))));
  afterEach(() => {
    db().close();
    useDatabase(null);
  });

  it('keeps a new pack, takes the same one again as already there, and refuses other texts under its id and version', async () => {
    expect(value(await storePack(ownPack()))).toEqual({ kind: 'stored' });
    expect(value(await storePack(ownPack()))).toEqual({ kind: 'already' });
    expect(value(await storePack(ownPack('Een andere vraag?')))).toEqual({ kind: 'conflict', builtIn: false });
    expect((await db().packs.get(['nl.zuidhaven.vragen', defaultPack.version]))?.groups[0]?.topics[0]?.questions[0]?.text.nl).toBe('Wie in de wijk weet hiervan?');
    expect((await listPacks()).map((k) => [k.pack.id, k.builtIn])).toEqual([
      [defaultPack.id, true],
      ['nl.zuidhaven.vragen', false],
    ]);
  });

  it('never lets a pack take the built-in pack’s place', async () => {
    const fake = { ...ownPack(), id: defaultPack.id };
    expect(value(await storePack(fake))).toEqual({ kind: 'conflict', builtIn: true });
    expect(value(await storePack(defaultPack))).toEqual({ kind: 'already' });
    expect(await db().packs.count()).toBe(0);
    expect((await packFor({ id: defaultPack.id, version: defaultPack.version })).pack).toBe(defaultPack);
  });

  it('pins the chosen pack’s hash in a new workshop, and flags a workshop whose pack here is not the pinned one', async () => {
    const own = ownPack();
    const made = await createWorkshop(meta({ title: 'Wijkdata' }), 'nl', own);
    const id = value(made);
    if (!id) throw new Error('not created');
    const w = await getWorkshop(id);
    expect(w?.pack).toEqual({ id: own.id, version: own.version, hash: await packHash(own) });
    expect(await packFor(w!.pack)).toEqual({ pack: own, exact: true });
    // The stored copy altered behind the app's back (no app path does this): the pin says so.
    await db().packs.put(ownPack('Vervalst?'));
    expect(await packFor(w!.pack)).toMatchObject({ exact: false, problem: 'hash-mismatch' });
    // A pack that is not here at all is another reason.
    expect(await packFor({ id: 'nl.elders', version: '1.0.0' })).toMatchObject({ pack: defaultPack, exact: false, problem: 'missing' });
  });

  it('pins an imported workshop to the pack its bundle carries, and refuses one whose pack conflicts', async () => {
    const own = ownPack();
    const g = await richGraph();
    const bundle = await opened({ ...g, workshop: { ...g.workshop, pack: { id: own.id, version: own.version } } }, own);
    const r = value(await commitImports([{ bundle, choice: { kind: 'new' } }]));
    expect(r?.[0]?.kind).toBe('imported');
    expect((await getWorkshop(g.workshop.id))?.pack.hash).toBe(await packHash(own));

    const g2 = await richGraph();
    const other = ownPack('Vervalst?');
    const forged = await opened({ ...g2, workshop: { ...g2.workshop, id: crypto.randomUUID() as typeof g2.workshop.id, pack: { id: own.id, version: own.version } } }, other);
    const r2 = value(await commitImports([{ bundle: forged, choice: { kind: 'new' } }]));
    expect(r2?.[0]).toMatchObject({ kind: 'refused', refusal: { kind: 'pack-conflict', packId: own.id } });
  });
});

describe('workshops of schema 6, made before packs were pinned', () => {
  // Blobs left out as well: these tests read packs and workshops only.
  beforeEach(async () => {
    const rows = Object.fromEntries(Object.entries(V6_DUMP.database.tables).map(([t, list]) => [t, list.filter((r) => !JSON.stringify(r).includes('"$blob"') && !JSON.stringify(r).includes('"$cryptoKey"'))]));
    await useV6Database('db-v6-packs', rows);
  });
  afterEach(() => {
    db().close();
    useDatabase(null);
  });

  it('have no pin stored and open with their exact pack, the built-in pack’s released copy', async () => {
    const all = await listWorkshops();
    expect(all.length).toBeGreaterThan(0);
    for (const w of all) {
      expect(w.pack.hash).toBeUndefined();
      const found = await packFor(w.pack);
      expect(found.exact).toBe(true);
      expect(await packHash(found.pack)).toBe('733089d10832f305c72b37e18b2140d968396ba1f68e36c7e42f7e41f70f6146');
    }
  });
});
