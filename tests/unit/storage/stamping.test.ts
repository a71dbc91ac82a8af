// Why: a merge is only exact if every local write bumps its unit's vector and every delete
// leaves a tombstone. These tests write through the repositories the screens use and look
// at the rows; the last one lists every exported write function of every repository and
// fails when one is added without being checked here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { GROUP } from '../../../src/domain/author';
import type { QuestionId, WorkshopId } from '../../../src/domain/ids';
import { addNote, deleteNote, restoreNote, updateNote } from '../../../src/storage/notes-repo';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { CLOCK_KEY, type StampedRow, type StampedWorkshop } from '../../../src/storage/stamping';
import { asRemote } from '../../../src/storage/stamping-core';
import { updateGoalField } from '../../../src/storage/workshop-content-repo';
import { createWorkshop, getWorkshop, deleteWorkshop } from '../../../src/storage/workshops-repo';
import { graphTables } from '../../../src/storage/graph-store';
import type { Note } from '../../../src/domain/note';
import { meta } from '../support/fixtures';
import { freshName } from './migration-harness';

beforeEach(() => useDatabase(new DedaDatabase(freshName('stamp'))));
afterEach(() => {
  db().close();
  useDatabase(null);
});

const Q = 'source.origin' as QuestionId;

async function workshop(): Promise<WorkshopId> {
  const r = await createWorkshop(meta(), 'nl', defaultPack);
  if (!r.ok) throw new Error(r.problem);
  return r.value;
}

async function note(w: WorkshopId, text: string): Promise<StampedRow<Note>> {
  const r = await addNote(w, Q, { text, kind: 'answer', speaker: GROUP });
  if (!r.ok) throw new Error('add');
  const row = await db().notes.get(r.value);
  if (!row) throw new Error('gone');
  return row as StampedRow<Note>;
}

const entries = (v: object | undefined) => Object.entries(v ?? {});
/** The one timestamp of a vector a single device stamped. */
function stampOf(v: object | undefined): string {
  const [only] = Object.values(v ?? {}) as string[];
  if (only === undefined) throw new Error('not stamped');
  return only;
}

describe('stamping every local write', () => {
  it('a new workshop has every part stamped by this device, with one node id kept in the settings', async () => {
    const w = (await db().workshops.get(await workshop())) as StampedWorkshop;
    const parts = Object.keys(w.versions ?? {});
    expect(parts.sort()).toEqual(['absent', 'agenda', 'clocks', 'decision', 'goal', 'meta', 'preconditions', 'screening', 'values']);
    const clock = (await db().settings.get(CLOCK_KEY))?.value as { node: string };
    for (const v of Object.values(w.versions ?? {})) expect(Object.keys(v)).toEqual([clock.node]);
  });

  it('an edit of the goal bumps the goal only; touching the workshop bumps nothing', async () => {
    const id = await workshop();
    const before = (await db().workshops.get(id)) as StampedWorkshop;
    await updateGoalField(id, 'statement', 'Minder afval');
    const after = (await db().workshops.get(id)) as StampedWorkshop;
    expect(stampOf(after.versions?.goal) > stampOf(before.versions?.goal)).toBe(true);
    expect(after.versions?.meta).toEqual(before.versions?.meta);
    expect(after.versions?.values).toEqual(before.versions?.values);
    await deleteWorkshop(id);
    expect(((await db().workshops.get(id)) as StampedWorkshop).versions).toEqual(after.versions);
  });

  it('a note is stamped when added and again when its text changes, not when saved unchanged', async () => {
    const id = await workshop();
    const n = await note(id, 'eerste');
    const v1 = entries(n.version);
    expect(v1).toHaveLength(1);
    await updateNote(n, { text: 'eerste' });
    expect(entries((await db().notes.get(n.id) as StampedRow<Note>).version)).toEqual(v1);
    await updateNote(n, { text: 'tweede' });
    expect(stampOf((await db().notes.get(n.id) as StampedRow<Note>).version) > stampOf(n.version)).toBe(true);
  });

  it('a delete leaves a tombstone with a later vector; undo takes it away and continues from it', async () => {
    const id = await workshop();
    const n = await note(id, 'weg');
    await deleteNote(n);
    const [tomb] = await db().tombstones.where('workshopId').equals(id).toArray();
    expect(tomb).toMatchObject({ kind: 'note', id: n.id, workshopId: id });
    expect(stampOf(tomb?.version) > stampOf(n.version)).toBe(true);
    await restoreNote(n);
    expect(await db().tombstones.count()).toBe(0);
    const back = (await db().notes.get(n.id)) as StampedRow<Note>;
    expect(stampOf(back.version) > stampOf(tomb?.version)).toBe(true);
  });

  it('writes from another copy keep the vectors they carry and leave no tombstone', async () => {
    const id = await workshop();
    const n = await note(id, 'van elders');
    const remote = { ...n, text: 'anders', version: { ffffffffffffffff: '2026-12-01T10:00:00.000Z-0000-ffffffffffffffff' } };
    await db().transaction('rw', [...graphTables(db())], () =>
      asRemote(async () => {
        await db().notes.put(remote);
        await db().notes.delete(n.id);
      }),
    );
    expect(await db().tombstones.count()).toBe(0);
    await db().transaction('rw', [...graphTables(db())], () => asRemote(() => db().notes.put(remote)));
    expect(((await db().notes.get(n.id)) as StampedRow<Note>).version).toEqual(remote.version);
    expect((await getWorkshop(id))?.id).toBe(id);
  });
});

