// Why: the only place where the app's model and bundle format version 1 meet. Each record is
// taken apart field by field and put together again on the other side, so that:
// - a field added to the model is a type error here (`placed` gets what was not placed) until
//   someone decides what version 1 does with it: leave it on the device, or a new version;
// - a field the model needs and a version-1 file lacks is filled here when read (restore:
//   the defaults an older file implies), never left undefined for a screen to trip over.
// Dangling references (a speaker removed on this device) are written as the app shows them.
import type { ContentPack, LocalizedText, PackGroup, PackQuestion, PackTopic } from '../../content/pack-types';
import { NO_DONE_RECORD, type ActionOrigin, type ActionPoint } from '../../domain/action-point';
import type { Attachment, AttachmentTarget } from '../../domain/attachment';
import type { WorkshopClocks } from '../../domain/clock-model';
import type { Owner, Speaker } from '../../domain/author';
import type { Decision } from '../../domain/decision';
import type { AbsentPartyId, ActionPointId, AttachmentId, DissentId, NoteId, ParticipantId, QuestionId, TopicId, ValueConflictId, ValueId, WorkshopId } from '../../domain/ids';
import { LANGS, type Lang } from '../../domain/lang';
import type { Note } from '../../domain/note';
import type { Participant } from '../../domain/participant';
import { PRECONDITIONS, type PreconditionAssessment, type PreconditionScan } from '../../domain/preconditions';
import type { QuestionState } from '../../domain/question-state';
import type { StepKey } from '../../domain/steps';
import type { IsoDate, IsoDateTime } from '../../domain/time';
import { EMPTY_SCREENING, type Screening } from '../../domain/screening';
import type { Workshop } from '../../domain/workshop';
import type { WorkshopGraph } from '../../domain/workshop-graph';
import type { V1ActionOrigin, V1ActionPoint, V1AttachmentTarget, V1Decision, V1LocalizedText, V1Note, V1Owner, V1Pack, V1Participant, V1PreconditionAssessment, V1QuestionState, V1Screening, V1Speaker, V1Workshop } from './types';

/** Compiles only when every field of a record was placed: `rest` must be empty. */
function placed(_rest: Readonly<Record<string, never>>): void {}

// ---------------------------------------------------------------- model -> file

function speakerToV1(s: Speaker, people: ReadonlySet<string>): V1Speaker {
  switch (s.kind) {
    case 'group':
      return { kind: 'group' };
    case 'participant':
      return people.has(s.participantId) ? { kind: 'participant', participantId: s.participantId } : { kind: 'group' };
    case 'role':
      return { kind: 'role', role: s.role };
  }
}

function ownerToV1(o: Owner, people: ReadonlySet<string>): V1Owner {
  switch (o.kind) {
    case 'nobody':
      return { kind: 'nobody' };
    case 'participant':
      return people.has(o.participantId) ? { kind: 'participant', participantId: o.participantId } : { kind: 'nobody' };
    case 'role':
      return { kind: 'role', role: o.role };
    case 'person':
      return { kind: 'person', name: o.name };
  }
}

function originToV1(o: ActionOrigin, notes: ReadonlySet<string>): V1ActionOrigin {
  switch (o.kind) {
    case 'manual':
      return { kind: 'manual' };
    case 'note':
      return notes.has(o.noteId) ? { kind: 'note', noteId: o.noteId, questionId: o.questionId, topicId: o.topicId } : { kind: 'manual' };
    case 'precondition':
      return { kind: 'precondition', precondition: o.precondition, suggestion: o.suggestion };
    case 'carried-over':
      return { kind: 'carried-over', fromActionPointId: o.fromActionPointId };
  }
}

function targetToV1(t: AttachmentTarget): V1AttachmentTarget {
  return t.kind === 'topic' ? { kind: 'topic', topicId: t.topicId } : { kind: 'workshop' };
}

function assessmentToV1(a: PreconditionAssessment): V1PreconditionAssessment {
  const { state, explanation, confirmed, overrideReason, dismissedSuggestions, updatedAt, ...rest } = a;
  placed(rest);
  return { state, explanation, confirmed, overrideReason, dismissedSuggestions: [...dismissedSuggestions], updatedAt };
}

function decisionToV1(d: Decision): V1Decision {
  const { outcome, rationale, dissent, decidedBy, date, recordedAt, ...rest } = d;
  placed(rest);
  return { outcome, rationale, dissent: dissent.map(({ id, who, reason }) => ({ id, who, reason })), decidedBy, date, recordedAt };
}

