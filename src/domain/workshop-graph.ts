// Why: a workshop and everything that belongs to it, as one value. Duplicating, exporting,
// importing and recovering all move whole graphs; the rules for doing that without breaking
// references (a note pointing at a participant, an action point at a note) live here.
import type { ActionPoint, ActionOrigin } from './action-point';
import type { Attachment } from './attachment';
import type { Owner, Speaker } from './author';
import { EMPTY_CLOCKS } from './clock-model';
import { newId, type ActionPointId, type AttachmentId, type NoteId, type ParticipantId, type WorkshopId } from './ids';
import type { Note } from './note';
import type { Participant } from './participant';
import type { QuestionState } from './question-state';
import type { IsoDateTime } from './time';
import type { Workshop } from './workshop';

export interface WorkshopGraph {
  readonly workshop: Workshop;
  readonly participants: readonly Participant[];
  readonly notes: readonly Note[];
  readonly questionStates: readonly QuestionState[];
  readonly actionPoints: readonly ActionPoint[];
  readonly attachments: readonly Attachment[];
}

export interface IdFactory {
  workshop(): WorkshopId;
  participant(): ParticipantId;
  note(): NoteId;
  actionPoint(): ActionPointId;
  attachment(): AttachmentId;
}

export const randomIds: IdFactory = {
  workshop: () => newId<WorkshopId>(),
  participant: () => newId<ParticipantId>(),
  note: () => newId<NoteId>(),
  actionPoint: () => newId<ActionPointId>(),
  attachment: () => newId<AttachmentId>(),
};

/** New ids for some of a graph's records, by their current id. */
interface IdMaps {
  readonly people: ReadonlyMap<string, ParticipantId>;
  readonly notes: ReadonlyMap<string, NoteId>;
  readonly points: ReadonlyMap<string, ActionPointId>;
  readonly attachments: ReadonlyMap<string, AttachmentId>;
}

/**
 * The graph under workshop id `workshopId`, every record whose id is in `maps` under its new
 * id, and every reference inside the graph to such a record rewritten to match. References to
 * records outside the graph (a carried-over point's original in the first session) stay.
 */
function rewrite(graph: WorkshopGraph, workshopId: WorkshopId, maps: IdMaps): Omit<WorkshopGraph, 'workshop'> {
  const { people, notes, points, attachments } = maps;
  const speaker = (s: Speaker): Speaker =>
    s.kind === 'participant' ? { kind: 'participant', participantId: people.get(s.participantId) ?? s.participantId } : s;
  const owner = (o: Owner): Owner =>
    o.kind === 'participant' ? { kind: 'participant', participantId: people.get(o.participantId) ?? o.participantId } : o;
  const origin = (o: ActionOrigin): ActionOrigin => {
    if (o.kind === 'note') return { ...o, noteId: notes.get(o.noteId) ?? o.noteId };
    if (o.kind === 'carried-over') return { ...o, fromActionPointId: points.get(o.fromActionPointId) ?? o.fromActionPointId };
    return o;
  };
  return {
    participants: graph.participants.map((p) => ({ ...p, id: people.get(p.id) ?? p.id, workshopId })),
    notes: graph.notes.map((n) => ({ ...n, id: notes.get(n.id) ?? n.id, workshopId, speaker: speaker(n.speaker) })),
    questionStates: graph.questionStates.map((q) => ({ ...q, workshopId })),
    actionPoints: graph.actionPoints.map((a) => ({
      ...a,
      id: points.get(a.id) ?? a.id,
      workshopId,
      owner: owner(a.owner),
      origin: origin(a.origin),
    })),
    attachments: graph.attachments.map((a) => ({ ...a, id: attachments.get(a.id) ?? a.id, workshopId })),
  };
}

/** The workshop's own references to its action points (the points made from the DPIA/IAMA advice), rewritten. */
function workshopRefs(w: Workshop, points: ReadonlyMap<string, ActionPointId>): Workshop {
  const made = w.screening.points;
  if (made.dpia === null && made.iama === null) return w;
  const to = (id: ActionPointId | null) => (id === null ? null : (points.get(id) ?? id));
  return { ...w, screening: { ...w.screening, points: { dpia: to(made.dpia), iama: to(made.iama) } } };
}

/**
 * A copy of the graph under fresh ids, with every internal reference rewritten, so that the
 * copy and the original can live side by side. The copy is a new workshop: never exported,
 * not deleted, created now.
 */
export function copyGraph(graph: WorkshopGraph, opts: { now: IsoDateTime; title: string; ids?: IdFactory }): WorkshopGraph {
  const ids = opts.ids ?? randomIds;
  const workshopId = ids.workshop();
  const maps: IdMaps = {
    people: new Map(graph.participants.map((p) => [p.id, ids.participant()])),
    notes: new Map(graph.notes.map((n) => [n.id, ids.note()])),
    points: new Map(graph.actionPoints.map((a) => [a.id, ids.actionPoint()])),
    attachments: new Map(graph.attachments.map((a) => [a.id, ids.attachment()])),
  };
  return {
    workshop: {
      ...workshopRefs(graph.workshop, maps.points),
      id: workshopId,
      title: opts.title,
      createdAt: opts.now,
      updatedAt: opts.now,
      lastExportedAt: null,
      deletedAt: null,
      clocks: EMPTY_CLOCKS,
    },
    ...rewrite(graph, workshopId, maps),
  };
}

/** Ids of records that already belong to another workshop, per kind of record. */
export interface TakenIds {
  /** The workshop's own id is taken (by a workshop this device keeps apart, another organisation's). */
  readonly workshop?: boolean;
  readonly participants: ReadonlySet<string>;
  readonly notes: ReadonlySet<string>;
  readonly actionPoints: ReadonlySet<string>;
  readonly attachments: ReadonlySet<string>;
}

export function noneTaken(t: TakenIds): boolean {
  return !t.workshop && t.participants.size + t.notes.size + t.actionPoints.size + t.attachments.size === 0;
}

/**
 * The same workshop, with only the records whose ids are taken given fresh ids (and every
 * reference to them inside the graph rewritten; a taken workshop id: the workshop and every
 * record's reference to it). Used on import: an id that is unique on the
 * device it came from may already be used by another workshop here, and writing it as it is
 * would move that other workshop's record into this one.
 */
export function rekeyGraph(graph: WorkshopGraph, taken: TakenIds, ids: IdFactory = randomIds): WorkshopGraph {
  if (noneTaken(taken)) return graph;
  const fresh = <I extends string>(items: readonly { readonly id: I }[], used: ReadonlySet<string>, make: () => I) =>
    new Map(items.filter((x) => used.has(x.id)).map((x) => [x.id as string, make()]));
  const maps: IdMaps = {
    people: fresh(graph.participants, taken.participants, () => ids.participant()),
    notes: fresh(graph.notes, taken.notes, () => ids.note()),
    points: fresh(graph.actionPoints, taken.actionPoints, () => ids.actionPoint()),
    attachments: fresh(graph.attachments, taken.attachments, () => ids.attachment()),
  };
  const workshopId = taken.workshop ? ids.workshop() : graph.workshop.id;
  const workshop = workshopRefs(graph.workshop, maps.points);
  return { workshop: taken.workshop ? { ...workshop, id: workshopId } : workshop, ...rewrite(graph, workshopId, maps) };
}
