// Why: random workshops for the round-trip property: every kind of entity, references that
// hold, text in many scripts with emoji, long notes, photos (their type's signature, then
// random bytes). Plain text only, as the app stores it: no markup (refused by design) and no
// control or bidirectional characters (cleaned from the app's input); both have their own tests.
import fc from 'fast-check';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { IMAGE_TYPES, type Attachment } from '../../../src/domain/attachment';
import { ACTION_STATUSES, PRIORITIES, type ActionPoint } from '../../../src/domain/action-point';
import type { Speaker } from '../../../src/domain/author';
import type { AbsentPartyId, AttachmentId, ActionPointId, NoteId, ParticipantId, QuestionId, TopicId, WorkshopId } from '../../../src/domain/ids';
import { NOTE_KINDS, type Note } from '../../../src/domain/note';
import type { Participant } from '../../../src/domain/participant';
import { QUESTION_STATUSES } from '../../../src/domain/question-state';
import { ROLES } from '../../../src/domain/roles';
import { ANSWERS, AP_LIST, DPIA_CRITERIA, EMPTY_SCREENING, HIGH_RISK_AREAS, IAMA_QUESTIONS, type Answer, type Screening } from '../../../src/domain/screening';
import type { IsoDate, IsoDateTime } from '../../../src/domain/time';
import type { WorkshopGraph } from '../../../src/domain/workshop-graph';
import { plainText } from '../../../src/domain/plain-text';
import { findMarkup } from '../../../src/exchange/markup';
import { sha256Hex } from '../../../src/exchange/digest';
import { workshop } from '../support/fixtures';

const plain = { test: (s: string) => findMarkup(s) === null };
const SIGNATURE: Record<(typeof IMAGE_TYPES)[number], number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff, 0xe0],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/webp': [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
};
const questionIds = defaultPack.groups.flatMap((g) => g.topics.flatMap((t) => t.questions.map((q) => q.id as QuestionId)));
const topicIds = defaultPack.groups.flatMap((g) => g.topics.map((t) => t.id as TopicId));

const words = fc.constantFrom('Łukasz', 'Nguyễn Thị Ánh', 'Şahin', 'Čapek', '日本語のメモ', 'مرحبا بالعالم', 'Ελληνικά', '🚛🧪👩🏽‍💻', 'e\u0301 combining', '"quotes" \\ back', 'tab\tnew\nline');
const text = (max: number) =>
  fc
    .oneof(fc.string({ unit: 'grapheme', maxLength: Math.min(max, 40) }), words, fc.array(words, { maxLength: 6 }).map((w) => w.join(' ')))
    .map((s) => plainText([...s].slice(0, max).join('')))
    .filter((s) => plain.test(s));
const longText = fc.oneof(text(200), fc.string({ unit: 'grapheme', minLength: 2000, maxLength: 6000 }).map((s) => plainText([...s].slice(0, 20_000).join(''))).filter((s) => plain.test(s)));
const moment = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString() as IsoDateTime);
const uuid = fc.uuid({ version: 4 });
const answer = fc.constantFrom(...ANSWERS);
/** Some of the keys, each with an answer (a key left out is a question not answered). */
const answers = <K extends string>(keys: readonly K[]) =>
  fc.subarray([...keys]).chain((some) => fc.array(answer, { minLength: some.length, maxLength: some.length }).map((as) => Object.fromEntries(some.map((k, i) => [k, as[i]])) as Partial<Record<K, Answer>>));
/** The DPIA and IAMA answers (added to format 1 later), or none in about half the workshops. */
const screening = fc.option(
  fc.record({
    personalData: fc.option(answer, { nil: null }),
    dpia: answers(DPIA_CRITERIA),
    apList: fc.subarray([...AP_LIST]),
    iama: answers(IAMA_QUESTIONS),
    highRiskAreas: fc.subarray([...HIGH_RISK_AREAS]),
    note: text(300),
  }),
  { nil: null },
);

export function arbitraryGraph(): fc.Arbitrary<WorkshopGraph & { __photos: Raw['photos'] }> {
  return fc
    .record({
      title: text(200).filter((s) => s.length > 0),
      organisation: text(500),
      facilitator: text(500),
      statement: longText,
      createdAt: moment,
      people: fc.array(fc.record({ id: uuid, name: text(200), roles: fc.subarray([...ROLES]), roleNote: text(500), at: moment }), { maxLength: 5 }),
      notes: fc.array(
        fc.record({ id: uuid, q: fc.constantFrom(...questionIds), text: longText, kind: fc.constantFrom(...NOTE_KINDS), who: fc.nat(), at: moment }),
        { maxLength: 20 },
      ),
      states: fc.uniqueArray(fc.record({ q: fc.constantFrom(...questionIds), status: fc.constantFrom(...QUESTION_STATUSES), reason: text(300), at: moment }), { selector: (s) => s.q, maxLength: 8 }),
      points: fc.array(
        fc.record({ id: uuid, title: text(300), description: longText, status: fc.constantFrom(...ACTION_STATUSES), priority: fc.constantFrom(...PRIORITIES), isCondition: fc.boolean(), fromNote: fc.nat(), owner: fc.nat(), at: moment }),
        { maxLength: 6 },
      ),
      screening,
      photos: fc.array(fc.record({ id: uuid, bytes: fc.uint8Array({ minLength: 0, maxLength: 5000 }), caption: text(100), type: fc.constantFrom(...IMAGE_TYPES), topic: fc.option(fc.constantFrom(...topicIds)), at: moment }), { maxLength: 3 }),
    })
    .map((r) => build(r));
}

