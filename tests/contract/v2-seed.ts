// Why: the frozen contract's fixtures for bundle format 2 / schema version 4 must be what this
// release writes, not what a test believes it writes. This module runs inside a real browser
// page served by Vite from the release's own source (make-fixtures.mjs 2): it fills IndexedDB
// through the app's repository functions (stamped by the app's own middleware), deletes a note
// and a participant (tombstones), merges in another tablet's copy with a conflict resolved
// here, exports bundles and a backup through the app's export flow, and dumps every row. Run
// once; tests/contract/v2/ is committed and never regenerated, and this seed is then deleted.
import { defaultPack } from '../../src/content/packs/default-pack';
import { GROUP } from '../../src/domain/author';
import { formatHlc, type NodeId } from '../../src/domain/hlc';
import type { NoteId, ParticipantId, QuestionId, TopicId, ValueId, WorkshopId } from '../../src/domain/ids';
import { newId } from '../../src/domain/ids';
import type { Note } from '../../src/domain/note';
import { partKey, recordKey, type Replica } from '../../src/domain/sync-units';
import type { IsoDate } from '../../src/domain/time';
import { bump, EMPTY_VECTOR } from '../../src/domain/version';
import { makeBackupFile, makeBundleFile } from '../../src/features/exchange/export-flow';
import { createBundle } from '../../src/exchange/bundle';
import { generateSigningKey, fingerprint } from '../../src/exchange/signing-key';
import { addActionPoint, addFromNote, listActionPoints, setActionStatus } from '../../src/storage/action-points-repo';
import { addPhoto } from '../../src/storage/attachments-repo';
import { db } from '../../src/storage/db';
import { judgeAssessment, recordDecision } from '../../src/storage/decision-repo';
import { graphTables } from '../../src/storage/graph-store';
import { commitImports, prepareImport } from '../../src/storage/import-repo';
import { saveSignerName, trustSigner } from '../../src/storage/keys-repo';
import { readReplica } from '../../src/storage/merge-repo';
import { addNote, deleteNote, notesForQuestion } from '../../src/storage/notes-repo';
import { addParticipant, listParticipants, removeParticipant } from '../../src/storage/participants-repo';
import { setQuestionState } from '../../src/storage/question-states-repo';
import { updateAbsent, updateAgenda, updateClocks, updateGoalField, updateScreening, updateValues } from '../../src/storage/workshop-content-repo';
import { incomingNotes, openSession, takeNotes } from '../../src/storage/many-hands-repo';
import { signContribution } from '../../src/exchange/contribution/contribution';
import { newJoinCode } from '../../src/exchange/contribution/join-code';
import { createWorkshop } from '../../src/storage/workshops-repo';
import { packFor } from '../../src/storage/packs-repo';
import type { WriteResult } from '../../src/storage/write';

function ok<T>(r: WriteResult<T> | { ok: false; problem?: unknown } | { ok: true; value: T }): T {
  if (!r.ok) throw new Error(`seed write failed: ${JSON.stringify(r)}`);
  return (r as { value: T }).value;
}

const q = (id: string) => id as QuestionId;

