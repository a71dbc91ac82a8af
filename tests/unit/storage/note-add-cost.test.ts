// Why: adding a note on one workshop's board must cost the same on a device with one workshop
// as on one with a hundred (issue 16). Time is a poor witness on a shared machine, so this test
// counts the work instead: every request that reaches IndexedDB (below Dexie's cache), per table,
// with the rows it read or wrote, during one note add (the repository call the composer makes,
// with its stamping and its durable draft) and the live-query refreshes it sets off in the
// queries a topic board keeps open (the same repository reads its hooks make). A count that grows
// with the number of workshops (a full-table read, a live query whose range covers every
// workshop, a scan of the tombstones) fails here, whatever the machine's load.
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { indexPack } from '../../../src/content/pack-index';
import { defaultPack } from '../../../src/content/packs/default-pack';
import type { ActionPoint } from '../../../src/domain/action-point';
import { GROUP } from '../../../src/domain/author';
import { newId, type ActionPointId, type NoteId, type QuestionId, type TopicId, type WorkshopId } from '../../../src/domain/ids';
import type { Note } from '../../../src/domain/note';
import type { Workshop } from '../../../src/domain/workshop';
import { listActionPoints } from '../../../src/storage/action-points-repo';
import { attachmentsOf } from '../../../src/storage/attachments-repo';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { flushDrafts, mirrorDraft } from '../../../src/storage/durable-drafts';
import { draftNote, noteCount, notesForQuestion, storeNote } from '../../../src/storage/notes-repo';
import { listParticipants } from '../../../src/storage/participants-repo';
import { questionStates } from '../../../src/storage/question-states-repo';
import { asRemote } from '../../../src/storage/stamping-core';
import { createWorkshop, getWorkshop, listWorkshops } from '../../../src/storage/workshops-repo';
import { meta } from '../support/fixtures';
import { freshName } from './migration-harness';

const index = indexPack(defaultPack);
const BOARD = 'algorithms' as TopicId;
const board = index.topic(BOARD)!.questions.map((q) => q.id as QuestionId);
const others = index.shapes.flatMap((s) => (s.id === BOARD ? [] : s.questionIds));
const Q = board[0]!;
const NOTES = 60;
const POINTS = 10;

/** Requests and rows, per `<table> <operation>`, as they reach IndexedDB. */
type Counts = Record<string, { requests: number; rows: number }>;

let counts: Counts = {};
let inFlight = 0;
let requests = 0;

function count(key: string, rows: number): void {
  const c = (counts[key] ??= { requests: 0, rows: 0 });
  c.requests += 1;
  c.rows += rows;
}

/** Counts the request in flight; keeps Dexie's own promise (its zone carries the transaction). */
function track<T>(start: () => Promise<T>): Promise<T> {
  inFlight += 1;
  requests += 1;
  return start().then(
    (r) => {
      inFlight -= 1;
      return r;
    },
    (e: unknown) => {
      inFlight -= 1;
      throw e;
    },
  );
}

/** Below every other middleware (Dexie's cache and observability too): what IndexedDB is asked. */
function watchRequests(d: DedaDatabase): void {
  d.use({
    stack: 'dbcore',
    name: 'test-count-requests',
    level: -1,
    create: (down) => ({
      ...down,
      table(name) {
        const t = down.table(name);
        return {
          ...t,
          get: (req) => track(() => t.get(req)).then((r) => (count(`${name} get`, r === undefined ? 0 : 1), r)),
          getMany: (req) => track(() => t.getMany(req)).then((r) => (count(`${name} getMany`, r.filter((x) => x !== undefined).length), r)),
          query: (req) => track(() => t.query(req)).then((r) => (count(`${name} query${req.query.index.isPrimaryKey ? '' : ` by ${req.query.index.name}`}`, r.result.length), r)),
          count: (req) => track(() => t.count(req)).then((r) => (count(`${name} count by ${req.query.index.name || 'primary key'}`, r), r)),
          openCursor: (req) =>
            track(() => t.openCursor(req)).then((cursor) => {
              const key = `${name} cursor${req.query.index.isPrimaryKey ? '' : ` by ${req.query.index.name}`}`;
              count(key, 0);
              if (cursor) {
                const start = cursor.start.bind(cursor);
                cursor.start = (onNext, ...rest) =>
                  start(() => {
                    counts[key]!.rows += 1;
                    onNext();
                  }, ...rest);
              }
              return cursor;
            }),
          mutate: (req) => track(() => t.mutate(req)).then((r) => (count(`${name} ${req.type}`, 'values' in req ? req.values.length : 'keys' in req ? req.keys.length : 0), r)),
        };
      },
    }),
  });
}

/** Resolves once nothing has been asked of IndexedDB for a good many turns of the event loop. */
async function quiet(): Promise<void> {
  let still = 0;
  let seen = requests;
  while (still < 50) {
    await new Promise((r) => setTimeout(r, 0));
    if (inFlight === 0 && requests === seen) still += 1;
    else {
      still = 0;
      seen = requests;
    }
  }
}

