// Why: what the storage tests of the exchange share: a bundle as the import screen gets it
// (made, signed, checked), and the whole database as plain data, to prove a refusal wrote
// nothing (every row of every table, photos as bytes) and to count rows per table.
import type { ContentPack } from '../../../src/content/pack-types';
import type { WorkshopGraph } from '../../../src/domain/workshop-graph';
import { createBundle, openBundle, type OpenedBundle } from '../../../src/exchange/bundle';
import type { Bundle } from '../../../src/exchange/bundle-types';
import { db } from '../../../src/storage/db';
import { NOW, fileOf, key, pack, richGraph } from './support';

export async function opened(g: Promise<WorkshopGraph> | WorkshopGraph = richGraph(), p: ContentPack = pack, signer = 'Anne'): Promise<OpenedBundle> {
  const made = await createBundle(await g, p, await key(), { signer, appVersion: '1.0.0', now: NOW });
  if (!made.ok) throw new Error(JSON.stringify(made.refusal));
  return openedFrom(made.bundle);
}

/** A bundle (perhaps made by hand) through the app's checks, as import gets it. */
export async function openedFrom(bundle: Bundle): Promise<OpenedBundle> {
  const r = await openBundle(fileOf(bundle));
  if (!r.ok) throw new Error(JSON.stringify(r.refusal));
  return r.bundle;
}

/** Everything in the database, Blobs as bytes, for "nothing changed" comparisons. */
export async function snapshot() {
  const d = db();
  const tables = await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()] as const));
  const out: Record<string, unknown> = {};
  for (const [name, rows] of tables) {
    out[name] = await Promise.all(
      rows.map(async (r) => (r && typeof r === 'object' && 'blob' in r && r.blob instanceof Blob ? { ...r, blob: [...new Uint8Array(await r.blob.arrayBuffer())] } : r)),
    );
  }
  return out;
}

/** Rows per table. */
export async function rowCounts(): Promise<Record<string, number>> {
  const d = db();
  return Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.count()] as const)));
}
