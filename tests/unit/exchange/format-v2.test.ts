// Why: bundle format 2 carries what a merge needs. What the exporting device knew (a vector
// per unit, the tombstones) must come back the same on the other device; a file of format 1
// comes in with nothing stamped; a file of a later format is refused as too new.
import { describe, expect, it } from 'vitest';
import { createBundle, openBundle } from '../../../src/exchange/bundle';
import { BUNDLE_VERSION } from '../../../src/exchange/bundle-schema';
import { partKey, recordKey, type Replica } from '../../../src/domain/sync-units';
import type { NodeId } from '../../../src/domain/hlc';
import { formatHlc } from '../../../src/domain/hlc';
import { NOW, fileOf, key, pack, richGraph } from './support';

const A = 'aaaaaaaaaaaaaaaa' as NodeId;
const B = 'bbbbbbbbbbbbbbbb' as NodeId;
const at = (ms: number, node: NodeId) => formatHlc({ wall: NOW.getTime() + ms, counter: 0, node });

describe('bundle format 2', () => {
  it('carries every vector and tombstone to the other device', async () => {
    const g = await richGraph();
    const note = g.notes[0];
    if (!note) throw new Error('fixture');
    const sync: Pick<Replica, 'versions' | 'tombstones'> = {
      versions: { [partKey('goal')]: { [A]: at(1, A), [B]: at(2, B) }, [recordKey('note', note.id)]: { [B]: at(3, B) } },
      tombstones: [{ workshopId: g.workshop.id, kind: 'note', id: '0d0d0d0d-0000-4000-8000-000000000001', version: { [A]: at(4, A) }, deletedAt: NOW.toISOString() as never }],
    };
    const made = await createBundle(g, pack, await key(), { signer: 'Anne', appVersion: '1.0.0', now: NOW, sync });
    if (!made.ok) throw new Error(JSON.stringify(made.refusal));
    expect(made.bundle.formatVersion).toBe(2);
    expect(BUNDLE_VERSION).toBe(2);
    const r = await openBundle(made.bytes);
    if (!r.ok) throw new Error(JSON.stringify(r.refusal));
    expect(r.bundle.sync).toEqual(sync);
  });

  it('a file of format 1 opens with nothing stamped', async () => {
    const made = await createBundle(await richGraph(), pack, await key(), { signer: 'Anne', appVersion: '1.0.0', now: NOW });
    if (!made.ok) throw new Error('made');
    expect(made.bundle.payload.sync).toEqual({ versions: [], tombstones: [] });
  });

  it('refuses a timestamp that is not one, and a vector too long', async () => {
    const made = await createBundle(await richGraph(), pack, await key(), { signer: 'Anne', appVersion: '1.0.0', now: NOW });
    if (!made.ok) throw new Error('made');
    const bad = JSON.parse(made.json) as { payload: { sync: { versions: unknown[] } } };
    bad.payload.sync.versions.push({ kind: 'workshop', id: 'goal', vector: ['gisteren'] });
    const r = await openBundle(fileOf(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal).toMatchObject({ kind: 'invalid', path: 'payload.sync.versions[0].vector[0]' });
  });
});