/** Format 1's single timer, still written for every reader of format 1: the clock started last. */
function timerToV1(c: WorkshopClocks): V1Workshop['timer'] {
  if (!c.current) return null;
  const own = c.steps.find((s) => s.step === c.current);
  return { step: c.current, runningSince: c.runningSince, elapsedMs: own?.usedMs ?? 0, extraMinutes: own?.extraMinutes ?? 0 };
}

/** Anything answered, noted or made from it: otherwise a file of the workshop stays as it was. */
function isScreened(s: Screening): boolean {
  return s.personalData !== null || Object.keys(s.dpia).length > 0 || s.apList.length > 0 || Object.keys(s.iama).length > 0 || s.highRiskAreas.length > 0 || s.note !== '' || s.points.dpia !== null || s.points.iama !== null;
}

function screeningToV1(s: Screening): V1Screening {
  const { personalData, dpia, apList, iama, highRiskAreas, note, points, ...rest } = s;
  placed(rest);
  return { personalData, dpia: { ...dpia }, apList: [...apList], iama: { ...iama }, highRiskAreas: [...highRiskAreas], note, points: { dpia: points.dpia, iama: points.iama } };
}

function screeningFromV1(s: V1Screening): Screening {
  return {
    personalData: s.personalData,
    dpia: { ...s.dpia },
    apList: [...s.apList],
    iama: { ...s.iama },
    highRiskAreas: [...s.highRiskAreas],
    note: s.note,
    points: { dpia: s.points.dpia as ActionPointId | null, iama: s.points.iama as ActionPointId | null },
  };
}

export function workshopToV1(w: Workshop): V1Workshop {
  // lastExportedAt and deletedAt are this device's own bookkeeping: they stay here.
  const { id, kind, evaluationOf, lang, pack, title, organisation, dataProject, date, place, facilitator, goal, values, absent, preconditions, decision, screening, agenda, clocks, createdAt, updatedAt, lastExportedAt: _exported, deletedAt: _deleted, ...rest } = w;
  placed(rest);
  const { statement, deliverables, nonDeliverables, outcomeRole, dataSets, phase, ...goalRest } = goal;
  placed(goalRest);
  const valueIds = new Set<string>(values.entries.map((v) => v.id));
  return {
    id,
    kind,
    evaluationOf,
    lang,
    pack: { id: pack.id, version: pack.version },
    title,
    organisation,
    dataProject,
    date,
    place,
    facilitator,
    goal: { statement, deliverables, nonDeliverables, outcomeRole, dataSets, phase },
    values: {
      entries: values.entries.map(({ id: valueId, label, source, description }) => ({ id: valueId, label, source, description })),
      coreRanking: values.coreRanking.filter((v) => valueIds.has(v)),
      conflicts: values.conflicts.filter((c) => valueIds.has(c.a) && valueIds.has(c.b)).map((c) => ({ id: c.id, a: c.a, b: c.b, description: c.description })),
    },
    preconditions: Object.fromEntries(PRECONDITIONS.map((p) => [p, assessmentToV1(preconditions[p])])) as V1Workshop['preconditions'],
    decision: decision ? decisionToV1(decision) : null,
    agenda: agenda.map((a) => ({ step: a.step, minutes: a.minutes })),
    timer: timerToV1(clocks),
    clocks: { steps: clocks.steps.map((c) => ({ step: c.step, usedMs: c.usedMs, extraMinutes: c.extraMinutes })), current: clocks.current, runningSince: clocks.runningSince },
    // Written only when there is something to say, so a file of a workshop without it stays as it was.
    ...(absent.length > 0 ? { absent: absent.map((a) => ({ id: a.id, party: a.party, reason: a.reason })) } : {}),
    ...(isScreened(screening) ? { screening: screeningToV1(screening) } : {}),
    createdAt,
    updatedAt,
  };
}

export function participantToV1(p: Participant): V1Participant {
  const { id, workshopId: _w, name, roles, roleNote, order, createdAt, updatedAt, ...rest } = p;
  placed(rest);
  return { id, name, roles: [...roles], roleNote, order, createdAt, updatedAt };
}

export function noteToV1(n: Note, people: ReadonlySet<string>): V1Note {
  const { id, workshopId: _w, questionId, text, kind, speaker, order, via, createdAt, updatedAt, ...rest } = n;
  placed(rest);
  // Written only when it says something, so that files of notes typed at the table stay as they were.
  return { id, questionId, text, kind, speaker: speakerToV1(speaker, people), order, createdAt, updatedAt, ...(via === 'table' ? {} : { via }) };
}

export function questionStateToV1(q: QuestionState): V1QuestionState {
  const { workshopId: _w, questionId, status, reason, updatedAt, ...rest } = q;
  placed(rest);
  return { questionId, status, reason, updatedAt };
}

