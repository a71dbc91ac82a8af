// Why: the values at stake are named before the topics, so that later concerns can be weighed
// against them. Core values are ranked; a conflict between two values is a result in itself.
import type { ValueConflictId, ValueId } from './ids';

export type ValueSource = 'organisation' | 'project';

export interface ValueEntry {
  readonly id: ValueId;
  readonly label: string;
  /** Whether the organisation holds it (e.g. from a coalition agreement) or the project touches it. */
  readonly source: ValueSource;
  readonly description: string;
}

export interface ValueConflict {
  readonly id: ValueConflictId;
  readonly a: ValueId;
  readonly b: ValueId;
  readonly description: string;
}

export interface WorkshopValues {
  readonly entries: readonly ValueEntry[];
  /** The chosen core values, most important first. Every id is in `entries`. */
  readonly coreRanking: readonly ValueId[];
  readonly conflicts: readonly ValueConflict[];
}

export const EMPTY_VALUES: WorkshopValues = { entries: [], coreRanking: [], conflicts: [] };

/** Drops ranking entries and conflicts that point at values no longer in the list. */
export function pruneValues(values: WorkshopValues): WorkshopValues {
  const ids = new Set(values.entries.map((v) => v.id));
  return {
    entries: values.entries,
    coreRanking: values.coreRanking.filter((id, i, all) => ids.has(id) && all.indexOf(id) === i),
    conflicts: values.conflicts.filter((c) => ids.has(c.a) && ids.has(c.b) && c.a !== c.b),
  };
}
