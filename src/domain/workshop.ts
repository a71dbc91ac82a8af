// Why: the workshop is the unit everything else hangs from and the unit that travels between
// devices. Its small, often-read parts (goal, values, decision, preconditions, agenda, the
// step clocks) live on the workshop itself; its many parts (participants, notes, action
// points, photos) are entities of their own so that adding one note never rewrites the rest.
import type { AbsentParty } from './absent';
import type { AgendaItem } from './agenda';
import { EMPTY_CLOCKS, type WorkshopClocks } from './clock-model';
import type { Decision } from './decision';
import { EMPTY_GOAL, type ProjectGoal } from './goal';
import type { WorkshopId } from './ids';
import type { Lang } from './lang';
import { plainText } from './plain-text';
import { emptyScan, type PreconditionScan } from './preconditions';
import type { IsoDate, IsoDateTime } from './time';
import { EMPTY_SCREENING, type Screening } from './screening-record';
import type { WorkshopValues } from './values';
import { EMPTY_VALUES } from './values-empty';

export type WorkshopKind = 'initial' | 'evaluation';

/** Which content pack, and which version of it, this workshop's questions come from. */
export interface PackRef {
  readonly id: string;
  readonly version: string;
  /**
   * The SHA-256 of the pack's RFC 8785 canonical JSON when the workshop was made or imported
   * (docs/pack-format.md): a pack under this id and version with other texts is not this
   * workshop's. Absent in workshops made before it was kept; for those the copy stored with
   * them (or, for the built-in pack's id and version, the app's own released copy) is the pin.
   * Not part of the bundle: an import takes it from the pack the bundle carries.
   */
  readonly hash?: string;
}

/** What the list on the home screen and the create form deal with. */
export interface WorkshopMeta {
  readonly title: string;
  readonly organisation: string;
  readonly dataProject: string;
  readonly date: IsoDate | null;
  readonly place: string;
  readonly facilitator: string;
}

export interface Workshop extends WorkshopMeta {
  readonly id: WorkshopId;
  readonly kind: WorkshopKind;
  /** For an evaluation session: the workshop it evaluates. */
  readonly evaluationOf: WorkshopId | null;
  /** The language the workshop is run and reported in. */
  readonly lang: Lang;
  readonly pack: PackRef;
  readonly goal: ProjectGoal;
  readonly values: WorkshopValues;
  /** Parties that should have been at the table and were not (since schema version 3). */
  readonly absent: readonly AbsentParty[];
  readonly preconditions: PreconditionScan;
  readonly decision: Decision | null;
  /** The group's answers on whether a DPIA and an IAMA follow (since schema version 4). */
  readonly screening: Screening;
  readonly agenda: readonly AgendaItem[];
  /** The clock of every step timed so far; facilitation, not content. */
  readonly clocks: WorkshopClocks;
  readonly createdAt: IsoDateTime;
  readonly updatedAt: IsoDateTime;
  /** Last time a bundle or report of it left the device; drives the quiet export reminder. */
  readonly lastExportedAt: IsoDateTime | null;
  /** Set when moved to "recently deleted"; the workshop is hidden but can be restored. */
  readonly deletedAt: IsoDateTime | null;
}

export type MetaProblem = { readonly field: 'title'; readonly problem: 'required' | 'too-long' } | { readonly field: keyof WorkshopMeta; readonly problem: 'too-long' } | { readonly field: 'date'; readonly problem: 'invalid' };

export const MAX_TITLE = 200;
export const MAX_FIELD = 500;

/**
 * Trims every field, takes out invisible characters that reorder or hide text (plain-text.ts),
 * and lists what is wrong; an empty list means the metadata can be saved.
 */
export function normaliseMeta(meta: WorkshopMeta): { meta: WorkshopMeta; problems: MetaProblem[] } {
  const text = (s: string) => plainText(s).trim();
  const clean: WorkshopMeta = {
    title: text(meta.title),
    organisation: text(meta.organisation),
    dataProject: text(meta.dataProject),
    date: meta.date,
    place: text(meta.place),
    facilitator: text(meta.facilitator),
  };
  const problems: MetaProblem[] = [];
  if (clean.title.length === 0) problems.push({ field: 'title', problem: 'required' });
  if (clean.title.length > MAX_TITLE) problems.push({ field: 'title', problem: 'too-long' });
  for (const field of ['organisation', 'dataProject', 'place', 'facilitator'] as const) {
    if (clean[field].length > MAX_FIELD) problems.push({ field, problem: 'too-long' });
  }
  return { meta: clean, problems };
}

export function newWorkshop(
  init: { id: WorkshopId; meta: WorkshopMeta; lang: Lang; pack: PackRef; agenda: readonly AgendaItem[]; now: IsoDateTime },
): Workshop {
  return {
    ...init.meta,
    id: init.id,
    kind: 'initial',
    evaluationOf: null,
    lang: init.lang,
    pack: init.pack,
    goal: EMPTY_GOAL,
    values: EMPTY_VALUES,
    absent: [],
    preconditions: emptyScan(),
    decision: null,
    screening: EMPTY_SCREENING,
    agenda: init.agenda,
    clocks: EMPTY_CLOCKS,
    createdAt: init.now,
    updatedAt: init.now,
    lastExportedAt: null,
    deletedAt: null,
  };
}

/** Newest change first; ties broken by title so the order is stable. */
export function byLastChange(a: Pick<Workshop, 'updatedAt' | 'title'>, b: Pick<Workshop, 'updatedAt' | 'title'>): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.title.localeCompare(b.title);
}

/** True when the workshop changed after its last export (or was never exported). */
export function needsExport(w: Pick<Workshop, 'updatedAt' | 'lastExportedAt'>): boolean {
  return w.lastExportedAt === null || w.updatedAt > w.lastExportedAt;
}