// ---------------------------------------------------------------- every write path

import * as actionPoints from '../../../src/storage/action-points-repo';
import * as attachments from '../../../src/storage/attachments-repo';
import * as cardSummaries from '../../../src/storage/card-summaries-repo';
import * as decision from '../../../src/storage/decision-repo';
import * as evaluation from '../../../src/storage/evaluation-repo';
import * as exportRepo from '../../../src/storage/export-repo';
import * as importRepo from '../../../src/storage/import-repo';
import * as keys from '../../../src/storage/keys-repo';
import * as notes from '../../../src/storage/notes-repo';
import * as packs from '../../../src/storage/packs-repo';
import * as participants from '../../../src/storage/participants-repo';
import * as questionStates from '../../../src/storage/question-states-repo';
import * as report from '../../../src/storage/report-repo';
import * as content from '../../../src/storage/workshop-content-repo';
import * as workshops from '../../../src/storage/workshops-repo';
import * as merging from '../../../src/storage/merge-repo';
import * as manyHands from '../../../src/storage/many-hands-repo';
import * as examples from '../../../src/storage/examples-repo';
import { signContribution } from '../../../src/exchange/contribution/contribution';
import { newJoinCode } from '../../../src/exchange/contribution/join-code';
import type { ActionPoint } from '../../../src/domain/action-point';
import type { Attachment } from '../../../src/domain/attachment';
import type { Participant } from '../../../src/domain/participant';
import { addValue } from '../../../src/domain/values';

const MODULES = { actionPoints, attachments, cardSummaries, decision, evaluation, exportRepo, importRepo, keys, notes, packs, participants, questionStates, report, content, workshops, merging, manyHands, examples };

/** Everything that says what this workshop's copy has seen: its vectors and its tombstones. */
async function seen(id: WorkshopId): Promise<string> {
  const d = db();
  const w = (await d.workshops.get(id)) as StampedWorkshop | undefined;
  const rows = await Promise.all([d.participants, d.notes, d.questionStates, d.actionPoints, d.attachments].map((t) => (t as typeof d.notes).where('workshopId').equals(id).toArray()));
  const tombs = await d.tombstones.where('workshopId').equals(id).toArray();
  return JSON.stringify([w?.versions, rows.map((r) => r.map((x) => [x.id ?? (x as unknown as { questionId: string }).questionId, (x as StampedRow<Note>).version])), tombs]);
}

interface Ctx {
  readonly id: WorkshopId;
  note(): Promise<Note>;
  point(): Promise<ActionPoint>;
  person(): Promise<Participant>;
  photo(): Promise<Attachment>;
}

const png = () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4])], { type: 'image/png' });