async function seed(size: number): Promise<WorkshopId> {
  const made = await createWorkshop(meta(), 'nl', defaultPack);
  if (!made.ok) throw new Error(made.problem);
  const first = made.value;
  const template = (await db().workshops.get(first))!;
  const d = db();
  await d.transaction('rw', d.workshops, d.notes, d.actionPoints, () =>
    asRemote(async () => {
      const workshops: Workshop[] = [];
      const notes: Note[] = [];
      const points: ActionPoint[] = [];
      for (let w = 0; w < size; w += 1) {
        const id = w === 0 ? first : newId<WorkshopId>();
        const at = new Date(Date.parse('2026-11-01T09:00:00Z') - w * 60_000).toISOString() as Workshop['updatedAt'];
        if (w > 0) workshops.push({ ...template, id, title: `Schaal ${w}`, createdAt: at, updatedAt: at });
        for (let i = 0; i < NOTES; i += 1) {
          const questionId = i < NOTES / 2 ? board[i % board.length]! : others[i % others.length]!;
          notes.push({ id: newId<NoteId>(), workshopId: id, questionId, text: `Notitie ${i}`, kind: 'answer', speaker: GROUP, order: i, via: 'table', createdAt: at, updatedAt: at });
        }
        for (let i = 0; i < POINTS; i += 1) {
          points.push({
            id: newId<ActionPointId>(), workshopId: id, title: `Actiepunt ${i}`, description: '', owner: { kind: 'person', name: 'Eigenaar' }, dueDate: null, priority: 'medium',
            isCondition: i % 3 === 0, status: i === 8 ? 'done' : 'open', dropReason: '', origin: { kind: 'manual' }, valueId: null, precondition: null, order: i,
            createdAt: at, updatedAt: at, completedAt: null, done: { note: '', by: '', on: null },
          } as ActionPoint);
        }
      }
      await d.workshops.bulkAdd(workshops);
      await d.notes.bulkAdd(notes);
      await d.actionPoints.bulkAdd(points);
    }),
  );
  return first;
}

/**
 * The reads a topic board keeps live, as its hooks make them: WorkshopScreen (use-workshop-data:
 * the workshop, the people, the question states, one count per question of the pack), TopicStep
 * (its action points) and each QuestionCard of the board (its notes). PhotoStrip's photos too.
 */
function boardQueries(id: WorkshopId): Record<string, () => Promise<unknown>> {
  return {
    workshop: () => getWorkshop(id),
    participants: () => listParticipants(id),
    questionStates: () => questionStates(id),
    ...Object.fromEntries(index.shapes.flatMap((s) => s.questionIds).map((q) => [`count ${q}`, () => noteCount(id, q)])),
    actionPoints: () => listActionPoints(id),
    attachments: () => attachmentsOf(id),
    ...Object.fromEntries(board.map((q) => [`notes ${q}`, () => notesForQuestion(id, q)])),
  };
}

interface Cost {
  readonly counts: Counts;
  /** Which live queries ran again after the note was stored. */
  readonly refreshed: readonly string[];
}

/** Opens the board's live queries (and `extra`) on the first workshop of `size`, adds one note, counts. */
async function noteAddCost(size: number, extra: Record<string, () => Promise<unknown>> = {}): Promise<Cost> {
  const d = new DedaDatabase(freshName('note-add-cost'));
  useDatabase(d);
  const id = await seed(size);
  watchRequests(d);
  // The middleware stack is built when the database opens: open it again with the counter in it.
  d.close();
  await d.open();
  const runs = new Map<string, number>();
  const subs = Object.entries({ ...boardQueries(id), ...extra }).map(([name, q]) =>
    liveQuery(q).subscribe({
      next: () => runs.set(name, (runs.get(name) ?? 0) + 1),
      error: (e: unknown) => {
        throw e;
      },
    }),
  );
  await quiet();
  expect([...runs.keys()].sort()).toEqual(Object.keys({ ...boardQueries(id), ...extra }).sort());
  const before = new Map(runs);
  counts = {};
  // What the composer does: the draft while typing (mirrored to disk), the note, the draft dropped.
  const key = `deda-tafel:draft:${id}:composer:${Q}`;
  mirrorDraft(key, 'Een nieuwe notitie', undefined);
  await flushDrafts();
  const stored = await storeNote(draftNote(id, Q, { text: 'Een nieuwe notitie', kind: 'answer', speaker: GROUP }));
  expect(stored).toEqual({ ok: true, value: expect.any(String) });
  mirrorDraft(key, null, undefined);
  await flushDrafts();
  await quiet();
  for (const s of subs) s.unsubscribe();
  const refreshed = [...runs].filter(([name, n]) => n > (before.get(name) ?? 0)).map(([name]) => name).sort();
  const out = { counts, refreshed };
  counts = {};
  return out;
}

afterEach(() => {
  db().close();
  useDatabase(null);
});

describe('the cost of adding a note does not grow with the number of workshops', () => {
  it('reads and writes the same rows with 1 and with 100 workshops on the device, and refreshes only its question', async () => {
    const one = await noteAddCost(1);
    db().close();
    const hundred = await noteAddCost(100);
    if (process.env.NOTE_ADD_COST_LOG) console.log(JSON.stringify({ one, hundred }, null, 1));
    expect(hundred.counts).toEqual(one.counts);
    // Of the board's live queries only the note's own question (its notes, its count) and the
    // workshop row (changed now) run again; a query over more than that would run with every note.
    expect(one.refreshed).toEqual(['count ' + Q, 'notes ' + Q, 'workshop']);
    expect(hundred.refreshed).toEqual(one.refreshed);
    // The note's own work, its stamping and its draft reach IndexedDB in a bounded number of requests.
    const requests = Object.values(one.counts).reduce((n, c) => n + c.requests, 0);
    expect(requests).toBeLessThanOrEqual(20);
  }, 120_000);

  it('would notice a live query that reads every workshop (the home list left mounted)', async () => {
    const one = await noteAddCost(1, { home: listWorkshops });
    db().close();
    const hundred = await noteAddCost(100, { home: listWorkshops });
    expect(hundred.refreshed).toContain('home');
    expect(hundred.counts['workshops query']?.rows).toBe((one.counts['workshops query']?.rows ?? 0) + 99);
    expect(hundred.counts).not.toEqual(one.counts);
  }, 120_000);
});
