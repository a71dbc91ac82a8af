// Why: the report must be tested on a workshop that has everything a real one has (names in
// many scripts, every note kind, parked and not-applicable questions, conditions, dissent,
// photos) and on a large one (1,000 notes, 10 photos) for speed. Built from the domain's own
// types and the default pack's question ids, so a change to either shows up here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultPack } from '../../../src/content/packs/default-pack';
import type { ActionPoint } from '../../../src/domain/action-point';
import type { Attachment, ImageType } from '../../../src/domain/attachment';
import type { Speaker } from '../../../src/domain/author';
import type { ActionPointId, AttachmentId, DissentId, NoteId, ParticipantId, QuestionId, TopicId, ValueConflictId, ValueId, WorkshopId } from '../../../src/domain/ids';
import type { Note, NoteKind } from '../../../src/domain/note';
import type { Participant } from '../../../src/domain/participant';
import type { QuestionState } from '../../../src/domain/question-state';
import type { Role } from '../../../src/domain/roles';
import type { IsoDate, IsoDateTime } from '../../../src/domain/time';
import type { WorkshopGraph } from '../../../src/domain/workshop-graph';
import { workshop, T0 } from '../support/fixtures';

export const PHOTO_DIR = fileURLToPath(new URL('./photos', import.meta.url));

/** Deterministic ids, so two builds of the fixture are equal. */
function counter(prefix: string) {
  let n = 0;
  return <T extends string>() => `${prefix}-${String((n += 1)).padStart(4, '0')}-4000-8000-000000000000` as T;
}

export const NAMES = { po: 'Łukasz Wróbel', analyst: 'Nguyễn Thị Ánh', facilitator: 'Zoë Ørsted-Çelik', owner: 'Şebnem Čapek' } as const;
export const MONEY = '€ 1.250,–';

export interface PhotoFile {
  readonly file: string;
  readonly type: ImageType;
  readonly width: number;
  readonly height: number;
}

export const PHOTOS: readonly PhotoFile[] = [
  { file: 'poster-landscape.jpg', type: 'image/jpeg', width: 1600, height: 1200 },
  { file: 'poster-portrait.jpg', type: 'image/jpeg', width: 900, height: 1200 },
  { file: 'whiteboard.png', type: 'image/png', width: 480, height: 320 },
];

function photo(id: AttachmentId, workshopId: WorkshopId, p: PhotoFile, caption: string, topicId: TopicId | null, i: number): Attachment {
  const bytes = readFileSync(join(PHOTO_DIR, p.file));
  return {
    id,
    workshopId,
    target: topicId ? { kind: 'topic', topicId } : { kind: 'workshop' },
    caption,
    mediaType: p.type,
    width: p.width,
    height: p.height,
    byteSize: bytes.length,
    sha256: '0'.repeat(64),
    blob: new Blob([bytes], { type: p.type }),
    createdAt: `2026-11-12T1${i % 10}:00:00.000Z` as IsoDateTime,
  };
}

const ALL_QUESTIONS = defaultPack.groups.flatMap((g) => g.topics.flatMap((t) => t.questions.map((q) => q.id as QuestionId)));

export interface FullOptions {
  /** Notes in total; the hand-written ones come first, generated ones fill up to this number. */
  readonly notes?: number;
  readonly photos?: number;
}

