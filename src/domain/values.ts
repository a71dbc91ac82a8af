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

/**
 * The value already called `label` (ignoring case and spaces), in either list. One word is one
 * value: "Privacy" as an organisation value and again as a project value could not be told
 * apart when the group ranks them or records a conflict.
 */
export function valueNamed(values: WorkshopValues, label: string): ValueEntry | undefined {
  const key = label.trim().toLocaleLowerCase();
  return values.entries.find((v) => v.label.trim().toLocaleLowerCase() === key);
}

/** Adds a value unless it is empty or the same word is already a value (see valueNamed). */
export function addValue(values: WorkshopValues, entry: ValueEntry): WorkshopValues {
  const label = entry.label.trim();
  if (label === '' || valueNamed(values, label)) return values;
  return { ...values, entries: [...values.entries, { ...entry, label }] };
}

export function removeValue(values: WorkshopValues, id: ValueId): WorkshopValues {
  return pruneValues({ ...values, entries: values.entries.filter((v) => v.id !== id) });
}

/** Makes a value core (last in the ranking) or no longer core. */
export function setCore(values: WorkshopValues, id: ValueId, core: boolean): WorkshopValues {
  const without = values.coreRanking.filter((x) => x !== id);
  return { ...values, coreRanking: core ? [...without, id] : without };
}

/** Moves a core value up (-1) or down (+1) in the ranking; no-op at the ends. */
export function moveCore(values: WorkshopValues, id: ValueId, delta: -1 | 1): WorkshopValues {
  const ranking = [...values.coreRanking];
  const i = ranking.indexOf(id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= ranking.length) return values;
  [ranking[i], ranking[j]] = [ranking[j] as ValueId, ranking[i] as ValueId];
  return { ...values, coreRanking: ranking };
}

export function addConflict(values: WorkshopValues, conflict: ValueConflict): WorkshopValues {
  if (conflict.a === conflict.b) return values;
  return { ...values, conflicts: [...values.conflicts, { ...conflict, description: conflict.description.trim() }] };
}

export function removeConflict(values: WorkshopValues, id: ValueConflictId): WorkshopValues {
  return { ...values, conflicts: values.conflicts.filter((c) => c.id !== id) };
}
