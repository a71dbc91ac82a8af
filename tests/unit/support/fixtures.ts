// Why: realistic workshops for tests, built from the domain's own constructors so that a
// change to the model shows up here as a type error rather than as a silently stale fixture.
import { GROUP } from '../../../src/domain/author';
import type { ActionPoint } from '../../../src/domain/action-point';
import { newId, type ActionPointId, type NoteId, type ParticipantId, type QuestionId, type WorkshopId } from '../../../src/domain/ids';
import type { Note } from '../../../src/domain/note';
import type { Participant } from '../../../src/domain/participant';
import type { QuestionState } from '../../../src/domain/question-state';
import type { IsoDate, IsoDateTime } from '../../../src/domain/time';
import { newWorkshop, type Workshop, type WorkshopMeta } from '../../../src/domain/workshop';
import type { WorkshopGraph } from '../../../src/domain/workshop-graph';

export const T0 = '2026-11-01T09:00:00.000Z' as IsoDateTime;

export function meta(overrides: Partial<WorkshopMeta> = {}): WorkshopMeta {
  return {
    title: 'Slimme vuilcontainers',
    organisation: 'Gemeente Voorbeeld',
    dataProject: 'Sensoren in ondergrondse containers',
    date: '2026-11-12' as IsoDate,
    place: 'Stadhuis, kamer 2.14',
    facilitator: 'Zoë Ørsted-Çelik',
    ...overrides,
  };
}

export function workshop(overrides: Partial<Workshop> = {}): Workshop {
  return {
    ...newWorkshop({ id: newId<WorkshopId>(), meta: meta(), lang: 'nl', pack: { id: 'nl.dedatafel.default', version: '1.0.0' }, agenda: [], now: T0 }),
    ...overrides,
  };
}

export function graph(): WorkshopGraph {
  const w = workshop();
  const p1: Participant = { id: newId<ParticipantId>(), workshopId: w.id, name: 'Łukasz Wróbel', roles: ['privacy-officer'], roleNote: '', order: 0, createdAt: T0, updatedAt: T0 };
  const p2: Participant = { id: newId<ParticipantId>(), workshopId: w.id, name: 'Nguyễn Thị Ánh', roles: ['data-analyst', 'domain-expert'], roleNote: '', order: 1, createdAt: T0, updatedAt: T0 };
  const q = 'source.origin' as QuestionId;
  const n1: Note = { id: newId<NoteId>(), workshopId: w.id, questionId: q, text: 'De data komt uit de BRP.', kind: 'answer', speaker: { kind: 'participant', participantId: p2.id }, order: 0, via: 'table', createdAt: T0, updatedAt: T0 };
  const n2: Note = { id: newId<NoteId>(), workshopId: w.id, questionId: q, text: 'Is hergebruik wel toegestaan? € 1.250,–', kind: 'concern', speaker: GROUP, order: 1, via: 'table', createdAt: T0, updatedAt: T0 };
  const state: QuestionState = { workshopId: w.id, questionId: q, status: 'discussed', reason: '', updatedAt: T0 };
  const a1: ActionPoint = {
    id: newId<ActionPointId>(),
    workshopId: w.id,
    title: 'Grondslag laten toetsen',
    description: '',
    owner: { kind: 'participant', participantId: p1.id },
    dueDate: '2026-12-01' as IsoDate,
    priority: 'high',
    isCondition: true,
    status: 'open',
    dropReason: '',
    origin: { kind: 'note', noteId: n2.id, questionId: q, topicId: null },
    valueId: null,
    precondition: null,
    order: 0,
    createdAt: T0,
    updatedAt: T0,
    completedAt: null,
    done: { note: '', by: '', on: null },
  };
  return { workshop: w, participants: [p1, p2], notes: [n1, n2], questionStates: [state], actionPoints: [a1], attachments: [] };
}
