// Why: the frozen contract's fixtures must be what the RELEASED app writes, not what a test
// believes it writes. This module runs inside a real browser page served by Vite from the
// release's own source (see make-v1-fixtures.mjs): it fills IndexedDB through the app's own
// repository functions, exports bundles and a backup through the app's own export flow, and
// dumps every IndexedDB row. Run once, for format version 1 / schema version 1; the output in
// tests/contract/v1/ is committed and never regenerated (later code would write other files).
import { defaultPack } from '../../src/content/packs/default-pack';
import { GROUP } from '../../src/domain/author';
import type { ParticipantId, QuestionId, TopicId, ValueId, WorkshopId } from '../../src/domain/ids';
import { newId } from '../../src/domain/ids';
import type { IsoDate } from '../../src/domain/time';
import { proposeAll, staleProposals } from '../../src/domain/precondition-rules';
import nlDecision from '../../locales/nl/decision.json';
import { makeBackupFile, makeBundleFile } from '../../src/features/exchange/export-flow';
import { openFile } from '../../src/exchange/backup';
import { addActionPoint, addFromNote, listActionPoints, setActionStatus } from '../../src/storage/action-points-repo';
import { addPhoto } from '../../src/storage/attachments-repo';
import { db } from '../../src/storage/db';
import { confirmProposal, overrideAssessment, recordDecision, refreshProposals } from '../../src/storage/decision-repo';
import { startEvaluation } from '../../src/storage/evaluation-repo';
import { commitImports, prepareImport } from '../../src/storage/import-repo';
import { saveSignerName, trustSigner } from '../../src/storage/keys-repo';
import { addNote, notesForQuestion } from '../../src/storage/notes-repo';
import { addParticipant, listParticipants } from '../../src/storage/participants-repo';
import { setQuestionState } from '../../src/storage/question-states-repo';
import { updateAgenda, updateGoalField, updateTimer, updateValues } from '../../src/storage/workshop-content-repo';
import { createWorkshop, deleteWorkshop } from '../../src/storage/workshops-repo';
import type { WriteResult } from '../../src/storage/write';
import { generateSigningKey, fingerprint } from '../../src/exchange/signing-key';
import { createBundle } from '../../src/exchange/bundle';
import { composerDraftKey } from '../../src/features/workshop/topic/NoteComposer';
import { keepDraft } from '../../src/storage/drafts';
import { savePreferredLang } from '../../src/storage/preferences';

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