/** A complete workshop on the default pack, in Dutch. */
export function fullWorkshop(opts: FullOptions = {}): WorkshopGraph {
  const ids = { p: counter('a0000001'), n: counter('b0000001'), a: counter('c0000001'), f: counter('d0000001') };
  const base = workshop({ id: 'e0000001-0000-4000-8000-000000000001' as WorkshopId });
  const wid = base.id;
  const person = (name: string, roles: Role[], roleNote: string, order: number): Participant => ({ id: ids.p<ParticipantId>(), workshopId: wid, name, roles, roleNote, order, createdAt: T0, updatedAt: T0 });
  const po = person(NAMES.po, ['privacy-officer'], 'FG van de gemeente', 0);
  const analyst = person(NAMES.analyst, ['data-analyst', 'domain-expert'], '', 1);
  const owner = person(NAMES.owner, ['project-owner', 'communication'], 'programma Schone Stad', 2);
  const alderman = person('J. de Vries', ['politics'], 'wethouder openbare ruimte', 3);
  const participants = [po, analyst, owner, alderman];

  const v = (label: string, source: 'organisation' | 'project', description: string) => ({ id: `${label}-id` as ValueId, label, source, description });
  const values = [v('Privacy', 'organisation', 'Uit het coalitieakkoord.'), v('Efficiëntie', 'project', 'Minder lege ritten.'), v('Transparantie', 'organisation', ''), v('Duurzaamheid', 'project', '')];

  const note = (questionId: QuestionId, text: string, kind: NoteKind, speaker: Speaker, order: number): Note => ({ id: ids.n<NoteId>(), workshopId: wid, questionId, text, kind, speaker, order, via: 'table', createdAt: T0, updatedAt: T0 });
  const P = (p: Participant): Speaker => ({ kind: 'participant', participantId: p.id });
  const notes: Note[] = [
    note('source.origin' as QuestionId, 'De vulgraad komt van sensoren in de containers; er zitten geen persoonsgegevens in.', 'answer', P(analyst), 0),
    note('source.origin' as QuestionId, `Koppeling met de pasjesadministratie maakt het herleidbaar tot huishoudens. Kosten: ${MONEY} per maand.`, 'concern', P(po), 1),
    note('source.origin' as QuestionId, 'Mogen we de pasjesdata hiervoor gebruiken?', 'question', { kind: 'group' }, 2),
    note('source.origin' as QuestionId, 'Alleen geaggregeerd per container opslaan.', 'idea', { kind: 'role', role: 'data-analyst' }, 3),
    note('algorithms.output' as QuestionId, 'Het model voorspelt wanneer een container vol is en plant de route.', 'answer', P(owner), 0),
    note('algorithms.errors' as QuestionId, 'Een fout leidt tot een overvolle container in een wijk die al vaak klaagt.', 'concern', P(alderman), 0),
    note('privacy.dpia' as QuestionId, 'Een DPIA is nodig zodra de pasjesdata erbij komt.', 'concern', P(po), 0),
    note('bias.groups' as QuestionId, 'Wijken met minder sensoren krijgen minder goede dienst.', 'concern', { kind: 'group' }, 0),
    note('communication.residents' as QuestionId, 'Een bericht op de website en een brief aan bewoners rond de containers.', 'answer', P(owner), 0),
    note('privacy.retention' as QuestionId, `Twee afspraken.\nEen: ruwe sensordata na 30 dagen weg.\nTwee: ${NAMES.po} controleert dat elk kwartaal.`, 'answer', P(po), 0),
    note('oud.vraag-uit-v0' as QuestionId, 'Notitie bij een vraag die de vragenset niet meer kent.', 'answer', { kind: 'group' }, 0),
  ];
  const wanted = opts.notes ?? notes.length;
  const kinds: NoteKind[] = ['answer', 'concern', 'question', 'idea'];
  for (let i = notes.length; i < wanted; i += 1) {
    const q = ALL_QUESTIONS[i % ALL_QUESTIONS.length] as QuestionId;
    const speaker = i % 5 === 0 ? ({ kind: 'group' } as Speaker) : P(participants[i % participants.length] as Participant);
    const long = i % 7 === 0 ? ' Dit is een lange notitie die over meerdere regels loopt, omdat de groep hier uitgebreid over sprak: wie is verantwoordelijk, welke data worden gekoppeld, hoe lang bewaren we ze en wie mag ze inzien. '.repeat(3) : '';
    notes.push(note(q, `Notitie ${i + 1} van ${NAMES.analyst}-achtig niveau.${long}`, kinds[i % 4] as NoteKind, speaker, i));
  }

  const state = (questionId: string, status: QuestionState['status'], reason: string): QuestionState => ({ workshopId: wid, questionId: questionId as QuestionId, status, reason, updatedAt: T0 });
  const questionStates = [
    state('source.origin', 'discussed', ''),
    state('algorithms.output', 'discussed', ''),
    state('visualisation.stigma', 'parked', 'Eerst de kaartweergave ontwerpen; terugkomen in de pilot.'),
    state('open-data.publish', 'not-applicable', 'De data worden niet gepubliceerd.'),
    state('transparency.register', 'not-applicable', ''),
  ];

  const action = (title: string, fields: Partial<ActionPoint>, order: number): ActionPoint => ({
    id: ids.a<ActionPointId>(),
    workshopId: wid,
    title,
    description: '',
    owner: { kind: 'nobody' },
    dueDate: null,
    priority: 'medium',
    isCondition: false,
    status: 'open',
    dropReason: '',
    origin: { kind: 'manual' },
    valueId: null,
    precondition: null,
    order,
    createdAt: T0,
    updatedAt: T0,
    completedAt: null,
    done: { note: '', by: '', on: null },
    ...fields,
  });
  const actionPoints = [
    action('DPIA uitvoeren voor de koppeling met pasjesdata', { owner: { kind: 'participant', participantId: po.id }, dueDate: '2027-01-15' as IsoDate, priority: 'high', isCondition: true, description: 'Met de FG en de leverancier.' }, 0),
    action('Bewoners informeren', { owner: { kind: 'role', role: 'communication' }, dueDate: '2027-02-01' as IsoDate }, 1),
    action('Sensoren eerlijk over wijken verdelen', { owner: { kind: 'person', name: 'Team Afval' }, isCondition: true, status: 'in-progress', priority: 'high' }, 2),
    action('Dashboard voor de raad', { status: 'dropped', dropReason: 'De raad krijgt een kwartaalrapportage.', priority: 'low' }, 3),
  ];

  const photoCount = opts.photos ?? 2;
  const attachments: Attachment[] = [];
  for (let i = 0; i < photoCount; i += 1) {
    const file = PHOTOS[i % PHOTOS.length] as PhotoFile;
    attachments.push(photo(ids.f<AttachmentId>(), wid, file, i === 0 ? `De poster van de ochtend, met de post-its van ${NAMES.facilitator}` : `Foto ${i + 1} van het whiteboard`, i % 2 === 1 ? ('privacy' as TopicId) : null, i));
  }

  const scan = { ...base.preconditions };
  const assessed = (state: 'in-place' | 'partly' | 'missing', explanation: string, confirmed = true) => ({ state, explanation, confirmed, overrideReason: '', dismissedSuggestions: [], updatedAt: T0 });

  return {
    workshop: {
      ...base,
      goal: {
        statement: 'Containers legen wanneer ze vol zijn, niet volgens een vast rooster, zodat er minder gereden wordt en er minder zwerfafval is.',
        deliverables: 'Een routeplanning per dag en een kaart met de vulgraad.',
        nonDeliverables: 'Geen handhaving op individuele huishoudens.',
        outcomeRole: 'advisory',
        dataSets: 'Sensordata van de containers; later misschien pasjesdata.',
        phase: 'pilot',
      },
      values: {
        entries: values,
        coreRanking: ['Privacy-id' as ValueId, 'Efficiëntie-id' as ValueId],
        conflicts: [{ id: 'conf-1' as ValueConflictId, a: 'Privacy-id' as ValueId, b: 'Efficiëntie-id' as ValueId, description: 'Meer koppelen maakt de planning beter maar de data gevoeliger.' }],
      },
      preconditions: {
        ...scan,
        'purpose-limitation': assessed('in-place', 'Het doel is afgebakend.'),
        accountability: assessed('partly', 'Eigenaar bekend, verantwoording aan de raad nog niet geregeld.'),
        'political-support': assessed('missing', 'De raad is nog niet betrokken.'),
        'privacy-officer-involved': assessed('in-place', `${NAMES.po} zit vanaf het begin aan tafel.`),
      },
      decision: {
        outcome: 'go-with-conditions',
        rationale: 'De pilot mag door zonder pasjesdata. De koppeling komt pas na een DPIA en als de sensoren eerlijk over de wijken verdeeld zijn.',
        dissent: [{ id: 'dis-1' as DissentId, who: 'J. de Vries', reason: 'Wil eerst de raad horen.' }],
        decidedBy: `${NAMES.owner} met de groep`,
        date: '2026-11-12' as IsoDate,
        recordedAt: T0,
      },
    },
    participants,
    notes,
    questionStates,
    actionPoints,
    attachments,
  };
}
