// Why: a workshop's questions come from the exact pack version it was started with, kept on
// the device; the app's built-in pack is only the fallback for a pack this device lacks.
import { loadDefaultPack } from '../content/default-pack-loader';
import type { ContentPack } from '../content/pack-types';
import type { PackRef } from '../domain/workshop';
import { db } from './db';

export async function packFor(ref: PackRef): Promise<{ pack: ContentPack; exact: boolean }> {
  const stored = await db().packs.get([ref.id, ref.version]);
  if (stored) return { pack: stored, exact: true };
  const builtIn = await loadDefaultPack();
  return { pack: builtIn, exact: builtIn.id === ref.id && builtIn.version === ref.version };
}
