// Why: the report needs the whole workshop and the exact question pack it was run with, read
// in one consistent view. This only reads: making a report never changes what is stored.
import { loadDefaultPack } from '../content/default-pack-loader';
import type { ContentPack } from '../content/pack-types';
import type { WorkshopId } from '../domain/ids';
import type { WorkshopGraph } from '../domain/workshop-graph';
import { db } from './db';
import { graphTables, readGraph } from './graph-store';
import { isPack } from './packs-repo';
import { classifyStorageError, type StorageProblem } from './storage-events';

export type ReportSource =
  | { readonly ok: true; readonly graph: WorkshopGraph; readonly pack: ContentPack }
  | { readonly ok: false; readonly problem: 'not-found' | 'pack-missing' }
  | { readonly ok: false; readonly problem: 'storage'; readonly storage: StorageProblem };

export async function readReportSource(id: WorkshopId): Promise<ReportSource> {
  let graph: WorkshopGraph | null;
  let pack: ContentPack | undefined;
  try {
    const d = db();
    [graph, pack] = await d.transaction('r', [...graphTables(d), d.packs], async () => {
      const g = await readGraph(id);
      const p = g ? await d.packs.get([g.workshop.pack.id, g.workshop.pack.version]) : undefined;
      return [g, p] as const;
    });
  } catch (error) {
    return { ok: false, problem: 'storage', storage: classifyStorageError(error) };
  }
  if (!graph || graph.workshop.deletedAt !== null) return { ok: false, problem: 'not-found' };
  // The built-in pack's id and version always mean the app's own copy (see packs-repo); any
  // other pack is the one stored when the workshop was created or imported.
  const shipped = await loadDefaultPack().catch(() => null);
  if (shipped && isPack(shipped, graph.workshop.pack)) return { ok: true, graph, pack: shipped };
  if (pack) return { ok: true, graph, pack };
  return { ok: false, problem: 'pack-missing' };
}
