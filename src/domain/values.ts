// Why: the values at stake are named before the topics, so that later concerns can be weighed
// against them. Core values are ranked; a conflict between two values is a result in itself.
import type { ValueConflictId, ValueId } from './ids';

/** The two lists the group fills; a value can stand in both. */
export type ValueList = 'organisation' | 'project';
/** 'both': the organisation holds it and the project touches it (e.g. privacy, for a municipality whose data project handles personal data). */
export type ValueSource = ValueList | 'both';

/** True when the value stands in `list` (a value of both lists stands in each). */
export function inList(entry: Pick<ValueEntry, 'source'>, list: ValueList): boolean {
  return entry.source === list || entry.source === 'both';
}

const OTHER: Record<ValueList, ValueList> = { organisation: 'project', project: 'organisation' };

export interface ValueEntry {
  readonly id: ValueId;
  readonly label: string;
  /** Whether the organisation holds it (e.g. from a coalition agreement), the project touches it, or both. */
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

export { EMPTY_VALUES } from './values-empty';

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
 * value: "Privacy" named in both lists is one value of both (source 'both'), never two values
 * that could not be told apart when the group ranks them or records a conflict.
 */
export function valueNamed(values: WorkshopValues, label: string): ValueEntry | undefined {
  const key = label.trim().toLocaleLowerCase();
  return values.entries.find((v) => v.label.trim().toLocaleLowerCase() === key);
}

/**
 * Adds a value to the list `entry.source` names. The same word already in the other list makes
 * that value one of both lists (keeping its id, so its ranking and conflicts stay); already in
 * this list, or empty, changes nothing.
 */
export function addValue(values: WorkshopValues, entry: ValueEntry): WorkshopValues {
  const label = entry.label.trim();
  if (label === '') return values;
  const there = valueNamed(values, label);
  if (!there) return { ...values, entries: [...values.entries, { ...entry, label }] };
  if (there.source === entry.source || there.source === 'both') return values;
  return { ...values, entries: values.entries.map((v) => (v.id === there.id ? { ...v, source: 'both' } : v)) };
}

/**
 * Takes a value out of one list: a value of both lists stays in the other one (with its
 * ranking and conflicts), a value of this list only is removed.
 */
export function removeFromList(values: WorkshopValues, id: ValueId, list: ValueList): WorkshopValues {
  const entry = values.entries.find((v) => v.id === id);
  if (!entry || !inList(entry, list)) return values;
  if (entry.source === 'both') return { ...values, entries: values.entries.map((v) => (v.id === id ? { ...v, source: OTHER[list] } : v)) };
  return removeValue(values, id);
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
