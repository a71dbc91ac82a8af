// Why: a workshop's questions come from the exact pack version it was started with. The
// app's built-in pack is always taken from the app's own code for its id and version (a
// stored copy under that name with other texts, as an import could once leave behind, is
// never shown); any other pack comes from the copy kept on the device. A pack is known by id,
// version AND content hash: a workshop pins the hash it was made with (`PackRef.hash`), a pack
// loaded from a file under a known id and version with other texts is refused, and a stored
// pack version is never replaced.
import { loadDefaultPack } from '../content/default-pack-loader';
import type { ContentPack } from '../content/pack-types';
import type { PackRef } from '../domain/workshop';
import { packHash, samePackContent } from '../exchange/pack-hash';
import { db } from './db';
import { write, type WriteResult } from './write';

export function isPack(pack: Pick<ContentPack, 'id' | 'version'>, ref: Pick<PackRef, 'id' | 'version'>): boolean {
  return pack.id === ref.id && pack.version === ref.version;
}

/**
 * Why a workshop's questions are not its own: its pack is not on this device (the built-in
 * pack stands in), or the pack here under its id and version is not the one it pinned.
 */
export type PackProblem = 'missing' | 'hash-mismatch';

/** The pack for a workshop; `exact` is false when it is only the built-in pack standing in, or not the pinned one. */
export async function packFor(ref: PackRef): Promise<{ pack: ContentPack; exact: boolean; problem?: PackProblem }> {
  const builtIn = await loadDefaultPack();
  const found = isPack(builtIn, ref) ? builtIn : await db().packs.get([ref.id, ref.version]);
  if (!found) return { pack: builtIn, exact: false, problem: 'missing' };
  // A workshop made before packs were pinned has no hash: the copy kept with it is its pin.
  if (ref.hash !== undefined && (await packHash(found)) !== ref.hash) return { pack: found, exact: false, problem: 'hash-mismatch' };
  return { pack: found, exact: true };
}

export interface KnownPack {
  readonly pack: ContentPack;
  readonly hash: string;
  readonly builtIn: boolean;
}

/** Every pack this device can start a workshop with: the built-in one first, then the stored ones by title. */
export async function listPacks(): Promise<KnownPack[]> {
  const builtIn = await loadDefaultPack();
  const stored = (await db().packs.toArray()).filter((p) => !isPack(builtIn, p));
  const known: KnownPack[] = [{ pack: builtIn, hash: await packHash(builtIn), builtIn: true }];
  for (const pack of stored) known.push({ pack, hash: await packHash(pack), builtIn: false });
  return known;
}

export type StorePackOutcome = { readonly kind: 'stored' } | { readonly kind: 'already' } | { readonly kind: 'conflict'; readonly builtIn: boolean };

/**
 * Keeps a pack (already checked, exchange/pack-file.ts) on this device. The same pack again is
 * "already"; another text under the id and version of the built-in pack or of a stored one is
 * a conflict, and nothing is written: a pack version never changes once made.
 */
export async function storePack(pack: ContentPack): Promise<WriteResult<StorePackOutcome>> {
  const builtIn = await loadDefaultPack();
  return write(() =>
    db().transaction('rw', db().packs, async (): Promise<StorePackOutcome> => {
      if (isPack(builtIn, pack)) return samePackContent(builtIn, pack) ? { kind: 'already' } : { kind: 'conflict', builtIn: true };
      const stored = await db().packs.get([pack.id, pack.version]);
      if (stored) return samePackContent(stored, pack) ? { kind: 'already' } : { kind: 'conflict', builtIn: false };
      await db().packs.add(pack);
      return { kind: 'stored' };
    }),
  );
}