/** A workshop with every kind of record the release stores. */
async function rich(photos: { landscape: string; png: string }): Promise<WorkshopId> {
  const id = ok(
    await createWorkshop(
      { title: 'Bijstand en signalen van zwartwerk', organisation: 'Gemeente Oudstad', dataProject: 'Koppeling bijstand en andere registers', date: '2026-11-20' as IsoDate, place: 'Stadhuis, kamer 2.14', facilitator: 'Zoë Ørsted-Çelik' },
      'nl',
      defaultPack,
    ),
  );
  ok(await updateGoalField(id, 'statement', 'Eerder zien waar bijstand en werk niet samengaan, zonder iedereen te verdenken.'));
  ok(await updateGoalField(id, 'deliverables', 'Een lijst met signalen voor handhaving, met uitleg per signaal.'));
  ok(await updateGoalField(id, 'nonDeliverables', 'Geen automatische besluiten; geen scores per inwoner.'));
  ok(await updateGoalField(id, 'dataSets', 'Bijstandsadministratie, BRP, RDW-kentekens.'));
  ok(await updateGoalField(id, 'phase', 'pilot'));
  ok(await updateGoalField(id, 'outcomeRole', 'advisory'));
  const people: [string, Parameters<typeof addParticipant>[2]][] = [
    ['Łukasz Wróbel', ['privacy-officer']],
    ['Nguyễn Thị Ánh', ['data-analyst', 'domain-expert']],
    ['Fatima el Amrani', ['project-owner']],
    ['Jan de Boer', ['politics']],
    ['Sanne Jansen', ['communication', 'other']],
  ];
  for (const [name, roles] of people) ok(await addParticipant(id, name, roles));
  const ps = await listParticipants(id);
  const p = (i: number) => (ps[i] as { id: ParticipantId }).id;
  const v1 = newId<ValueId>();
  const v2 = newId<ValueId>();
  const v3 = newId<ValueId>();
  ok(
    await updateValues(id, () => ({
      entries: [
        { id: v1, label: 'Rechtvaardigheid', source: 'organisation', description: 'Gelijke gevallen gelijk behandelen.' },
        { id: v2, label: 'Privacy', source: 'organisation', description: '' },
        { id: v3, label: 'Doelmatigheid', source: 'project', description: 'Schaarse handhavers goed inzetten.' },
      ],
      coreRanking: [v1, v2],
      conflicts: [{ id: newId(), a: v2, b: v3, description: 'Meer koppelen helpt handhaving, maar raakt iedereen in de bijstand.' }],
    })),
  );
  const notes: [string, string, 'answer' | 'concern' | 'question' | 'idea', number | null][] = [
    ['source.origin', 'Uit de eigen bijstandsadministratie en de BRP.', 'answer', 1],
    ['source.origin', 'Is hergebruik voor handhaving wel toegestaan? Grondslag nooit getoetst.', 'concern', 0],
    ['source.original-purpose', 'Verzameld om uitkeringen te verstrekken, niet om te controleren.', 'answer', null],
    ['bias.groups', 'Wijken met veel huurwoningen vallen vaker op — bewaartermijn ≤ 5 jaar?', 'concern', 1],
    ['bias.proxies', 'Kenteken als maat voor inkomen: “auto = werk”?', 'question', 2],
    ['algorithms.human-role', 'Een handhaver beoordeelt elk signaal; geen automatisch besluit.', 'answer', 2],
    ['algorithms.explain', 'Per signaal de drie zwaarste redenen tonen.', 'idea', null],
    ['privacy.dpia', 'DPIA nog niet gestart 🙁', 'concern', 0],
    ['communication.residents', 'Brief aan alle bijstandsgerechtigden vóór de start.', 'idea', 3],
  ];
  for (const [question, text, kind, who] of notes) ok(await addNote(id, q(question), { text, kind, speaker: who === null ? GROUP : { kind: 'participant', participantId: p(who) } }));
  ok(await setQuestionState(id, q('source.origin'), 'discussed', ''));
  ok(await setQuestionState(id, q('bias.groups'), 'discussed', ''));
  ok(await setQuestionState(id, q('open-data.publish'), 'not-applicable', 'Er wordt niets gepubliceerd.'));
  ok(await setQuestionState(id, q('privacy.retention'), 'parked', 'Eerst de DPIA afwachten.'));
  const concern = (await notesForQuestion(id, q('source.origin'))).find((n) => n.kind === 'concern');
  if (!concern) throw new Error('seed: concern note missing');
  ok(await addFromNote(concern, 'source' as TopicId, { title: 'Grondslag laten toetsen door juridische zaken', owner: { kind: 'participant', participantId: p(0) }, dueDate: '2026-12-15' as IsoDate, priority: 'high', isCondition: true, valueId: v1 }));
  ok(await addActionPoint(id, { title: 'DPIA starten', description: 'Met de FG, vóór de pilot.', owner: { kind: 'role', role: 'privacy-officer' }, dueDate: '2027-01-10' as IsoDate, priority: 'high', isCondition: true, valueId: v2, precondition: 'purpose-limitation' }));
  ok(await addActionPoint(id, { title: 'Bewonersbrief schrijven', description: '', owner: { kind: 'person', name: 'Team communicatie' }, dueDate: null, priority: 'low', isCondition: false, valueId: null, precondition: null }));
  ok(await addActionPoint(id, { title: 'Extern bureau vragen', description: '', owner: { kind: 'nobody' }, dueDate: null, priority: 'medium', isCondition: false, valueId: null, precondition: null }));
  const points = await listActionPoints(id);
  const letter = points.find((a) => a.title === 'Bewonersbrief schrijven');
  const external = points.find((a) => a.title === 'Extern bureau vragen');
  if (!letter || !external) throw new Error('seed: action points missing');
  ok(await setActionStatus(letter, 'done'));
  ok(await setActionStatus(external, 'dropped', 'Niet nodig: we doen het zelf.'));
  const workshop = await db().workshops.get(id);
  if (!workshop) throw new Error('seed: workshop missing');
  const proposals = proposeAll({ goal: workshop.goal, roles: ps.map((x) => x.roles) });
  const [first, second] = proposals;
  if (!first || !second) throw new Error('seed: proposals missing');
  ok(await confirmProposal(id, first));
  ok(await overrideAssessment(id, second, 'partly', 'De wethouder steunt het, de raad weet nog van niets.'));
  // What the closing steps' render effect stores for the three the group did not judge: the
  // app's proposal, unconfirmed, with its reason in the workshop's language.
  const judged = await db().workshops.get(id);
  if (!judged) throw new Error('seed: workshop missing');
  ok(await refreshProposals(id, staleProposals(judged.preconditions, proposals, (x) => nlDecision.proposal[x.reason])));
  ok(await updateAgenda(id, workshop.agenda.map((a, i) => (i === 0 ? { ...a, minutes: a.minutes + 5 } : a))));
  ok(await updateTimer(id, { step: 'topic:bias', runningSince: null, elapsedMs: 754_000, extraMinutes: 5 }));
  ok(await addPhoto(id, { kind: 'topic', topicId: 'bias' as TopicId }, { blob: new Blob([fromBase64(photos.landscape)], { type: 'image/jpeg' }), mediaType: 'image/jpeg', width: 1600, height: 1200, caption: 'Poster na ronde 1 — مرحبا' }));
  ok(await addPhoto(id, { kind: 'workshop' }, { blob: new Blob([fromBase64(photos.png)], { type: 'image/png' }), mediaType: 'image/png', width: 1200, height: 900, caption: '' }));
  ok(await recordDecision(id, { outcome: 'go-with-conditions', rationale: 'Doorgaan als de grondslag getoetst is en de DPIA klaar is.', dissent: [{ id: newId(), who: 'Łukasz Wróbel', reason: 'Eerst de DPIA, dan pas de pilot.' }], decidedBy: 'Projectgroep', date: '2026-11-20' as IsoDate }));
  return id;
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
  if (v && typeof v === 'object') {
    return Promise.all(Object.entries(v).map(async ([k, x]) => [k, await reviveValue(x)] as const)).then(Object.fromEntries);
  }
  return v;
}

