// Why: the two ways an import could lose or rewrite data without a word. Record ids are unique
// per device, not across devices: a file whose notes, people, photos or action points carry
// ids another workshop here already uses must not move those records out of that workshop
// (import as new, replace). And a file must not bring other questions under the name and
// version of a pack this device knows, above all the built-in one that every new workshop
// gets. Against a real (in-memory) IndexedDB; every refusal is checked to write nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDefaultPack } from '../../../src/content/default-pack-loader';
import type { ContentPack } from '../../../src/content/pack-types';
import { newId, type WorkshopId } from '../../../src/domain/ids';
import type { WorkshopGraph } from '../../../src/domain/workshop-graph';
import type { BundlePayload } from '../../../src/exchange/bundle-types';
import { readImportFile } from '../../../src/features/exchange/import-flow';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { putGraph, readGraph } from '../../../src/storage/graph-store';
import { commitImports, listRecovery, prepareImport } from '../../../src/storage/import-repo';
import { packFor } from '../../../src/storage/packs-repo';
import { createWorkshop } from '../../../src/storage/workshops-repo';
import { freshName } from '../storage/migration-harness';
import { meta } from '../support/fixtures';
import { opened, openedFrom, rowCounts, snapshot } from './storage-support';
import { forgedPack, pack, payloadOf, richGraph, signedBundle, withIds } from './support';
import { unstamped, unstampedGraph } from '../support/unstamped';

beforeEach(() => {
  useDatabase(new DedaDatabase(freshName('import-safety')));
});
afterEach(() => {
  db().close();
  useDatabase(null);
});

