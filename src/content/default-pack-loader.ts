// Why: the default pack's texts are sizeable and only needed once a workshop is created or
// opened, so they load on demand (from the precache, so also offline), checked once.
import type { ContentPack } from './pack-types';
import { validatePack } from './validate-pack';

let loaded: Promise<ContentPack> | null = null;

export function loadDefaultPack(): Promise<ContentPack> {
  loaded ??= import('./packs/default-pack').then(({ defaultPack }) => {
    const check = validatePack(defaultPack);
    if (!check.ok) throw new Error(`default pack invalid: ${check.problems.join('; ')}`);
    return check.pack;
  });
  return loaded;
}
