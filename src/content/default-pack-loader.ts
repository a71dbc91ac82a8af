// Why: the default pack's texts are sizeable and only needed once a workshop is created or
// opened, so they load on demand (from the precache, so also offline), checked once.
// The validator comes with it: it is not needed before then, so it stays out of the first load.
import type { ContentPack } from './pack-types';

let loaded: Promise<ContentPack> | null = null;

export function loadDefaultPack(): Promise<ContentPack> {
  loaded ??= import('./packs/default-pack').then((m) => m.defaultPack);
  return loaded;
}