async function bytesOf(file: Blob): Promise<string> {
  const b = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A workshop with every kind of record, a deleted note and a deleted participant. */
async function rich(photos: { landscape: string; png: string }): Promise<WorkshopId> {
  const id = ok(
    await createWorkshop(
      { title: 'Wachtlijst schuldhulp voorspellen', organisation: 'Gemeente Nieuwvliet', dataProject: 'Signalen van betalingsachterstanden', date: '2026-12-01' as IsoDate, place: 'Raadszaal', facilitator: 'Zoë Ørsted-Çelik' },
      'nl',
      defaultPack,
    ),
  );
  ok(await updateGoalField(id, 'statement', 'Inwoners met schulden eerder hulp aanbieden, niet eerder controleren.'));
  ok(await updateGoalField(id, 'nonDeliverables', 'Geen lijst van wanbetalers; geen koppeling met handhaving.'));
  ok(await updateGoalField(id, 'phase', 'design'));
  for (const [name, roles] of [
    ['Łukasz Wróbel', ['privacy-officer']],
    ['Nguyễn Thị Ánh', ['data-analyst']],
    ['Fatima el Amrani', ['project-owner']],
    ['Tijdelijke gast', ['other']],
  ] as const) ok(await addParticipant(id, name, roles));
  const ps = await listParticipants(id);
  const p = (i: number) => (ps[i] as { id: ParticipantId }).id;
  const guest = ps.find((x) => x.name === 'Tijdelijke gast');
  if (!guest) throw new Error('seed: guest');
  ok(await removeParticipant(guest));
  const v1 = newId<ValueId>();
  const v2 = newId<ValueId>();
  ok(await updateValues(id, () => ({ entries: [{ id: v1, label: 'Menselijke maat', source: 'both', description: '' }, { id: v2, label: 'Privacy', source: 'organisation', description: '' }], coreRanking: [v1], conflicts: [] })));
  ok(await updateAbsent(id, (l) => [...l, { id: newId(), party: 'Cliëntenraad', reason: 'Niet uitgenodigd' }]));
  const notes: [string, string, 'answer' | 'concern' | 'question' | 'idea', number | null][] = [
    ['source.origin', 'Signalen van woningcorporaties en energieleveranciers.', 'answer', 1],
    ['source.origin', 'Mogen leveranciers dit zomaar delen? 🤔', 'concern', 0],
    ['bias.groups', 'Huurders vallen vaker op dan huizenbezitters.', 'concern', null],
    ['algorithms.human-role', 'Een schuldhulpverlener belt; het model beslist niets.', 'answer', 2],
    ['privacy.dpia', 'Wordt nog verwijderd', 'idea', null],
  ];
  for (const [question, text, kind, who] of notes) ok(await addNote(id, q(question), { text, kind, speaker: who === null ? GROUP : { kind: 'participant', participantId: p(who) } }));
  const doomed = (await notesForQuestion(id, q('privacy.dpia')))[0];
  if (!doomed) throw new Error('seed: doomed note');
  ok(await deleteNote(doomed));
  ok(await setQuestionState(id, q('source.origin'), 'discussed', ''));
  ok(await setQuestionState(id, q('privacy.retention'), 'parked', 'Eerst de DPIA.'));
  const concern = (await notesForQuestion(id, q('source.origin'))).find((n) => n.kind === 'concern');
  if (!concern) throw new Error('seed: concern');
  ok(await addFromNote(concern, 'source' as TopicId, { title: 'Grondslag voor delen laten toetsen', owner: { kind: 'participant', participantId: p(0) }, dueDate: '2027-01-15' as IsoDate, priority: 'high', isCondition: true, valueId: v2 }));
  ok(await addActionPoint(id, { title: 'Cliëntenraad uitnodigen', description: '', owner: { kind: 'person', name: 'Secretariaat' }, dueDate: null, priority: 'medium', isCondition: false, valueId: v1, precondition: null }));
  const invite = (await listActionPoints(id)).find((a) => a.title === 'Cliëntenraad uitnodigen');
  if (!invite) throw new Error('seed: invite');
  ok(await setActionStatus(invite, 'done', '', { note: 'Uitnodiging verstuurd', by: 'Secretariaat', on: '2026-12-02' as IsoDate }));
  ok(await judgeAssessment(id, 'accountability', 'partly', 'Eigenaar benoemd, budget nog niet.'));
  const w = await db().workshops.get(id);
  if (!w) throw new Error('seed: workshop');
  ok(await updateAgenda(id, w.agenda.map((a, i) => (i === 0 ? { ...a, minutes: a.minutes + 10 } : a))));
  ok(await updateClocks(id, () => ({ steps: [{ step: 'goal', usedMs: 600_000, extraMinutes: 0 }], current: 'goal', runningSince: null })));
  ok(await addPhoto(id, { kind: 'topic', topicId: 'bias' as TopicId }, { blob: new Blob([fromBase64(photos.landscape)], { type: 'image/jpeg' }), mediaType: 'image/jpeg', width: 1600, height: 1200, caption: 'Poster — مرحبا' }));
  ok(await addPhoto(id, { kind: 'workshop' }, { blob: new Blob([fromBase64(photos.png)], { type: 'image/png' }), mediaType: 'image/png', width: 1200, height: 900, caption: '' }));
  ok(await recordDecision(id, { outcome: 'pause', rationale: 'Eerst de grondslag, dan verder.', dissent: [], decidedBy: 'Projectgroep', date: '2026-12-01' as IsoDate }));
  // The DPIA and IAMA answers (schema 4), with the action point made from the DPIA advice.
  ok(await updateScreening(id, (s) => ({ ...s, personalData: 'yes', dpia: { 'vulnerable-people': 'yes', 'combining-data': 'yes', 'large-scale': 'unknown' }, apList: ['financial-situation'], iama: { 'algorithm-about-people': 'yes', 'affects-rights': 'unknown' }, note: 'Met de FG nagaan.' })));
  const dpiaPoint = ok(await addActionPoint(id, { title: 'DPIA laten uitvoeren', description: '', owner: { kind: 'role', role: 'privacy-officer' }, dueDate: null, priority: 'high', isCondition: false, valueId: null, precondition: null }));
  ok(await updateScreening(id, (s) => ({ ...s, points: { ...s.points, dpia: dpiaPoint } })));
  // A note written on a phone and handed over (schema 5: via).
  const now = new Date();
  const join = ok(await openSession(id, now, () => newJoinCode({ workshopId: id, title: 'Wachtlijst schuldhulp voorspellen', lang: 'nl', questions: [{ id: 'bias.groups', text: 'Welke groepen?' }], people: [], now })));
  const contribution = await signContribution(
    { format: 'deda-tafel/contribution', formatVersion: 1, workshopId: id, session: join.session, writers: [{ name: 'Sanne' }], notes: [{ id: 'phone-1', questionId: 'bias.groups', kind: 'question', text: 'Wie ziet de signalen?', createdAt: now.toISOString(), writer: 0 }] },
    join.key,
  );
  ok(await takeNotes(contribution, await incomingNotes(contribution)));
  return id;
}

/**
 * A second tablet's copy of the rich workshop (another node id, signed by a colleague's key): a
 * note on another topic and its own goal. Merged in here, keeping this tablet's goal.
 */
async function mergeSecondTablet(id: WorkshopId): Promise<void> {
  const base = await db().transaction('r', [...graphTables(db())], () => readReplica(id));
  if (!base) throw new Error('seed: replica');
  const B = '0b0b0b0b0b0b0b0b' as NodeId;
  let ms = Date.now();
  const at = () => formatHlc({ wall: (ms += 1000), counter: 0, node: B });
  const g = base.graph;
  const note: Note = { id: newId<NoteId>(), workshopId: id, questionId: q('communication.residents'), text: 'Brief in eenvoudige taal, ook in het Arabisch en Pools.', kind: 'idea', speaker: GROUP, via: 'table', order: Date.now(), createdAt: g.workshop.updatedAt, updatedAt: g.workshop.updatedAt };
  const theirs: Replica = {
    graph: { ...g, notes: [...g.notes, note], workshop: { ...g.workshop, goal: { ...g.workshop.goal, statement: 'Eerder hulp bij schulden (tablet 2).' } } },
    versions: { ...base.versions, [recordKey('note', note.id)]: bump(EMPTY_VECTOR, B, at()), [partKey('goal')]: bump(base.versions[partKey('goal')] ?? EMPTY_VECTOR, B, at()) },
    tombstones: base.tombstones,
  };
  ok(await updateGoalField(id, 'deliverables', 'Een belafspraak binnen twee weken na een signaal.'));
  ok(await updateGoalField(id, 'statement', 'Inwoners met schulden eerder hulp aanbieden (tablet 1).'));
  const colleague = await generateSigningKey(new Date().toISOString());
  const { pack } = await packFor(g.workshop.pack);
  const made = await createBundle(theirs.graph, pack, colleague, { signer: 'Tablet twee', appVersion: __APP_VERSION__, now: new Date(), sync: theirs });
  if (!made.ok) throw new Error(`seed: second tablet bundle ${JSON.stringify(made.refusal)}`);
  const { openFile } = await import('../../src/exchange/backup');
  const opened = await openFile(made.bytes);
  if (!opened.ok || opened.kind !== 'bundle') throw new Error('seed: second tablet open');
  const prepared = await prepareImport(opened.bundle);
  if (prepared.merge?.conflicts.map((c) => c.key).join() !== 'workshop:goal') throw new Error(`seed: expected one conflict, got ${JSON.stringify(prepared.merge?.conflicts.map((c) => c.key))}`);
  ok(await commitImports([{ bundle: prepared.bundle, choice: { kind: 'merge', choices: { 'workshop:goal': 'local' } } }], [opened.bundle.signer]));
  ok(await trustSigner({ kid: colleague.kid, name: 'Tablet twee', jwk: colleague.publicJwk }));
}

/** A small English workshop: only its metadata and one note. */
async function small(): Promise<WorkshopId> {
  const id = ok(await createWorkshop({ title: 'Smart bins', organisation: '', dataProject: '', date: null, place: '', facilitator: '' }, 'en', defaultPack));
  ok(await addNote(id, q('source.origin'), { text: 'Fill-level sensors only; no cameras.', kind: 'answer', speaker: GROUP }));
  return id;
}

function reviveValue(v: unknown): Promise<unknown> | unknown {
  if (v instanceof Blob) return bytesOf(v).then((data) => ({ $blob: { type: v.type, data } }));
  if (typeof CryptoKey !== 'undefined' && v instanceof CryptoKey) return { $cryptoKey: { type: v.type, extractable: v.extractable, usages: v.usages } };
  if (Array.isArray(v)) return Promise.all(v.map(reviveValue));
  if (v && typeof v === 'object') return Promise.all(Object.entries(v).map(async ([k, x]) => [k, await reviveValue(x)] as const)).then(Object.fromEntries);
  return v;
}

async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db().tables) out[table.name] = (await Promise.all((await table.toArray()).map(reviveValue))) as unknown[];
  return out;
}

export async function seed(photos: { landscape: string; png: string }) {
  ok(await saveSignerName('Anne de Vries'));
  const richId = await rich(photos);
  await mergeSecondTablet(richId);
  const smallId = await small();
  const richFile = await makeBundleFile(richId, 'Anne de Vries');
  const smallFile = await makeBundleFile(smallId, 'Anne de Vries');
  const backupFile = await makeBackupFile('Anne de Vries', 'DEDA Tafel backup');
  if (!richFile.ok || !smallFile.ok || !backupFile.ok) throw new Error(`seed: export failed ${JSON.stringify([richFile, smallFile, backupFile].map((f) => (f.ok ? 'ok' : f.failure)))}`);
  return {
    appVersion: __APP_VERSION__,
    deviceKeyFingerprint: fingerprint(richFile.key.key.kid),
    ids: { rich: richId, small: smallId },
    files: { rich: await bytesOf(richFile.file), small: await bytesOf(smallFile.file), backup: await bytesOf(backupFile.file) },
    database: { name: db().name, version: db().verno, tables: await dump() },
    localStorage: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
  };
}
