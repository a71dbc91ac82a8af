// Why: action points are stored one row each, made from notes with their link kept, changed
// through the status rules (dropping needs a reason), deleted with undo, and read across
// workshops for the follow-up view, without deleted workshops.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import type { QuestionId, TopicId, WorkshopId } from '../../../src/domain/ids';
import type { IsoDate } from '../../../src/domain/time';
import {
  actionPointsByFirstOrigin,
  addActionPoint,
  addFromNote,
  deleteActionPoint,
  EMPTY_DRAFT,
  followUpData,
  listActionPoints,
  pointsSummary,
  restoreActionPoint,
  setActionStatus,
  updateActionPoint,
} from '../../../src/storage/action-points-repo';
import { pointsSummaries } from '../../../src/storage/card-summaries-repo';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { addNote, notesForQuestion } from '../../../src/storage/notes-repo';
import { addParticipant } from '../../../src/storage/participants-repo';
import { createWorkshop, deleteWorkshop, getWorkshop } from '../../../src/storage/workshops-repo';
import { meta } from '../support/fixtures';
import { freshName } from './migration-harness';
import { unstamped } from '../support/unstamped';

const OLD = '2000-01-01T00:00:00.000Z';
let id: WorkshopId;

async function newWorkshop(title: string): Promise<WorkshopId> {
  const r = await createWorkshop(meta({ title }), 'nl', defaultPack);
  if (!r.ok) throw new Error('create failed');
  await db().workshops.update(r.value, { updatedAt: OLD });
  return r.value;
}

beforeEach(async () => {
  useDatabase(new DedaDatabase(freshName('actions')));
  id = await newWorkshop('Slimme vuilcontainers');
});
afterEach(() => {
  db().close();
  useDatabase(null);
});

const changed = async (w: WorkshopId = id) => ((await getWorkshop(w))?.updatedAt ?? '') > OLD;
const draft = (title: string, more: Partial<typeof EMPTY_DRAFT> = {}) => ({ ...EMPTY_DRAFT, title, ...more });

describe('action points of a workshop', () => {
  it('makes one from a note in one call, keeping the link to note, question and topic', async () => {
    const q = 'source.origin' as QuestionId;
    await addNote(id, q, { text: 'Vraag de FG of hergebruik mag\nzie ook de DPIA', kind: 'concern', speaker: { kind: 'group' } });
    const [note] = await notesForQuestion(id, q);
    const r = await addFromNote(note!, 'source' as TopicId, { isCondition: true });
    expect(r.ok).toBe(true);
    const [p] = await listActionPoints(id);
    expect(p).toMatchObject({ title: 'Vraag de FG of hergebruik mag', isCondition: true, status: 'open', origin: { kind: 'note', noteId: note!.id, questionId: q, topicId: 'source' } });
    expect(await changed()).toBe(true);
  });

  it('adds on its own, in order, and refuses an empty title', async () => {
    expect(await addActionPoint(id, draft('  '))).toEqual({ ok: false, refused: 'title-required' });
    await addActionPoint(id, draft(' Eerste ', { owner: { kind: 'person', name: '  Wethouder Jansen ' } }));
    await addActionPoint(id, draft('Tweede'));
    const list = await listActionPoints(id);
    expect(list.map((p) => p.title)).toEqual(['Eerste', 'Tweede']);
    expect(list[0]?.owner).toEqual({ kind: 'person', name: 'Wethouder Jansen' });
    expect(list.map((p) => p.order)).toEqual([0, 1]);
  });

  it('edits owner, due date, priority, condition flag and links', async () => {
    await addActionPoint(id, draft('DPIA'));
    const [p] = await listActionPoints(id);
    const r = await addParticipant(id, 'Łukasz', ['privacy-officer']);
    if (!r.ok) throw new Error('participant');
    await updateActionPoint(p!, { owner: { kind: 'participant', participantId: r.value }, dueDate: '2027-01-15' as IsoDate, priority: 'high', isCondition: true, precondition: 'privacy-officer-involved' });
    expect((await listActionPoints(id))[0]).toMatchObject({ title: 'DPIA', owner: { kind: 'participant', participantId: r.value }, dueDate: '2027-01-15', priority: 'high', isCondition: true, precondition: 'privacy-officer-involved' });
    expect(await updateActionPoint(p!, { title: '' })).toEqual({ ok: false, refused: 'title-required' });
  });

  it('needs a reason to drop, records when done, and clears both when reopened', async () => {
    await addActionPoint(id, draft('DPIA'));
    let [p] = await listActionPoints(id);
    expect(await setActionStatus(p!, 'dropped', ' ')).toEqual({ ok: false, refused: 'reason-required' });
    expect((await listActionPoints(id))[0]?.status).toBe('open');
    await setActionStatus(p!, 'dropped', 'Project gaat niet door');
    [p] = await listActionPoints(id);
    expect(p).toMatchObject({ status: 'dropped', dropReason: 'Project gaat niet door' });
    await setActionStatus(p!, 'done');
    [p] = await listActionPoints(id);
    expect(p?.status).toBe('done');
    expect(p?.dropReason).toBe('');
    expect(p?.completedAt).not.toBeNull();
    await setActionStatus(p!, 'in-progress');
    expect((await listActionPoints(id))[0]).toMatchObject({ status: 'in-progress', completedAt: null });
  });

  it('deletes with undo', async () => {
    await addActionPoint(id, draft('Weg ermee'));
    const [p] = await listActionPoints(id);
    await deleteActionPoint(p!);
    expect(await listActionPoints(id)).toEqual([]);
    await restoreActionPoint(p!);
    // The same point, its vector now after its deletion's.
    expect(unstamped(await listActionPoints(id))).toEqual(unstamped([p]));
  });

  it('summarises a workshop for its card: conditions met, open and overdue', async () => {
    await addActionPoint(id, draft('a', { isCondition: true }));
    await addActionPoint(id, draft('b', { isCondition: true, dueDate: '2026-01-01' as IsoDate }));
    await addActionPoint(id, draft('c', { dueDate: '2026-01-01' as IsoDate }));
    const [a] = await listActionPoints(id);
    await setActionStatus(a!, 'done');
    expect(await pointsSummary(id, '2026-06-01' as IsoDate)).toEqual({ met: 1, total: 2, dropped: 0, open: 2, overdue: 2 });
  });

  it('summarises every card in one read, by workshop, the same as one by one', async () => {
    const other = await newWorkshop('Zonder voorwaarden');
    const empty = await newWorkshop('Zonder actiepunten');
    await addActionPoint(id, draft('a', { isCondition: true, dueDate: '2026-01-01' as IsoDate }));
    await addActionPoint(other, draft('b', { dueDate: '2026-01-01' as IsoDate }));
    await addActionPoint(other, draft('c'));
    const today = '2026-06-01' as IsoDate;
    const all = await pointsSummaries(today);
    expect(all.get(id)).toEqual({ met: 0, total: 1, dropped: 0, open: 1, overdue: 1 });
    expect(all.get(other)).toEqual(await pointsSummary(other, today));
    expect(all.get(other)).toMatchObject({ total: 0, open: 2, overdue: 1 });
    expect(all.has(empty)).toBe(false);
  });
});