export function actionPointToV1(a: ActionPoint, refs: { readonly people: ReadonlySet<string>; readonly notes: ReadonlySet<string>; readonly values: ReadonlySet<string> }): V1ActionPoint {
  const { id, workshopId: _w, title, description, owner, dueDate, priority, isCondition, status, dropReason, origin, valueId, precondition, order, createdAt, updatedAt, completedAt, done, ...rest } = a;
  placed(rest);
  return {
    id,
    title,
    description,
    owner: ownerToV1(owner, refs.people),
    dueDate,
    priority,
    isCondition,
    status,
    dropReason,
    origin: originToV1(origin, refs.notes),
    valueId: valueId !== null && refs.values.has(valueId) ? valueId : null,
    precondition,
    order,
    createdAt,
    updatedAt,
    completedAt,
    ...(done.note || done.by || done.on ? { done: { note: done.note, by: done.by, on: done.on } } : {}),
  };
}

/** The attachment's description; its bytes (`data`, `byteSize`, `sha256`) are added by the caller from the Blob. */
export function attachmentMetaToV1(a: Attachment): { readonly id: string; readonly target: V1AttachmentTarget; readonly caption: string; readonly mediaType: Attachment['mediaType']; readonly width: number; readonly height: number; readonly createdAt: string } {
  const { id, workshopId: _w, target, caption, mediaType, width, height, byteSize: _size, sha256: _hash, blob: _blob, createdAt, ...rest } = a;
  placed(rest);
  return { id, target: targetToV1(target), caption, mediaType, width, height, createdAt };
}

function textToV1(t: LocalizedText): V1LocalizedText {
  return Object.fromEntries(LANGS.filter((l) => typeof t[l] === 'string').map((l) => [l, t[l]]));
}

export function packToV1(pack: ContentPack): V1Pack {
  const { format, id, version, languages, title, attribution, licence, opening, groups, ...rest } = pack;
  placed(rest);
  const pair = (x: { intro: LocalizedText; hint: LocalizedText }) => ({ intro: textToV1(x.intro), hint: textToV1(x.hint) });
  return {
    format,
    id,
    version,
    languages: [...languages],
    title: textToV1(title),
    attribution: textToV1(attribution),
    ...(licence === undefined ? {} : { licence }),
    opening: { goal: pair(opening.goal), participants: pair(opening.participants), values: { ...pair(opening.values), suggestions: opening.values.suggestions.map(textToV1) } },
    groups: groups.map((g) => ({
      id: g.id,
      title: textToV1(g.title),
      topics: g.topics.map((t) => ({ id: t.id, title: textToV1(t.title), intro: textToV1(t.intro), questions: t.questions.map((q) => ({ id: q.id, text: textToV1(q.text), hint: textToV1(q.hint) })) })),
    })),
  };
}

// ---------------------------------------------------------------- file -> model

/**
 * A pack text as the file has it. A pack may leave a language out (a Dutch-only pack); it is
 * kept so, not filled in, because the pack's content is its identity (its hash): filled in, the
 * same pack would be refused as "other texts under the same id and version" on a device that
 * loaded it from its own file. Screens and the report fill the gap (content/pack-langs.ts).
 */
function textFromV1(t: V1LocalizedText): LocalizedText {
  return Object.fromEntries(LANGS.filter((l) => typeof t[l] === 'string').map((l) => [l, t[l]])) as LocalizedText;
}

export function packFromV1(p: V1Pack): ContentPack {
  const pair = (x: { intro: V1LocalizedText; hint: V1LocalizedText }) => ({ intro: textFromV1(x.intro), hint: textFromV1(x.hint) });
  const question = (q: V1Pack['groups'][number]['topics'][number]['questions'][number]): PackQuestion => ({ id: q.id, text: textFromV1(q.text), hint: textFromV1(q.hint) });
  const topic = (t: V1Pack['groups'][number]['topics'][number]): PackTopic => ({ id: t.id, title: textFromV1(t.title), intro: textFromV1(t.intro), questions: t.questions.map(question) });
  const group = (g: V1Pack['groups'][number]): PackGroup => ({ id: g.id, title: textFromV1(g.title), topics: g.topics.map(topic) });
  return {
    format: p.format,
    id: p.id,
    version: p.version,
    languages: [...p.languages] as Lang[],
    title: textFromV1(p.title),
    attribution: textFromV1(p.attribution),
    ...(p.licence === undefined ? {} : { licence: p.licence }),
    opening: { goal: pair(p.opening.goal), participants: pair(p.opening.participants), values: { ...pair(p.opening.values), suggestions: p.opening.values.suggestions.map(textFromV1) } },
    groups: p.groups.map(group),
  };
}

