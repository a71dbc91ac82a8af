// Why: a workshop and everything that belongs to it, as one value. Duplicating, exporting,
// importing and recovering all move whole graphs; the rules for doing that without breaking
// references (a note pointing at a participant, an action point at a note) live here.
import type { ActionPoint, ActionOrigin } from './action-point';
import type { Attachment } from './attachment';
import type { Owner, Speaker } from './author';
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

/**
 * A copy of the graph under fresh ids, with every internal reference rewritten, so that the
 * copy and the original can live side by side. The copy is a new workshop: never exported,
 * not deleted, created now.
 */
export function copyGraph(graph: WorkshopGraph, opts: { now: IsoDateTime; title: string; ids?: IdFactory }): WorkshopGraph {
  const ids = opts.ids ?? randomIds;
  const workshopId = ids.workshop();
  const people = new Map(graph.participants.map((p) => [p.id, ids.participant()]));
  const notes = new Map(graph.notes.map((n) => [n.id, ids.note()]));
  const points = new Map(graph.actionPoints.map((a) => [a.id, ids.actionPoint()]));

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
    workshop: {
      ...graph.workshop,
      id: workshopId,
      title: opts.title,
      createdAt: opts.now,
      updatedAt: opts.now,
      lastExportedAt: null,
      deletedAt: null,
      timer: null,
    },
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
    attachments: graph.attachments.map((a) => ({ ...a, id: ids.attachment(), workshopId })),
  };
}