describe('follow-up across workshops', () => {
  it('lists the open points of every workshop that is not deleted, with owners named', async () => {
    const other = await newWorkshop('Parkeersensoren');
    const gone = await newWorkshop('Verwijderd');
    const person = await addParticipant(other, 'Nguyễn Thị Ánh', ['project-owner']);
    if (!person.ok) throw new Error('participant');
    await addActionPoint(id, draft('open hier'));
    await addActionPoint(id, draft('klaar hier'));
    await addActionPoint(other, draft('bezig daar', { owner: { kind: 'participant', participantId: person.value } }));
    await addActionPoint(gone, draft('in de prullenbak'));
    const done = (await listActionPoints(id)).find((p) => p.title === 'klaar hier')!;
    await setActionStatus(done, 'done');
    const busy = (await listActionPoints(other))[0]!;
    await setActionStatus(busy, 'in-progress');
    await deleteWorkshop(gone);

    const data = await followUpData();
    expect(data.items.map((i) => [i.point.title, i.workshop.title]).sort()).toEqual([
      ['bezig daar', 'Parkeersensoren'],
      ['open hier', 'Slimme vuilcontainers'],
    ]);
    expect(data.workshops.map((w) => w.title).sort()).toEqual(['Parkeersensoren', 'Slimme vuilcontainers']);
    expect(data.participants.get(person.value)?.name).toBe('Nguyễn Thị Ánh');
  });

  it('a status changed from the follow-up view is the status in the workshop', async () => {
    await addActionPoint(id, draft('DPIA'));
    const { items } = await followUpData();
    await setActionStatus(items[0]!.point, 'done');
    expect((await listActionPoints(id))[0]?.status).toBe('done');
    expect((await followUpData()).items).toEqual([]);
    expect(await changed()).toBe(true);
  });
});

describe('points seen by their first origin', () => {
  it('sees a point carried over through two evaluation sessions as the suggestion it was first taken from', async () => {
    const { startEvaluation } = await import('../../../src/storage/evaluation-repo');
    const { suggestionsFor } = await import('../../../src/domain/recommendations');
    const taken = await addActionPoint(id, { ...EMPTY_DRAFT, title: 'PO/FG tijd geven', precondition: 'privacy-officer-involved' }, { kind: 'precondition', precondition: 'privacy-officer-involved', suggestion: 'po-capacity' });
    if (!taken.ok) throw new Error('add failed');
    const second = await startEvaluation(id, 'Evaluatie 1');
    if (!second.ok) throw new Error('evaluation failed');
    const third = await startEvaluation(second.value, 'Evaluatie 2');
    if (!third.ok) throw new Error('evaluation failed');

    const [stored] = await listActionPoints(third.value);
    expect(stored?.origin.kind).toBe('carried-over');
    const [seen] = await actionPointsByFirstOrigin(third.value);
    expect(seen).toMatchObject({ id: stored?.id, origin: { kind: 'precondition', suggestion: 'po-capacity' } });
    // So the scan of the second evaluation does not offer it again; on the stored points it would.
    const offered = (points: Parameters<typeof suggestionsFor>[3]) => suggestionsFor('privacy-officer-involved', 'missing', { dismissedSuggestions: [] }, points).map((s) => s.key);
    expect(offered(await listActionPoints(third.value))).toContain('po-capacity');
    expect(offered(await actionPointsByFirstOrigin(third.value))).not.toContain('po-capacity');
  });
});