const dt = (s: string) => s as IsoDateTime;
const dtOrNull = (s: string | null) => s as IsoDateTime | null;
const day = (s: string | null) => s as IsoDate | null;

function speakerFromV1(s: V1Speaker): Speaker {
  if (s.kind === 'participant') return { kind: 'participant', participantId: s.participantId as ParticipantId };
  return s.kind === 'role' ? { kind: 'role', role: s.role } : { kind: 'group' };
}

function ownerFromV1(o: V1Owner): Owner {
  switch (o.kind) {
    case 'participant':
      return { kind: 'participant', participantId: o.participantId as ParticipantId };
    case 'role':
      return { kind: 'role', role: o.role };
    case 'person':
      return { kind: 'person', name: o.name };
    case 'nobody':
      return { kind: 'nobody' };
  }
}

function originFromV1(o: V1ActionOrigin): ActionOrigin {
  switch (o.kind) {
    case 'note':
      return { kind: 'note', noteId: o.noteId as NoteId, questionId: o.questionId as QuestionId, topicId: o.topicId as TopicId | null };
    case 'precondition':
      return { kind: 'precondition', precondition: o.precondition, suggestion: o.suggestion };
    case 'carried-over':
      return { kind: 'carried-over', fromActionPointId: o.fromActionPointId as ActionPointId };
    case 'manual':
      return { kind: 'manual' };
  }
}

function assessmentFromV1(a: V1PreconditionAssessment): PreconditionAssessment {
  return { state: a.state, explanation: a.explanation, confirmed: a.confirmed, overrideReason: a.overrideReason, dismissedSuggestions: [...a.dismissedSuggestions], updatedAt: dtOrNull(a.updatedAt) };
}

function decisionFromV1(d: V1Decision): Decision {
  return { outcome: d.outcome, rationale: d.rationale, dissent: d.dissent.map((x) => ({ id: x.id as DissentId, who: x.who, reason: x.reason })), decidedBy: d.decidedBy, date: day(d.date), recordedAt: dt(d.recordedAt) };
}

/**
 * The step clocks: a file with `clocks` has them all; an older file only has `timer`, the clock
 * of the step timed last, which becomes that step's clock (and stays running if it ran).
 */
function clocksFromV1(w: V1Workshop): WorkshopClocks {
  if (w.clocks) {
    const c = w.clocks;
    return { steps: c.steps.map((s) => ({ step: s.step as StepKey, usedMs: s.usedMs, extraMinutes: s.extraMinutes })), current: c.current as StepKey | null, runningSince: dtOrNull(c.runningSince) };
  }
  const t = w.timer;
  if (!t) return { steps: [], current: null, runningSince: null };
  return { steps: [{ step: t.step as StepKey, usedMs: t.elapsedMs, extraMinutes: t.extraMinutes }], current: t.step as StepKey, runningSince: dtOrNull(t.runningSince) };
}

/**
 * The workshop as the model holds it. It counts as exported at the bundle's export time (the
 * file is a copy of exactly this) and is not deleted.
 */
export function workshopFromV1(w: V1Workshop, exportedAt: string): Workshop {
  return {
    id: w.id as WorkshopId,
    kind: w.kind,
    evaluationOf: w.evaluationOf as WorkshopId | null,
    lang: w.lang,
    pack: { id: w.pack.id, version: w.pack.version },
    title: w.title,
    organisation: w.organisation,
    dataProject: w.dataProject,
    date: day(w.date),
    place: w.place,
    facilitator: w.facilitator,
    goal: { ...w.goal },
    values: {
      entries: w.values.entries.map((v) => ({ id: v.id as ValueId, label: v.label, source: v.source, description: v.description })),
      coreRanking: w.values.coreRanking.map((v) => v as ValueId),
      conflicts: w.values.conflicts.map((c) => ({ id: c.id as ValueConflictId, a: c.a as ValueId, b: c.b as ValueId, description: c.description })),
    },
    preconditions: Object.fromEntries(PRECONDITIONS.map((p) => [p, assessmentFromV1(w.preconditions[p])])) as unknown as PreconditionScan,
    decision: w.decision ? decisionFromV1(w.decision) : null,
    agenda: w.agenda.map((a) => ({ step: a.step as StepKey, minutes: a.minutes })),
    clocks: clocksFromV1(w),
    // A file written before `absent` existed recorded nobody missing.
    absent: (w.absent ?? []).map((a) => ({ id: a.id as AbsentPartyId, party: a.party, reason: a.reason })),
    // A file written before `screening` existed answered nothing yet.
    screening: w.screening ? screeningFromV1(w.screening) : EMPTY_SCREENING,
    createdAt: dt(w.createdAt),
    updatedAt: dt(w.updatedAt),
    lastExportedAt: dt(exportedAt),
    deletedAt: null,
  };
}