/** Every write of workshop content, with a call that makes a real change. */
const CONTENT_WRITES: Record<string, (c: Ctx) => Promise<unknown>> = {
  'actionPoints.addActionPoint': (c) => actionPoints.addActionPoint(c.id, { ...actionPoints.EMPTY_DRAFT, title: 'Toets' }),
  'actionPoints.addFromNote': async (c) => actionPoints.addFromNote(await c.note(), null, { title: 'Uit notitie' }),
  'actionPoints.updateActionPoint': async (c) => actionPoints.updateActionPoint(await c.point(), { title: 'Anders' }),
  'actionPoints.setActionStatus': async (c) => actionPoints.setActionStatus(await c.point(), 'in-progress'),
  'actionPoints.deleteActionPoint': async (c) => actionPoints.deleteActionPoint(await c.point()),
  'actionPoints.restoreActionPoint': async (c) => {
    const p = await c.point();
    await actionPoints.deleteActionPoint(p);
    return actionPoints.restoreActionPoint(p);
  },
  'attachments.addPhoto': (c) => attachments.addPhoto(c.id, { kind: 'workshop' }, { blob: png(), mediaType: 'image/png', width: 1, height: 1, caption: 'Poster' }),
  'attachments.updateCaption': async (c) => attachments.updateCaption(await c.photo(), 'Ander bijschrift'),
  'attachments.deletePhoto': async (c) => attachments.deletePhoto(await c.photo()),
  'attachments.restorePhoto': async (c) => {
    const a = await c.photo();
    await attachments.deletePhoto(a);
    return attachments.restorePhoto(a);
  },
  'decision.recordDecision': (c) => decision.recordDecision(c.id, { outcome: 'pause', rationale: 'Eerst de grondslag', dissent: [], decidedBy: 'De groep', date: null }),
  'decision.clearDecision': async (c) => {
    await decision.recordDecision(c.id, { outcome: 'pause', rationale: 'Eerst de grondslag', dissent: [], decidedBy: 'De groep', date: null });
    return decision.clearDecision(c.id);
  },
  'decision.judgeAssessment': (c) => decision.judgeAssessment(c.id, 'accountability', 'partly', 'Deels belegd'),
  'decision.reopenAssessment': async (c) => {
    await decision.judgeAssessment(c.id, 'accountability', 'partly', 'Deels belegd');
    return decision.reopenAssessment(c.id, 'accountability');
  },
  'decision.dismissSuggestion': (c) => decision.dismissSuggestion(c.id, 'accountability', 'k1'),
  'decision.restoreSuggestion': async (c) => {
    await decision.dismissSuggestion(c.id, 'accountability', 'k1');
    return decision.restoreSuggestion(c.id, 'accountability', 'k1');
  },
  'notes.storeNote': (c) => notes.storeNote(notes.draftNote(c.id, Q, { text: 'x', kind: 'idea', speaker: GROUP })),
  'notes.addNote': (c) => notes.addNote(c.id, Q, { text: 'y', kind: 'idea', speaker: GROUP }),
  'notes.updateNote': async (c) => notes.updateNote(await c.note(), { text: 'veranderd' }),
  'notes.moveNote': async (c) => notes.moveNote(await c.note(), 'privacy.basis' as QuestionId),
  'notes.deleteNote': async (c) => notes.deleteNote(await c.note()),
  'notes.restoreNote': async (c) => {
    const n = await c.note();
    await notes.deleteNote(n);
    return notes.restoreNote(n);
  },
  'participants.addParticipant': (c) => participants.addParticipant(c.id, 'Anne', ['other']),
  'participants.updateParticipant': async (c) => participants.updateParticipant(await c.person(), { name: 'Bert' }),
  'participants.removeParticipant': async (c) => participants.removeParticipant(await c.person()),
  'participants.restoreParticipant': async (c) => {
    const p = await c.person();
    await participants.removeParticipant(p);
    return participants.restoreParticipant(p);
  },
  'questionStates.setQuestionState': (c) => questionStates.setQuestionState(c.id, Q, 'parked', 'Later'),
  'content.updateGoalField': (c) => content.updateGoalField(c.id, 'statement', 'Minder afval'),
  'content.updateValues': (c) => content.updateValues(c.id, (v) => addValue(v, { id: 'v1' as never, label: 'Privacy', source: 'project', description: '' })),
  'content.updateAbsent': (c) => content.updateAbsent(c.id, (l) => [...l, { id: 'a' as never, party: 'Leverancier', reason: '' }]),
  'content.updateAgenda': (c) => content.updateAgenda(c.id, [{ step: 'goal', minutes: 20 }] as never),
  'content.updateClocks': (c) => content.updateClocks(c.id, (k) => ({ ...k, current: 'goal' as never })),
  'content.updateScreening': (c) => content.updateScreening(c.id, (s) => ({ ...s, personalData: 'yes' })),
  // Notes handed over from a phone: a real join code and a contribution signed under its key.
  'manyHands.takeNotes': async (c) => {
    const now = new Date();
    const join = await manyHands.openSession(c.id, now, () => newJoinCode({ workshopId: c.id, title: 'W', lang: 'nl', questions: [{ id: Q, text: 'Vraag' }], people: [], now }));
    if (!join.ok) throw new Error('session');
    const contribution = await signContribution(
      { format: 'deda-tafel/contribution', formatVersion: 1, workshopId: c.id, session: join.value.session, writers: [{ name: 'Sanne' }], notes: [{ id: 'p1', questionId: Q, kind: 'idea', text: 'Van de telefoon', createdAt: now.toISOString(), writer: 0 }] },
      join.value.key,
    );
    return manyHands.takeNotes(contribution, await manyHands.incomingNotes(contribution));
  },
  'workshops.updateWorkshopMeta': (c) => workshops.updateWorkshopMeta(c.id, meta({ title: 'Nieuwe titel' })),
};

