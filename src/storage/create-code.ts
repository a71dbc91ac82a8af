// Why: what creating a workshop needs and the home screen does not (the agenda rule, the pack's
// content hash and the rule for keeping its copy), in one module loaded on first use: one lazy
// chunk, so the first load stays small (workshops-repo is part of it).
import { agendaFor } from '../content/agenda-for';
import { loadDefaultPack } from '../content/default-pack-loader';
import type { ContentPack } from '../content/pack-types';
import type { AgendaItem } from '../domain/agenda';
import { packHash, samePackContent } from '../exchange/pack-hash';

export interface ForCreate {
  readonly agenda: readonly AgendaItem[];
  /** The pack's content hash, which the workshop pins (PackRef.hash). */
  readonly hash: string;
  /**
   * Whether to store the pack, given the copy stored under its id and version (inside the
   * transaction). A stored copy with other texts is never replaced, and no workshop is pinned
   * to a pack that is not the one here: that throws (the write fails, nothing is written).
   * For the built-in pack's id and version the app's own copy is the measure (packs-repo).
   */
  keep(stored: ContentPack | undefined): boolean;
}

export async function forCreate(pack: ContentPack): Promise<ForCreate> {
  const shipped = await loadDefaultPack();
  const builtIn = shipped.id === pack.id && shipped.version === pack.version;
  return {
    agenda: agendaFor(pack),
    hash: await packHash(pack),
    keep: (stored) => {
      if (stored && !builtIn && !samePackContent(stored, pack)) throw new Error('pack conflict: another pack is stored under this id and version');
      return !stored;
    },
  };
}