export function participantFromV1(p: V1Participant, workshopId: WorkshopId): Participant {
  return { id: p.id as ParticipantId, workshopId, name: p.name, roles: [...p.roles], roleNote: p.roleNote, order: p.order, createdAt: dt(p.createdAt), updatedAt: dt(p.updatedAt) };
}

export function noteFromV1(n: V1Note, workshopId: WorkshopId): Note {
  return { id: n.id as NoteId, workshopId, questionId: n.questionId as QuestionId, text: n.text, kind: n.kind, speaker: speakerFromV1(n.speaker), order: n.order, via: n.via ?? 'table', createdAt: dt(n.createdAt), updatedAt: dt(n.updatedAt) };
}

export function questionStateFromV1(q: V1QuestionState, workshopId: WorkshopId): QuestionState {
  return { workshopId, questionId: q.questionId as QuestionId, status: q.status, reason: q.reason, updatedAt: dt(q.updatedAt) };
}

export function actionPointFromV1(a: V1ActionPoint, workshopId: WorkshopId): ActionPoint {
  return {
    id: a.id as ActionPointId,
    workshopId,
    title: a.title,
    description: a.description,
    owner: ownerFromV1(a.owner),
    dueDate: day(a.dueDate),
    priority: a.priority,
    isCondition: a.isCondition,
    status: a.status,
    dropReason: a.dropReason,
    origin: originFromV1(a.origin),
    valueId: a.valueId as ValueId | null,
    precondition: a.precondition,
    order: a.order,
    createdAt: dt(a.createdAt),
    updatedAt: dt(a.updatedAt),
    completedAt: dtOrNull(a.completedAt),
    // A file written before `done` existed said nothing about how a point was done.
    done: a.done ? { note: a.done.note, by: a.done.by, on: day(a.done.on) } : NO_DONE_RECORD,
  };
}

export function attachmentFromV1(a: { readonly id: string; readonly target: V1AttachmentTarget; readonly caption: string; readonly mediaType: Attachment['mediaType']; readonly width: number; readonly height: number; readonly byteSize: number; readonly sha256: string; readonly createdAt: string }, workshopId: WorkshopId, blob: Blob): Attachment {
  const target: AttachmentTarget = a.target.kind === 'topic' ? { kind: 'topic', topicId: a.target.topicId as TopicId } : { kind: 'workshop' };
  return { id: a.id as AttachmentId, workshopId, target, caption: a.caption, mediaType: a.mediaType, width: a.width, height: a.height, byteSize: a.byteSize, sha256: a.sha256, blob, createdAt: dt(a.createdAt) };
}

/** Every record of the file as the model holds it; `blobs[i]` holds the bytes of attachment i. */
export function graphFromV1(p: { readonly exportedAt: string; readonly workshop: V1Workshop; readonly participants: readonly V1Participant[]; readonly notes: readonly V1Note[]; readonly questionStates: readonly V1QuestionState[]; readonly actionPoints: readonly V1ActionPoint[]; readonly attachments: readonly Parameters<typeof attachmentFromV1>[0][] }, blobs: readonly Blob[]): WorkshopGraph {
  const workshop = workshopFromV1(p.workshop, p.exportedAt);
  const id = workshop.id;
  return {
    workshop,
    participants: p.participants.map((x) => participantFromV1(x, id)),
    notes: p.notes.map((x) => noteFromV1(x, id)),
    questionStates: p.questionStates.map((x) => questionStateFromV1(x, id)),
    actionPoints: p.actionPoints.map((x) => actionPointFromV1(x, id)),
    attachments: p.attachments.map((x, i) => attachmentFromV1(x, id, blobs[i] as Blob)),
  };
}

/** The graph's records in version 1, without the attachments' bytes. */
export function graphToV1(graph: WorkshopGraph) {
  const people = new Set<string>(graph.participants.map((p) => p.id));
  const notes = new Set<string>(graph.notes.map((n) => n.id));
  const values = new Set<string>(graph.workshop.values.entries.map((v) => v.id));
  return {
    workshop: workshopToV1(graph.workshop),
    participants: graph.participants.map(participantToV1),
    notes: graph.notes.map((n) => noteToV1(n, people)),
    questionStates: graph.questionStates.map(questionStateToV1),
    actionPoints: graph.actionPoints.map((a) => actionPointToV1(a, { people, notes, values })),
  };
}