/** Exported functions that read, or write what is not the workshop's content; each says why it need not stamp. */
const NOT_CONTENT: Record<string, string> = {
  'examples.saveExample': 'an anonymised example is a device record in settings, never workshop content',
  'examples.removeExample': 'an anonymised example is a device record in settings, never workshop content',
  'examples.getExample': 'reads',
  'examples.listExamples': 'reads',
  'actionPoints.isActionDraft': 'a check', 'actionPoints.listActionPoints': 'reads', 'actionPoints.actionPointsByFirstOrigin': 'reads',
  'actionPoints.followUpData': 'reads', 'actionPoints.pointsSummary': 'reads', 'actionPoints.EMPTY_DRAFT': 'a value',
  'attachments.attachmentsOf': 'reads', 'attachments.sha256Hex': 'a hash', 'cardSummaries.pointsSummaries': 'reads',
  'evaluation.startEvaluation': 'a new workshop: stamped by its creation (the table test above)', 'evaluation.evaluationsOf': 'reads',
  'evaluation.comparisonData': 'reads', 'evaluation.earlierSession': 'reads', 'evaluation.continuedPoints': 'reads',
  'exportRepo.readForExport': 'reads', 'exportRepo.readGraphForEntry': 'reads', 'notes.nextOrder': 'a counter in memory',
  'manyHands.sessionsOf': 'reads', 'manyHands.openSession': 'device settings (a session key never leaves the device)', 'manyHands.incomingNotes': 'reads', 'exportRepo.listWorkshopIdsForBackup': 'reads', 'exportRepo.markExported': 'bookkeeping of this device (lastExportedAt)',
  'importRepo.countsOf': 'pure', 'importRepo.checkSigner': 'reads', 'importRepo.prepareImport': 'reads', 'importRepo.checkImportPacks': 'reads',
  'importRepo.commitImports': 'writes another copy: its vectors as they came (asRemote)', 'importRepo.listRecovery': 'reads',
  'importRepo.restoreRecovery': 'a new workshop under new ids: stamped by its creation', 'importRepo.discardRecovery': 'the recovery table only',
  'keys.readDeviceKey': 'reads', 'keys.ensureDeviceKey': 'device settings', 'keys.makeNewDeviceKey': 'device settings', 'keys.readSignerName': 'reads',
  'keys.saveSignerName': 'device settings', 'keys.listTrustedSigners': 'reads', 'keys.isTrusted': 'reads', 'keys.trustedSignerRow': 'pure',
  'keys.trustSigner': 'device settings', 'keys.forgetSigner': 'device settings',
  'notes.notesForQuestion': 'reads', 'notes.notesOfWorkshop': 'reads', 'notes.noteCount': 'reads', 'notes.draftNote': 'pure',
  'packs.isPack': 'a check', 'packs.packFor': 'reads', 'packs.listPacks': 'reads', 'packs.storePack': 'the packs table only: a pack is no workshop content and is never merged, only kept whole', 'participants.listParticipants': 'reads', 'questionStates.questionStates': 'reads',
  'report.readReportSource': 'reads', 'workshops.createWorkshop': 'stamped by creation (the table test above)', 'workshops.listWorkshops': 'reads',
  'workshops.listDeletedWorkshops': 'reads', 'workshops.getWorkshop': 'reads', 'workshops.duplicateWorkshop': 'a new workshop under new ids: stamped by its creation',
  'workshops.deleteWorkshop': 'recently deleted is this device\'s bookkeeping (deletedAt)', 'workshops.restoreWorkshop': 'bookkeeping (deletedAt)',
  'workshops.eraseWorkshop': 'erasing is final and local: no tombstone travels', 'workshops.eraseExpiredDeleted': 'as erase', 'workshops.eraseAllDeleted': 'as erase',
  'workshops.KEEP_DELETED_DAYS': 'a value',
  'merging.readReplica': 'reads', 'merging.remoteReplica': 'pure', 'merging.putReplica': 'writes another copy as it came (asRemote)', 'merging.previewMerge': 'reads',
  'merging.applyMerge': 'writes the merged copy: the result\'s vectors, resolutions bumped (merge-repo.test.ts)',
};