/** Every row of every table, Blobs as base64 and CryptoKeys as a marker (they cannot leave the browser). */
async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db().tables) out[table.name] = (await Promise.all((await table.toArray()).map(reviveValue))) as unknown[];
  return out;
}

export async function seed(photos: { landscape: string; png: string }) {
  ok(await saveSignerName('Anne de Vries'));
  const richId = await rich(photos);
  const smallId = await small();
  const evaluationId = ok(await startEvaluation(richId, 'Bijstand en signalen — evaluatie'));
  ok(await addNote(evaluationId, q('bias.groups'), { text: 'Na drie maanden: geen wijk valt meer op dan een andere.', kind: 'answer', speaker: GROUP }));
  const deletedId = ok(await createWorkshop({ title: 'Verwijderd experiment', organisation: '', dataProject: '', date: null, place: '', facilitator: '' }, 'nl', defaultPack));
  ok(await deleteWorkshop(deletedId));

  // A colleague's bundle, imported with trust; then the same workshop replaced by a newer
  // export of it, which leaves a recovery snapshot.
  const colleague = await generateSigningKey(new Date().toISOString());
  const colleagueId = ok(await createWorkshop({ title: 'Parkeerdata van een collega', organisation: 'Gemeente Oudstad', dataProject: '', date: null, place: '', facilitator: '' }, 'nl', defaultPack));
  ok(await addNote(colleagueId, q('access.who'), { text: 'Alleen de afdeling parkeren.', kind: 'answer', speaker: GROUP }));
  const read = await (await import('../../src/storage/export-repo')).readForExport(colleagueId);
  if (read.kind !== 'ok') throw new Error('seed: colleague read');
  const made = await createBundle(read.source.graph, read.source.pack, colleague, { signer: 'Mireille Colleague', appVersion: __APP_VERSION__, now: new Date() });
  if (!made.ok) throw new Error('seed: colleague bundle');
  const opened = await openFile(made.bytes);
  if (!opened.ok || opened.kind !== 'bundle') throw new Error('seed: colleague open');
  const prepared = await prepareImport(opened.bundle);
  ok(await commitImports([{ bundle: prepared.bundle, choice: { kind: 'replace' } }], [opened.bundle.signer]));
  ok(await trustSigner({ kid: colleague.kid, name: 'Mireille Colleague', jwk: colleague.publicJwk }));

  // What a tab left behind in localStorage: the language chosen and a note being typed.
  savePreferredLang('nl');
  keepDraft(composerDraftKey(richId, 'bias.monitoring'), 'Wie kijkt elk kwartaal naar de');

  const richFile = await makeBundleFile(richId, 'Anne de Vries');
  const smallFile = await makeBundleFile(smallId, 'Anne de Vries');
  const backupFile = await makeBackupFile('Anne de Vries', 'DEDA Tafel backup');
  if (!richFile.ok || !smallFile.ok || !backupFile.ok) throw new Error(`seed: export failed ${JSON.stringify([richFile, smallFile, backupFile].map((f) => (f.ok ? 'ok' : f.failure)))}`);
  return {
    appVersion: __APP_VERSION__,
    deviceKeyFingerprint: fingerprint(richFile.key.key.kid),
    ids: { rich: richId, small: smallId, evaluation: evaluationId, deleted: deletedId, colleague: colleagueId },
    files: { rich: await bytesOf(richFile.file), small: await bytesOf(smallFile.file), backup: await bytesOf(backupFile.file) },
    database: { name: db().name, version: db().verno, tables: await dump() },
    localStorage: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
  };
}