/** A graph as plain data (photo bytes included, photos in id order), for deep comparison. */
async function plain(g: WorkshopGraph) {
  const attachments = await Promise.all(g.attachments.map(async ({ blob, ...a }) => ({ ...a, bytes: [...new Uint8Array(await blob.arrayBuffer())] })));
  return { ...g, attachments: attachments.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

/** A workshop's records as stored now, as plain data. */
async function contents(id: string) {
  const g = await readGraph(id as WorkshopId);
  if (!g) throw new Error(`workshop ${id} is gone`);
  return plain(unstampedGraph(g));
}

function childIds(g: WorkshopGraph): string[] {
  return [...g.participants, ...g.notes, ...g.actionPoints, ...g.attachments].map((x) => x.id);
}

/**
 * A signed bundle of another workshop (`workshopId`) whose participants, notes, action points
 * and photos all carry the ids of `victim`'s, with its own texts.
 */
async function borrowingIds(victim: WorkshopGraph, workshopId: WorkshopId = newId<WorkshopId>()) {
  const own = await richGraph();
  const swap = new Map<string, string>([[own.workshop.id, workshopId]]);
  const pairs = [
    [own.participants, victim.participants],
    [own.notes, victim.notes],
    [own.actionPoints, victim.actionPoints],
    [own.attachments, victim.attachments],
  ] as const;
  for (const [mine, theirs] of pairs) mine.forEach((x, i) => theirs[i] && swap.set(x.id, theirs[i].id));
  const p = withIds(await payloadOf(own), swap);
  const payload: BundlePayload = {
    ...p,
    workshop: { ...p.workshop, title: 'Een andere workshop' },
    notes: p.notes.map((n, i) => ({ ...n, text: `Eigen notitie ${i + 1}` })),
    participants: p.participants.map((x, i) => ({ ...x, name: `Eigen deelnemer ${i + 1}` })),
    actionPoints: p.actionPoints.map((a, i) => ({ ...a, title: `Eigen actiepunt ${i + 1}` })),
  };
  return openedFrom(await signedBundle(payload));
}

/** Every reference inside an imported graph resolves inside that same graph. */
function expectReferencesIntact(g: WorkshopGraph) {
  const people = new Map(g.participants.map((p) => [p.id as string, p.name]));
  const notes = new Map(g.notes.map((n) => [n.id as string, n.text]));
  for (const n of g.notes) if (n.speaker.kind === 'participant') expect(people.has(n.speaker.participantId), `speaker of ${n.text}`).toBe(true);
  for (const a of g.actionPoints) {
    if (a.owner.kind === 'participant') expect(people.has(a.owner.participantId), `owner of ${a.title}`).toBe(true);
    if (a.origin.kind === 'note') expect(notes.has(a.origin.noteId), `origin of ${a.title}`).toBe(true);
  }
  for (const x of [...g.participants, ...g.notes, ...g.actionPoints, ...g.attachments, ...g.questionStates]) expect(x.workshopId).toBe(g.workshop.id);
}

describe('an import never takes records from another workshop', () => {
  it('as a new workshop: the other keeps everything, the import gets new ids with its references intact', async () => {
    const victim = await richGraph();
    await putGraph(victim);
    const before = await contents(victim.workshop.id);
    const hostile = await borrowingIds(victim);
    expect(childIds(hostile.graph).sort()).toEqual(childIds(victim).sort());

    const prepared = await prepareImport(hostile);
    expect(prepared.existing).toEqual({ kind: 'none' });
    const r = await commitImports([{ bundle: hostile, choice: { kind: 'new' } }]);
    expect(r).toEqual({ ok: true, value: [{ kind: 'imported', workshopId: hostile.graph.workshop.id }] });

    expect(await contents(victim.workshop.id)).toEqual(before);
    const imported = await readGraph(hostile.graph.workshop.id);
    if (!imported) throw new Error('not imported');
    // Every record arrived, none under an id of the other workshop.
    expect(imported.notes.map((n) => n.text)).toEqual(hostile.graph.notes.map((n) => n.text));
    expect(imported.participants.map((p) => p.name)).toEqual(hostile.graph.participants.map((p) => p.name));
    expect(imported.actionPoints.map((a) => a.title)).toEqual(hostile.graph.actionPoints.map((a) => a.title));
    expect(imported.attachments.map((a) => a.sha256).sort()).toEqual(hostile.graph.attachments.map((a) => a.sha256).sort());
    const victimIds = new Set(childIds(victim));
    expect(childIds(imported).filter((id) => victimIds.has(id))).toEqual([]);
    expectReferencesIntact(imported);
    // Who said what and who does what, as in the file.
    const speakerName = (g: WorkshopGraph, i: number) => {
      const s = g.notes[i]?.speaker;
      return s?.kind === 'participant' ? g.participants.find((p) => p.id === s.participantId)?.name : s?.kind;
    };
    for (let i = 0; i < hostile.graph.notes.length; i++) expect(speakerName(imported, i)).toBe(speakerName(hostile.graph, i));
    expect(await rowCounts()).toMatchObject({ workshops: 2, notes: 2 * victim.notes.length, participants: 2 * victim.participants.length, actionPoints: 2 * victim.actionPoints.length, attachments: 2 * victim.attachments.length });
  });

  it('re-keys only what is taken: a free id stays as the file has it', async () => {
    const victim = await richGraph();
    await putGraph(victim);
    const own = await richGraph();
    const taken = own.notes[0]?.id ?? '';
    const payload = withIds(await payloadOf(own), new Map([[taken, victim.notes[0]?.id ?? '']]));
    const b = await openedFrom(await signedBundle(payload));
    await commitImports([{ bundle: b, choice: { kind: 'new' } }]);
    const imported = await readGraph(own.workshop.id);
    expect(imported?.notes[0]?.id).not.toBe(victim.notes[0]?.id);
    expect(imported?.notes[1]?.id).toBe(own.notes[1]?.id);
    expect(imported?.participants.map((p) => p.id)).toEqual(own.participants.map((p) => p.id));
    expect(await contents(victim.workshop.id)).toEqual(await plain(victim));
  });

  it('on replace: only the replaced workshop’s own records go, the replaced version is kept for recovery', async () => {
    const victim = await richGraph();
    const current = await richGraph();
    await putGraph(victim);
    await putGraph(current);
    const before = await contents(victim.workshop.id);
    const hostile = await borrowingIds(victim, current.workshop.id);
    const prepared = await prepareImport(hostile);
    expect(prepared.existing.kind).toBe('same-workshop');

    const r = await commitImports([{ bundle: hostile, choice: { kind: 'replace' } }]);
    expect(r).toEqual({ ok: true, value: [{ kind: 'imported', workshopId: current.workshop.id }] });
    expect(await contents(victim.workshop.id)).toEqual(before);
    const replaced = await readGraph(current.workshop.id);
    if (!replaced) throw new Error('gone');
    expect(replaced.workshop.title).toBe('Een andere workshop');
    expect(replaced.notes.map((n) => n.text)).toEqual(hostile.graph.notes.map((n) => n.text));
    const victimIds = new Set(childIds(victim));
    expect(childIds(replaced).filter((id) => victimIds.has(id))).toEqual([]);
    expectReferencesIntact(replaced);
    // The version that was here: in the recovery table, whole.
    const rec = await listRecovery();
    expect(rec).toHaveLength(1);
    expect(rec[0]).toMatchObject({ workshopId: current.workshop.id, title: current.workshop.title, counts: { notes: current.notes.length, participants: current.participants.length, attachments: current.attachments.length } });
    expect(unstamped((await db().recovery.toArray())[0]?.graph.notes)).toEqual(current.notes);
  });

  it('re-importing the very same bundle with replace keeps its ids', async () => {
    const g = await richGraph();
    const b = await opened(g);
    await commitImports([{ bundle: b, choice: { kind: 'new' } }]);
    const other = await richGraph();
    await putGraph(other);
    const r = await commitImports([{ bundle: b, choice: { kind: 'replace' } }]);
    expect(r).toEqual({ ok: true, value: [{ kind: 'imported', workshopId: g.workshop.id }] });
    const again = await readGraph(g.workshop.id);
    expect(unstamped(again?.notes)).toEqual(b.graph.notes);
    expect(unstamped(again?.participants)).toEqual(b.graph.participants);
    expect(unstamped(again?.actionPoints)).toEqual(b.graph.actionPoints);
    expect(again?.attachments.map((a) => a.id).sort()).toEqual(b.graph.attachments.map((a) => a.id).sort());
    expect(await contents(other.workshop.id)).toEqual(await plain(other));
    expect(await listRecovery()).toHaveLength(1);
    expect(await rowCounts()).toMatchObject({ workshops: 2, notes: g.notes.length + other.notes.length });
  });

  it('keep both: the copy gets new ids throughout, the original and the other workshop stay', async () => {
    const victim = await richGraph();
    const current = await richGraph();
    await putGraph(victim);
    await putGraph(current);
    const hostile = await borrowingIds(victim, current.workshop.id);
    const r = await commitImports([{ bundle: hostile, choice: { kind: 'keep-both', title: 'Kopie' } }]);
    if (!r.ok || r.value[0]?.kind !== 'imported') throw new Error('not imported');
    const copy = await readGraph(r.value[0].workshopId);
    if (!copy) throw new Error('gone');
    const elsewhere = new Set([...childIds(victim), ...childIds(current)]);
    expect(childIds(copy).filter((id) => elsewhere.has(id))).toEqual([]);
    expectReferencesIntact(copy);
    expect(await contents(victim.workshop.id)).toEqual(await plain(victim));
    expect(await contents(current.workshop.id)).toEqual(await plain(current));
  });

  it('refuses a backup of two workshops sharing a note id, naming where, and writes nothing', async () => {
    await putGraph(await richGraph());
    const a = await payloadOf(await richGraph());
    const b = await payloadOf(await richGraph());
    const shared = a.notes[0]?.id ?? '';
    const file = JSON.stringify({
      format: 'deda-tafel/backup',
      formatVersion: 1,
      createdAt: '2026-11-29T10:00:00.000Z',
      app: { name: 'DEDA Tafel', version: '1.0.0' },
      bundles: [await signedBundle(a), await signedBundle(withIds(b, new Map([[b.notes[0]?.id ?? '', shared]])))],
    });
    const counts = await rowCounts();
    const before = await snapshot();
    const r = await readImportFile(new Blob([file]));
    expect(r).toEqual({ ok: false, refusal: { kind: 'duplicate-id', path: 'bundles[1].payload.notes[0].id', id: shared }, index: 1 });
    expect(await rowCounts()).toEqual(counts);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a file never rewrites the questions of a pack this device knows', () => {
  async function forged(p: ContentPack = forgedPack()) {
    const g = await richGraph();
    return openedFrom(await signedBundle(await payloadOf({ ...g, workshop: { ...g.workshop, pack: { id: p.id, version: p.version } } }, p)));
  }

  for (const stored of [false, true]) {
    it(`refuses the built-in pack’s id and version with other texts (built-in pack ${stored ? 'already stored' : 'not stored yet'}), writing nothing`, async () => {
      await putGraph(await richGraph());
      if (stored) await db().packs.put(pack);
      const b = await forged();
      const counts = await rowCounts();
      const before = await snapshot();
      // At the preview...
      const r = await readImportFile(new Blob([JSON.stringify(await signedBundle(await payloadOf(b.graph, b.pack)))]));
      expect(r).toEqual({ ok: false, refusal: { kind: 'pack-conflict', packId: pack.id, version: pack.version } });
      // ...and in the write itself, should the preview have been passed by.
      const c = await commitImports([{ bundle: b, choice: { kind: 'new' } }]);
      expect(c).toEqual({ ok: true, value: [{ kind: 'refused', refusal: { kind: 'pack-conflict', packId: pack.id, version: pack.version } }] });
      expect(await rowCounts()).toEqual(counts);
      expect(await snapshot()).toEqual(before);
      // A workshop made now runs with the app's own questions.
      const made = await createWorkshop(meta(), 'nl', await loadDefaultPack());
      if (!made.ok) throw new Error(made.problem);
      const w = await db().workshops.get(made.value);
      if (!w) throw new Error('not made');
      const { pack: used, exact } = await packFor(w.pack);
      expect(exact).toBe(true);
      expect(used).toEqual(pack);
    });
  }

  it('rolls back a whole backup when one of its workshops brings a conflicting pack', async () => {
    const good = await opened();
    const bad = await forged();
    const before = await snapshot();
    const r = await commitImports(
      [
        { bundle: good, choice: { kind: 'new' } },
        { bundle: bad, choice: { kind: 'new' } },
      ],
      [good.signer],
    );
    expect(r.ok && r.value.map((o) => o.kind)).toEqual(['skipped', 'refused']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses another pack with the id and version of one stored here but other texts; takes the very same one', async () => {
    const mine: ContentPack = { ...pack, version: '2.0.0' };
    await db().packs.put(mine);
    const before = await snapshot();
    const conflicting = await forged(forgedPack(mine));
    expect(await readImportFile(new Blob([JSON.stringify(await signedBundle(await payloadOf(conflicting.graph, conflicting.pack)))]))).toEqual({
      ok: false,
      refusal: { kind: 'pack-conflict', packId: mine.id, version: '2.0.0' },
    });
    expect(await commitImports([{ bundle: conflicting, choice: { kind: 'new' } }])).toEqual({ ok: true, value: [{ kind: 'refused', refusal: { kind: 'pack-conflict', packId: mine.id, version: '2.0.0' } }] });
    expect(await snapshot()).toEqual(before);
    const same = await forged(mine);
    const r = await commitImports([{ bundle: same, choice: { kind: 'new' } }]);
    expect(r.ok && r.value[0]?.kind).toBe('imported');
    expect(await db().packs.get([mine.id, mine.version])).toEqual(mine);
  });

  it('keeps taking the real built-in pack from a file, and stores it as a verified copy', async () => {
    const b = await opened();
    expect(await readImportFile(new Blob([JSON.stringify(await signedBundle(await payloadOf(b.graph, b.pack)))]))).toMatchObject({ ok: true, kind: 'bundle' });
    const r = await commitImports([{ bundle: b, choice: { kind: 'new' } }]);
    expect(r.ok && r.value[0]?.kind).toBe('imported');
    expect(await db().packs.get([pack.id, pack.version])).toEqual(pack);
  });

  it('shows the built-in questions even where an older import left other texts under their name', async () => {
    await db().packs.put(forgedPack());
    expect((await packFor({ id: pack.id, version: pack.version })).pack).toEqual(pack);
  });
});