/** Records every write made outside an explicit transaction (Dexie marks those it opens itself). */
function watchImplicitWrites(): string[] {
  const implicit: string[] = [];
  db().use({
    stack: 'dbcore',
    name: 'test-implicit-writes',
    create: (down) => ({
      ...down,
      table(table) {
        const t = down.table(table);
        return {
          ...t,
          mutate: (req) => {
            if (!(req.trans as unknown as { _explicit?: boolean })._explicit) implicit.push(`${req.type} ${table}`);
            return t.mutate(req);
          },
        };
      },
    }),
  });
  return implicit;
}

describe('every repository write path bumps a vector or leaves a tombstone', () => {
  it('lists every exported function of every repository as a content write or says why it is not one', () => {
    const unlisted = Object.entries(MODULES).flatMap(([m, mod]) => Object.keys(mod).map((k) => `${m}.${k}`)).filter((k) => !(k in CONTENT_WRITES) && !(k in NOT_CONTENT));
    expect(unlisted, 'add each to CONTENT_WRITES (with a call) or NOT_CONTENT (with the reason)').toEqual([]);
  });

  for (const [name, call] of Object.entries(CONTENT_WRITES)) {
    it(name, async () => {
      // Every write on the way (the preparation's too) must run in an explicit transaction:
      // a change touches the row, its workshop, the merge clock and maybe a tombstone, and is
      // all or nothing only inside one db().transaction(…).
      const implicit = watchImplicitWrites();
      const id = await workshop();
      const ctx: Ctx = {
        id,
        note: async () => (await db().notes.get((await notes.addNote(id, Q, { text: 'n', kind: 'answer', speaker: GROUP }) as { value: string }).value as never))!,
        point: async () => (await db().actionPoints.get((await actionPoints.addActionPoint(id, { ...actionPoints.EMPTY_DRAFT, title: 'p' }) as { value: string }).value as never))!,
        person: async () => (await db().participants.get((await participants.addParticipant(id, 'P', ['other']) as { value: string }).value as never))!,
        photo: async () => (await db().attachments.get((await attachments.addPhoto(id, { kind: 'workshop' }, { blob: png(), mediaType: 'image/png', width: 1, height: 1, caption: 'c' }) as { value: string }).value as never))!,
      };
      // Prepare what the call needs first, then measure only the call itself.
      let before = '';
      const measured: Ctx = {
        id,
        note: async () => { const x = await ctx.note(); before = await seen(id); return x; },
        point: async () => { const x = await ctx.point(); before = await seen(id); return x; },
        person: async () => { const x = await ctx.person(); before = await seen(id); return x; },
        photo: async () => { const x = await ctx.photo(); before = await seen(id); return x; },
      };
      before = await seen(id);
      const r = (await call(measured)) as { ok: boolean };
      expect(r.ok, `${name} must succeed`).toBe(true);
      expect(await seen(id)).not.toBe(before);
      expect(implicit, `${name}: wrap these writes in db().transaction('rw', …)`).toEqual([]);
    });
  }

  it('the device\'s own bookkeeping is written in explicit transactions too', async () => {
    const implicit = watchImplicitWrites();
    const id = await workshop();
    const results = [
      await keys.ensureDeviceKey(),
      await keys.makeNewDeviceKey(),
      await keys.saveSignerName('Anne'),
      await keys.trustSigner({ kid: 'k1', name: 'Bert', jwk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' } } as never),
      await keys.forgetSigner('k1'),
      await workshops.deleteWorkshop(id),
      await workshops.restoreWorkshop(id),
      await exportRepo.markExported([id], '2026-12-02T10:00:00.000Z' as never),
      await importRepo.discardRecovery('none'),
      await examples.removeExample('none'),
    ];
    expect(results.map((r) => r.ok)).toEqual(results.map(() => true));
    expect(implicit, 'wrap these writes in db().transaction(\'rw\', …)').toEqual([]);
  });
});
