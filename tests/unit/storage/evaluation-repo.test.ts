// Why: an evaluation session is made from an earlier workshop in one transaction, with the
// same pack, and the comparison reads both sides.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { compareSessions } from '../../../src/domain/evaluation';
import type { QuestionId, WorkshopId } from '../../../src/domain/ids';
import { indexPack } from '../../../src/content/pack-index';
import { addActionPoint, EMPTY_DRAFT, followUpData, listActionPoints, pointsSummary, setActionStatus } from '../../../src/storage/action-points-repo';
import { pointsSummaries } from '../../../src/storage/card-summaries-repo';
import { readWorkshopsDirect } from '../../../src/storage/first-read';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { comparisonData, evaluationsOf, startEvaluation } from '../../../src/storage/evaluation-repo';
import { addNote } from '../../../src/storage/notes-repo';
import { addParticipant, listParticipants } from '../../../src/storage/participants-repo';
import { setQuestionState } from '../../../src/storage/question-states-repo';
import { updateGoalField } from '../../../src/storage/workshop-content-repo';
import { createWorkshop, deleteWorkshop, getWorkshop } from '../../../src/storage/workshops-repo';
import { meta } from '../support/fixtures';
import { freshName } from './migration-harness';

let first: WorkshopId;
const Q = 'source.origin' as QuestionId;

beforeEach(async () => {
  useDatabase(new DedaDatabase(freshName('evaluation')));
  const r = await createWorkshop(meta(), 'nl', defaultPack);
  if (!r.ok) throw new Error('create failed');
  first = r.value;
  await updateGoalField(first, 'statement', 'Minder ritten');
  await addParticipant(first, 'Łukasz', ['privacy-officer']);
  await addNote(first, Q, { text: 'Zorg over hergebruik', kind: 'concern', speaker: { kind: 'group' } });
  await setQuestionState(first, Q, 'parked', 'later');
  await addActionPoint(first, { ...EMPTY_DRAFT, title: 'Open voorwaarde', isCondition: true });
  await addActionPoint(first, { ...EMPTY_DRAFT, title: 'Al gedaan' });
  const done = (await listActionPoints(first)).find((p) => p.title === 'Al gedaan')!;
  await setActionStatus(done, 'done');
});
afterEach(() => {
  db().close();
  useDatabase(null);
});

describe('starting an evaluation session', () => {
  it('makes an evaluation workshop that links back, with goal, people and open points', async () => {
    const r = await startEvaluation(first, 'Evaluatie na een half jaar');
    if (!r.ok) throw new Error('start failed');
    const e = (await getWorkshop(r.value))!;
    expect(e).toMatchObject({ kind: 'evaluation', evaluationOf: first, title: 'Evaluatie na een half jaar', pack: { id: defaultPack.id, version: defaultPack.version } });
    expect(e.goal.statement).toBe('Minder ritten');
    expect((await listParticipants(r.value)).map((p) => p.name)).toEqual(['Łukasz']);
    const points = await listActionPoints(r.value);
    expect(points.map((p) => [p.title, p.origin.kind])).toEqual([['Open voorwaarde', 'carried-over']]);
    expect(await db().notes.where('workshopId').equals(r.value).count()).toBe(0);
    expect((await evaluationsOf(first)).map((w) => w.id)).toEqual([r.value]);
  });

  it('leaves the first session as it was, and lists a carried-over point once in follow-up', async () => {
    const before = await listActionPoints(first);
    const r = await startEvaluation(first, 'Evaluatie');
    if (!r.ok) throw new Error('start failed');
    expect(await listActionPoints(first)).toEqual(before);
    // The first session's card no longer counts the point as open: it continues in the evaluation.
    expect(await pointsSummary(first)).toMatchObject({ open: 0, met: 0, total: 1 });
    expect(await pointsSummary(r.value)).toMatchObject({ open: 1, total: 1 });
    // The home screen's one read for every card says the same.
    const all = await pointsSummaries();
    expect(all.get(first)).toEqual(await pointsSummary(first));
    expect(all.get(r.value)).toEqual(await pointsSummary(r.value));
    // And so does the home screen's first frame, read without Dexie.
    expect((await readWorkshopsDirect(indexedDB, db().name))?.summaries).toEqual(all);
    const { items, continued } = await followUpData();
    const open = items.filter((i) => !continued.has(i.point.id));
    expect(open.map((i) => [i.point.title, i.workshop.id])).toEqual([['Open voorwaarde', r.value]]);
    // Once the evaluation is deleted, the point counts as open in the first session again.
    await deleteWorkshop(r.value);
    expect((await pointsSummaries()).get(first)).toMatchObject({ open: 1 });
    expect((await readWorkshopsDirect(indexedDB, db().name))?.summaries).toEqual(await pointsSummaries());
  });

  it('fails as a whole for a workshop that is not there', async () => {
    await deleteWorkshop(first);
    const r = await startEvaluation(first, 'Evaluatie');
    expect(r.ok).toBe(false);
    expect(await db().workshops.count()).toBe(1);
  });
});

describe('the comparison data', () => {
  it('reads both sessions, and says when the first is gone', async () => {
    const r = await startEvaluation(first, 'Evaluatie');
    if (!r.ok) throw new Error('start failed');
    await setQuestionState(r.value, Q, 'discussed', '');
    const data = await comparisonData((await getWorkshop(r.value))!);
    if (data.kind !== 'ready') throw new Error('not ready');
    const c = compareSessions(indexPack(defaultPack).shapes, data.before, data.after);
    expect(c.topics.find((t) => t.topicId === 'source')).toMatchObject({ before: { parked: 1, concerns: 1 }, after: { discussed: 1, notes: 0 }, questions: [{ questionId: Q, before: 'parked', after: 'discussed' }] });
    await deleteWorkshop(first);
    expect(await comparisonData((await getWorkshop(r.value))!)).toEqual({ kind: 'first-gone' });
  });
});