type Raw = {
  screening: Omit<Screening, 'points'> | null;
  title: string;
  organisation: string;
  facilitator: string;
  statement: string;
  createdAt: IsoDateTime;
  people: { id: string; name: string; roles: (typeof ROLES)[number][]; roleNote: string; at: IsoDateTime }[];
  notes: { id: string; q: QuestionId; text: string; kind: (typeof NOTE_KINDS)[number]; who: number; at: IsoDateTime }[];
  states: { q: QuestionId; status: (typeof QUESTION_STATUSES)[number]; reason: string; at: IsoDateTime }[];
  points: { id: string; title: string; description: string; status: (typeof ACTION_STATUSES)[number]; priority: (typeof PRIORITIES)[number]; isCondition: boolean; fromNote: number; owner: number; at: IsoDateTime }[];
  photos: { id: string; bytes: Uint8Array; caption: string; type: (typeof IMAGE_TYPES)[number]; topic: TopicId | null; at: IsoDateTime }[];
};

function build(r: Raw): WorkshopGraph & { __photos: Raw['photos'] } {
  const w = workshop({ title: r.title, organisation: r.organisation, facilitator: r.facilitator, createdAt: r.createdAt, updatedAt: r.createdAt });
  const wid = w.id as WorkshopId;
  const people = dedupe(r.people).map((p, i): Participant => ({ id: p.id as ParticipantId, workshopId: wid, name: p.name, roles: p.roles, roleNote: p.roleNote, order: i, createdAt: p.at, updatedAt: p.at }));
  const speakerOf = (n: number): Speaker => {
    const choice = n % (people.length + 2);
    if (choice === people.length) return { kind: 'group' };
    if (choice === people.length + 1) return { kind: 'role', role: ROLES[n % ROLES.length] ?? 'other' };
    return { kind: 'participant', participantId: (people[choice] as Participant).id };
  };
  const notes = dedupe(r.notes).map((n, i): Note => ({ id: n.id as NoteId, workshopId: wid, questionId: n.q, text: n.text, kind: n.kind, speaker: speakerOf(n.who), order: i, via: n.who % 3 === 0 ? 'contribution' : 'table', createdAt: n.at, updatedAt: n.at }));
  const points = dedupe(r.points).map((a, i): ActionPoint => {
    const note = notes.length ? notes[a.fromNote % notes.length] : undefined;
    const person = people.length && a.owner % 2 === 0 ? people[a.owner % people.length] : undefined;
    return {
      id: a.id as ActionPointId,
      workshopId: wid,
      title: a.title,
      description: a.description,
      owner: person ? { kind: 'participant', participantId: person.id } : { kind: 'person', name: 'Extern bureau' },
      dueDate: null,
      priority: a.priority,
      isCondition: a.isCondition,
      status: a.status,
      dropReason: a.status === 'dropped' ? 'Niet meer nodig' : '',
      origin: note ? { kind: 'note', noteId: note.id, questionId: note.questionId, topicId: null } : { kind: 'manual' },
      valueId: null,
      precondition: null,
      order: i,
      createdAt: a.at,
      updatedAt: a.at,
      completedAt: null,
      // What was done, told when marked done (a field added to format 1 later).
      done: a.status === 'done' ? { note: a.description, by: person?.name ?? '', on: i % 2 === 0 ? ('2027-01-05' as IsoDate) : null } : { note: '', by: '', on: null },
    };
  });
  const g = {
    // A party that should have been at the table (added to format 1 later), in every other workshop.
    workshop: { ...w, goal: { ...w.goal, statement: r.statement }, absent: people.length % 2 === 1 ? [{ id: 'f0000000-0000-4000-8000-000000000001' as AbsentPartyId, party: r.title, reason: r.organisation }] : [],
      // The DPIA/IAMA answers (added later), with the first action point as the one made from the DPIA advice.
      screening: r.screening ? { ...r.screening, points: { dpia: points[0]?.id ?? null, iama: null } } : EMPTY_SCREENING },
    participants: people,
    notes,
    questionStates: r.states.map((s) => ({ workshopId: wid, questionId: s.q, status: s.status, reason: s.reason, updatedAt: s.at })),
    actionPoints: points,
    attachments: [] as Attachment[],
    __photos: dedupe(r.photos),
  };
  return g;
}

function dedupe<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

/** Adds the photos (hashing is async, so it happens outside the arbitrary). */
export async function withPhotos(g: WorkshopGraph & { __photos?: Raw['photos'] }): Promise<WorkshopGraph> {
  const { __photos = [], ...graph } = g;
  const attachments = await Promise.all(
    __photos.map(async (raw): Promise<Attachment> => {
      const p = { ...raw, bytes: new Uint8Array([...SIGNATURE[raw.type], ...raw.bytes]) };
      return {
      id: p.id as AttachmentId,
      workshopId: graph.workshop.id,
      target: p.topic ? { kind: 'topic', topicId: p.topic } : { kind: 'workshop' },
      caption: p.caption,
      mediaType: p.type,
      width: 100,
      height: 100,
      byteSize: p.bytes.length,
      sha256: await sha256Hex(p.bytes),
      blob: new Blob([p.bytes as Uint8Array<ArrayBuffer>], { type: p.type }),
      createdAt: p.at,
      };
    }),
  );
  return { ...graph, attachments };
}
