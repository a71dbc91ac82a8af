// Why: a workshop's questions come from the exact pack version it was started with. The
// app's built-in pack is always taken from the app's own code for its id and version (a
// stored copy under that name with other texts, as an import could once leave behind, is
// never shown); any other pack comes from the copy kept on the device.
import { loadDefaultPack } from '../content/default-pack-loader';
import type { ContentPack } from '../content/pack-types';
import type { PackRef } from '../domain/workshop';
import { db } from './db';

export function isPack(pack: Pick<ContentPack, 'id' | 'version'>, ref: PackRef): boolean {
  return pack.id === ref.id && pack.version === ref.version;
}

/** The pack for a workshop; `exact` is false when it is only the built-in pack standing in. */
export async function packFor(ref: PackRef): Promise<{ pack: ContentPack; exact: boolean }> {
  const builtIn = await loadDefaultPack();
  if (isPack(builtIn, ref)) return { pack: builtIn, exact: true };
  const stored = await db().packs.get([ref.id, ref.version]);
  if (stored) return { pack: stored, exact: true };
  return { pack: builtIn, exact: false };
}
